package dev.dealcoach.core.store.redis;

import dev.dealcoach.core.conversation.ConversationKey;

/** Every key DealCoach writes, under one prefix. */
record RedisKeys(String prefix) {

    String org() {
        return prefix + "org";
    }

    String deals() {
        return prefix + "deals";
    }

    String conversation(ConversationKey key) {
        return prefix + "conversation:" + key.personId() + ":" + key.place();
    }

    String reviews(String dealId) {
        return prefix + "reviews:" + dealId;
    }

    String addresses(String platform) {
        return prefix + "addresses:" + platform;
    }

    String once(String key) {
        return prefix + "once:" + key;
    }
}
