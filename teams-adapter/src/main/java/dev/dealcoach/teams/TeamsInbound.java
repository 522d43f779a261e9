package dev.dealcoach.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Origin;
import dev.dealcoach.core.conversation.Platform;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a Bot Framework {@link Activity} into what the core needs: the delivery id, the place,
 * what the person did, and whether the bot was just installed. Pure functions: no connector, no
 * state; {@link TeamsAdapter} adds the roster look-ups, references and replies.
 */
final class TeamsInbound {

    private static final Pattern KIND = Pattern.compile("[A-Za-z/]{1,40}");
    /** Teams' ids: printable ASCII without spaces ({@code 19:...@thread.tacv2;messageid=...}, {@code a:1...}, {@code 29:1...}). */
    private static final Pattern ID = Pattern.compile("[\\x21-\\x7e]{1,1024}");

    private TeamsInbound() {
    }

    /** Stable across Teams' re-sends of the same activity: {@code teams:<conversation id>:<activity id>}. */
    static String deliveryId(Activity activity) {
        return "teams:" + activity.getConversation().getId() + ":" + activity.getId();
    }

    /**
     * What makes an activity unreadable, if anything: no conversation, sender, id or recipient (the
     * bot, which a reference for replies needs), or a conversation, sender or activity id that is
     * no id at all (those key deliveries, conversations and references, and show in log lines).
     */
    static Optional<String> unreadable(Activity activity) {
        if (activity.getConversation() == null || activity.getConversation().getId() == null) {
            return Optional.of("no conversation");
        } else if (activity.getFrom() == null || activity.getFrom().getId() == null) {
            return Optional.of("no sender");
        } else if (activity.getId() == null) {
            return Optional.of("no id");
        } else if (activity.getRecipient() == null || activity.getRecipient().getId() == null) {
            return Optional.of("no recipient");
        } else if (!ID.matcher(activity.getConversation().getId()).matches()) {
            return Optional.of("an unreadable conversation id");
        } else if (!ID.matcher(activity.getFrom().getId()).matches()) {
            return Optional.of("an unreadable sender id");
        } else if (!ID.matcher(activity.getId()).matches()) {
            return Optional.of("an unreadable id");
        }
        return Optional.empty();
    }

    /** The activity's id for a log line, when it is one (otherwise it is the sender's text). */
    static String loggableId(Activity activity) {
        String id = activity.getId();
        return id != null && ID.matcher(id).matches() && id.length() <= 100 ? id : "without a readable id";
    }

    /** The activity's type for a log line: a word as Teams sends them, else {@code unknown} (it is the sender's text). */
    static String kind(Activity activity) {
        String type = activity.getType();
        return type != null && KIND.matcher(type).matches() ? type : "unknown";
    }

    /** A personal chat is the person's DM; a channel or group chat is its own conversation. */
    static Destination place(Activity activity, String personId) {
        return isChannel(activity) ? new Destination.Channel(Platform.TEAMS, activity.getConversation().getId()) : Destination.dm(personId);
    }

    /** The Teams channel an activity came from ({@code channelData.channel.id}); empty when none, or when channelData cannot be read. */
    static Optional<String> teamsChannel(Activity activity) {
        try {
            return Optional.ofNullable(activity.teamsGetChannelId()).filter(id -> !id.isBlank());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A channel or a group chat, where others read along; a personal chat only when it says so, or
     * names no type at all: a conversation of a type we do not know is not taken for a private one.
     */
    static boolean isChannel(Activity activity) {
        String type = activity.getConversation() == null ? null : activity.getConversation().getConversationType();
        return type != null && !"personal".equals(type);
    }

    /**
     * What the person did, if it is something for the bot: a submission from one of our cards, or
     * text without the bot's mention (in a channel or group chat, only text that mentions the bot).
     * Nothing for other activities.
     */
    static Optional<Function<Origin, Inbound>> inbound(Activity activity) {
        if (!ActivityTypes.MESSAGE.equals(activity.getType()) && !ActivityTypes.INVOKE.equals(activity.getType())) {
            return Optional.empty();
        }
        Optional<CardSubmissions.Submission> submitted = CardSubmissions.read(cardData(activity));
        if (submitted.isPresent()) {
            CardSubmissions.Submission submission = submitted.get();
            if (submission instanceof CardSubmissions.Pressed pressed) {
                return Optional.of(origin -> new Inbound.Action(origin, pressed.actionId(), pressed.value(), activity.getReplyToId() == null
                        ? null : new MessageRef(Platform.TEAMS, origin.place(), activity.getReplyToId())));
            }
            CardSubmissions.Submitted form = (CardSubmissions.Submitted) submission;
            return Optional.of(origin -> new Inbound.FormSubmission(origin, form.formId(), form.values()));
        }
        if (!ActivityTypes.MESSAGE.equals(activity.getType()) || activity.getText() == null) {
            return Optional.empty();
        }
        if (isChannel(activity) && !mentionsBot(activity)) {
            return Optional.empty();
        }
        String stripped = Activity.removeRecipientMentionImmutable(activity);
        String text = (stripped == null ? activity.getText() : stripped).strip();
        return Optional.of(origin -> new Inbound.Text(origin, text));
    }

    /** The bot was added: to a personal chat, a group chat or a team (installation update, or a conversation update adding the bot). */
    static boolean installed(Activity activity) {
        if (ActivityTypes.INSTALLATION_UPDATE.equals(activity.getType())) {
            return "add".equals(activity.getAction());
        }
        if (!ActivityTypes.CONVERSATION_UPDATE.equals(activity.getType()) || activity.getMembersAdded() == null) {
            return false;
        }
        String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        return activity.getMembersAdded().stream().anyMatch(member -> member.getId() != null && member.getId().equals(bot));
    }

    /** Action.Submit data arrives as a message's value; an invoke (Action.Execute) wraps it in {@code action.data}. */
    private static Object cardData(Activity activity) {
        if (ActivityTypes.INVOKE.equals(activity.getType()) && activity.getValue() != null) {
            return Serialization.objectToTree(activity.getValue()).path("action").path("data");
        }
        return activity.getValue();
    }

    private static boolean mentionsBot(Activity activity) {
        ChannelAccount bot = activity.getRecipient();
        return bot != null && bot.getId() != null && activity.getText() != null && activity.getEntities() != null
                && activity.getEntities().stream().anyMatch(entity -> "mention".equals(entity.getType()) && entity.getProperties() != null
                        && String.valueOf(entity.getProperties().get("mentioned")).contains(bot.getId()));
    }
}
