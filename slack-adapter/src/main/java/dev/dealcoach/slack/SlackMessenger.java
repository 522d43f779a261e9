package dev.dealcoach.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.model.block.LayoutBlock;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.Platform;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends core messages on the Slack Web API: a DM is posted to the user id (Slack puts it in the
 * app's DM with them, so no {@code conversations.open} per person), channel and thread posts,
 * updates, modals and the App Home. A message over Slack's limits goes out as several. A send tries
 * once: a 429 or 5xx comes back as {@link RetryLater} for the outbox to schedule.
 */
final class SlackMessenger implements Messenger {

    /** Errors that mean this recipient cannot be reached on Slack at all. */
    private static final Set<String> UNREACHABLE = Set.of("channel_not_found", "not_in_channel", "user_not_found",
            "cannot_dm_bot", "is_archived", "account_inactive", "user_disabled");

    private static final Logger log = LoggerFactory.getLogger(SlackMessenger.class);

    private final SlackWebApi api;
    private final SlackIdentity identity;
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    SlackMessenger(SlackWebApi api, SlackIdentity identity) {
        this.api = api;
        this.identity = identity;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public boolean reaches(String personId) {
        return identity.slackUserId(personId).isPresent();
    }

    @Override
    public Delivery send(Destination to, Message message) {
        Optional<String> channel = channel(to);
        if (channel.isEmpty()) {
            return new Unreachable("not reachable on Slack: no Slack user matches their email");
        }
        String thread = to instanceof Destination.Thread t ? t.threadId() : null;
        List<List<LayoutBlock>> parts = renderer.messages(message);
        if (parts.isEmpty()) {
            return new Failed("nothing to send");
        }
        SlackWebApi.Outcome<ChatPostMessageResponse> first = api.attempt("chat.postMessage", false,
                m -> m.chatPostMessage(r -> r.channel(channel.get()).threadTs(thread).text(renderer.fallbackText(message)).blocks(parts.get(0))));
        if (!(first instanceof SlackWebApi.Ok<ChatPostMessageResponse> ok)) {
            return refusal(first);
        }
        // The post answers with the DM's channel id even when it was addressed to the user id: updates need it.
        String posted = ok.response().getChannel() == null ? channel.get() : ok.response().getChannel();
        try {
            for (List<LayoutBlock> blocks : parts.subList(1, parts.size())) {
                // The rest follow the first at once: waiting for the outbox could let another message in between.
                api.call("chat.postMessage", false, m -> m.chatPostMessage(r -> r.channel(posted).threadTs(thread)
                        .text("(continued)").blocks(blocks)));
            }
        } catch (SlackCallFailed e) {
            // The first part is out: repeating the whole message would send it twice.
            log.warn("Slack: the rest of a long message was not sent: {}", e.getMessage());
        }
        return new Delivered(new MessageRef(Platform.SLACK, to, posted + "/" + ok.response().getTs()));
    }

    @Override
    public Delivery update(MessageRef ref, Message message) {
        String[] channelAndTs = ref.platformId().split("/", 2);
        if (channelAndTs.length != 2) {
            return new Failed("not a Slack message reference");
        }
        List<List<LayoutBlock>> parts = renderer.messages(message);
        List<LayoutBlock> blocks = parts.isEmpty() ? List.of() : parts.get(0);
        SlackWebApi.Outcome<ChatUpdateResponse> outcome = api.attempt("chat.update", true, m -> m.chatUpdate(r -> r.channel(channelAndTs[0])
                .ts(channelAndTs[1]).text(renderer.fallbackText(message)).blocks(blocks)));
        return outcome instanceof SlackWebApi.Ok ? new Delivered(ref) : refusal(outcome);
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

    private static Delivery refusal(SlackWebApi.Outcome<?> outcome) {
        if (outcome instanceof SlackWebApi.Later<?> later) {
            return new RetryLater(later.after(), later.rateLimited(), "Slack: " + later.error());
        }
        String error = ((SlackWebApi.Refused<?>) outcome).error();
        return UNREACHABLE.contains(error) ? new Unreachable("not reachable on Slack: " + error) : new Failed("Slack: " + error);
    }

    private Optional<String> channel(Destination to) {
        if (to instanceof Destination.Thread thread) {
            return Optional.of(thread.channelId());
        }
        if (to instanceof Destination.Channel channel) {
            return Optional.of(channel.channelId());
        }
        return identity.slackUserId(((Destination.DirectMessage) to).personId());
    }
}
