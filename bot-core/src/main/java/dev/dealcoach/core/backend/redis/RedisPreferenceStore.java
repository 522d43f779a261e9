package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.schedule.PreferenceStore;
import dev.dealcoach.core.schedule.Preferences;
import java.util.HashMap;
import java.util.Map;
import redis.clients.jedis.UnifiedJedis;

/** One hash: person id -> preferences as JSON; a person back to none is removed. */
final class RedisPreferenceStore implements PreferenceStore {

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisPreferenceStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Preferences of(String personId) {
        String json = redis.hget(keys.preferences(), personId);
        return json == null ? Preferences.NONE : StoreJson.read(json, Preferences.class);
    }

    @Override
    public Map<String, Preferences> all() {
        Map<String, Preferences> all = new HashMap<>();
        redis.hgetAll(keys.preferences()).forEach((person, json) -> all.put(person, StoreJson.read(json, Preferences.class)));
        return all;
    }

    @Override
    public void save(String personId, Preferences preferences) {
        if (preferences.equals(Preferences.NONE)) {
            redis.hdel(keys.preferences(), personId);
        } else {
            redis.hset(keys.preferences(), personId, StoreJson.write(preferences));
        }
    }
}
