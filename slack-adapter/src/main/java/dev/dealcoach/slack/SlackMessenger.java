package dev.dealcoach.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Messenger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends core messages on the Slack Web API: DMs through {@code conversations.open}, channel and
 * thread posts, updates, modals and the App Home. A message over Slack's limits goes out as several.
 */
final class SlackMessenger implements Messenger {

    private final SlackWebApi api;
    private final SlackIdentity identity;
    private final BlockKitRenderer renderer = new BlockKitRenderer();
    private final Map<String, String> dmChannelByPerson = new ConcurrentHashMap<>();

    SlackMessenger(SlackWebApi api, SlackIdentity identity) {
        this.api = api;
        this.identity = identity;
    }

    /** The DM channel a person just wrote from: saves a {@code conversations.open} later. */
    void rememberDm(String personId, String channelId) {
        dmChannelByPerson.put(personId, channelId);
    }

    @Override
    public Delivery send(Destination to, Message message) {
        Optional<String> channel = channel(to);
        if (channel.isEmpty()) {
            return Delivery.notDelivered("not reachable on Slack: no Slack user matches their email");
        }
        String thread = to instanceof Destination.Thread t ? t.threadId() : null;
        String firstTs = null;
        List<List<LayoutBlock>> parts = renderer.messages(message);
        for (int i = 0; i < parts.size(); i++) {
            List<LayoutBlock> blocks = parts.get(i);
            String text = i == 0 ? renderer.fallbackText(message) : "(continued)";
            ChatPostMessageResponse posted = api.call("chat.postMessage", false,
                    m -> m.chatPostMessage(r -> r.channel(channel.get()).threadTs(thread).text(text).blocks(blocks)));
            firstTs = firstTs == null ? posted.getTs() : firstTs;
        }
        return firstTs == null ? Delivery.notDelivered("nothing to send") : Delivery.delivered(new MessageRef(to, channel.get() + "/" + firstTs));
    }

    @Override
    public void update(MessageRef ref, Message message) {
        String[] channelAndTs = ref.platformId().split("/", 2);
        List<List<LayoutBlock>> parts = renderer.messages(message);
        List<LayoutBlock> blocks = parts.isEmpty() ? List.of() : parts.get(0);
        api.call("chat.update", true, m -> m.chatUpdate(r -> r.channel(channelAndTs[0]).ts(channelAndTs[1])
                .text(renderer.fallbackText(message)).blocks(blocks)));
    }

    void openModal(String triggerId, Block.Form form, Destination place) {
        api.call("views.open", true, m -> m.viewsOpen(r -> r.triggerId(triggerId)
                .view(renderer.modal(form, SlackPlaces.encode(place)))));
    }

    void publishHome(String slackUserId, Message message) {
        api.call("views.publish", true, m -> m.viewsPublish(r -> r.userId(slackUserId).view(renderer.home(message))));
    }

    /** A message only {@code slackUserId} sees, in a channel where they spoke. */
    void whisper(String channelId, String slackUserId, String text) {
        api.call("chat.postEphemeral", false, m -> m.chatPostEphemeral(r -> r.channel(channelId).user(slackUserId).text(text)));
    }

    private Optional<String> channel(Destination to) {
        if (to instanceof Destination.Thread thread) {
            return Optional.of(thread.channelId());
        }
        if (to instanceof Destination.Channel channel) {
            return Optional.of(channel.channelId());
        }
        String personId = ((Destination.DirectMessage) to).personId();
        String known = dmChannelByPerson.get(personId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> user = identity.slackUserId(personId);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        String opened = api.call("conversations.open", true, m -> m.conversationsOpen(r -> r.users(List.of(user.get()))))
                .getChannel().getId();
        dmChannelByPerson.put(personId, opened);
        return Optional.of(opened);
    }
}
