package dev.dealcoach.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.pipeline.InboundPipeline.Answering;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads Bolt's payloads (slash commands, events, block actions, view submissions) into
 * {@link SlackArrival}s for the core, and what {@link BlockKitRenderer}'s blocks and modals send
 * back into core values. Pure functions: no Web API, no state. A payload without what its kind
 * always carries (a user, a delivery id, a channel to answer in), or with ids that are none, is
 * {@link Unreadable}.
 */
final class SlackInbound {

    /** Someone opened the App Home tab: {@link SlackAdapter} publishes their home page. */
    record HomeOpened(String slackUserId, String deliveryId) {
    }

    /** A payload that lacks a field its kind always has, or has an id that is none; the message names the field, never a value. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(\\s*<@[A-Z0-9]+>)+\\s*");
    private static final Pattern INDEX_SUFFIX = Pattern.compile("#\\d+$");
    private static final Pattern ID = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private SlackInbound() {
    }

    /** A slash command, answered in the sender's DM ({@code /coach <word> <args>} is read by the core as {@code <word> <args>}). */
    static SlackArrival command(SlashCommandPayload payload) {
        String command = payload.getCommand() == null ? "" : payload.getCommand().replaceFirst("^/", "");
        String arguments = payload.getText() == null ? "" : payload.getText();
        String trigger = id(payload.getTriggerId(), "trigger_id");
        return new SlackArrival(id(payload.getUserId(), "user_id"), "slack:command:" + trigger, Destination::dm,
                Answering.ALWAYS, origin -> new Inbound.Command(origin, command, arguments), trigger,
                optionalId(payload.getChannelId(), "channel_id"));
    }

    /**
     * A message: in the bot's DM, always for the bot; a reply in a thread that mentions nobody, an
     * answer only while a flow waits there (a mention arrives as {@code app_mention}). Nothing for
     * bot messages, subtypes (edits, joins) and anything else.
     */
    static Optional<SlackArrival> message(EventsApiPayload<MessageEvent> payload) {
        MessageEvent event = required(payload.getEvent(), "event");
        if (event.getBotId() != null || event.getUser() == null || event.getSubtype() != null) {
            return Optional.empty();
        }
        String user = id(event.getUser(), "user");
        String deliveryId = eventDeliveryId(payload);
        if ("im".equals(event.getChannelType())) {
            return Optional.of(new SlackArrival(user, deliveryId, Destination::dm, Answering.ALWAYS,
                    origin -> new Inbound.Text(origin, event.getText()), null, optionalId(event.getChannel(), "channel")));
        } else if (event.getThreadTs() != null && mentionsNobody(event.getText())) {
            String channel = id(event.getChannel(), "channel");
            String thread = id(event.getThreadTs(), "thread_ts");
            return Optional.of(new SlackArrival(user, deliveryId, person -> new Destination.Thread(Platform.SLACK, channel, thread),
                    Answering.ONLY_IF_FLOW_WAITS, origin -> new Inbound.Text(origin, event.getText()), null, channel));
        }
        return Optional.empty();
    }

    /** The bot mentioned in a channel: the text without the leading mentions, answered in the thread of the mention. */
    static SlackArrival mention(EventsApiPayload<AppMentionEvent> payload) {
        AppMentionEvent event = required(payload.getEvent(), "event");
        String thread = id(event.getThreadTs() != null ? event.getThreadTs() : event.getTs(), "ts");
        String channel = id(event.getChannel(), "channel");
        String text = LEADING_MENTIONS.matcher(event.getText() == null ? "" : event.getText()).replaceFirst("");
        return new SlackArrival(id(event.getUser(), "user"), eventDeliveryId(payload),
                person -> new Destination.Thread(Platform.SLACK, channel, thread), Answering.ALWAYS,
                origin -> new Inbound.Text(origin, text), null, channel);
    }

    /** The App Home's Home tab opened; nothing for its other tabs (Messages, About). */
    static Optional<HomeOpened> homeOpened(EventsApiPayload<AppHomeOpenedEvent> payload) {
        AppHomeOpenedEvent event = required(payload.getEvent(), "event");
        return "home".equals(event.getTab())
                ? Optional.of(new HomeOpened(id(event.getUser(), "user"), eventDeliveryId(payload)))
                : Optional.empty();
    }

    /**
     * A button pressed or an option picked: the first action's core id and value. Answered in the
     * message's thread; from the App Home, or from a message outside a thread, in the sender's DM.
     * The pressed message ({@code channel/message_ts}) is named for an update unless it is the Home.
     */
    static Optional<SlackArrival> blockAction(BlockActionPayload payload) {
        if (payload.getActions() == null || payload.getActions().isEmpty()) {
            return Optional.empty();
        }
        BlockActionPayload.Action action = required(payload.getActions().get(0), "action");
        String user = id(payload.getUser() == null ? null : payload.getUser().getId(), "user");
        String trigger = id(payload.getTriggerId(), "trigger_id");
        String value = action.getValue() != null ? action.getValue()
                : action.getSelectedOption() != null ? action.getSelectedOption().getValue() : "";
        String actionId = coreActionId(required(action.getActionId(), "action_id"));
        BlockActionPayload.Container container = payload.getContainer();
        String channel = optionalId(container == null ? null : container.getChannelId(), "channel_id");
        boolean fromHome = payload.getView() != null && "home".equals(payload.getView().getType());
        String thread = optionalId(container == null ? null : container.getThreadTs(), "thread_ts");
        String pressed = optionalId(container == null ? null : container.getMessageTs(), "message_ts");
        Function<String, Destination> place = person -> fromHome || channel == null || thread == null
                ? Destination.dm(person) : new Destination.Thread(Platform.SLACK, channel, thread);
        return Optional.of(new SlackArrival(user, "slack:action:" + trigger, place,
                Answering.ALWAYS, origin -> new Inbound.Action(origin, actionId, value,
                        channel == null || pressed == null || fromHome ? null
                                : new MessageRef(Platform.SLACK, origin.place(), channel + "/" + pressed)),
                trigger, channel));
    }

    /** A modal submitted: the form (its callback id) and its values, in the place its private metadata names. */
    static SlackArrival viewSubmission(ViewSubmissionPayload payload) {
        View view = required(payload.getView(), "view");
        String user = id(payload.getUser() == null ? null : payload.getUser().getId(), "user");
        String form = required(view.getCallbackId(), "callback_id");
        Map<String, String> values = formValues(view.getState());
        return new SlackArrival(user, "slack:view:" + id(view.getId(), "view id") + ":" + id(view.getHash(), "view hash"),
                person -> SlackPlaces.decode(view.getPrivateMetadata(), person), Answering.ALWAYS,
                origin -> new Inbound.FormSubmission(origin, form, values), null, null);
    }

    /**
     * The submitted value of each input in a modal's state, by block id (the core input id), in the
     * order Slack sent them. Inputs left empty are absent.
     */
    static Map<String, String> formValues(ViewState state) {
        Map<String, String> values = new LinkedHashMap<>();
        if (state == null || state.getValues() == null) {
            return values;
        }
        state.getValues().forEach((blockId, actions) -> {
            String value = actions == null ? null : submitted(actions.get(BlockKitRenderer.VALUE_ACTION_ID));
            if (value != null && !value.isEmpty()) {
                values.put(blockId, value);
            }
        });
        return values;
    }

    /** The core action id of a Slack action id made by {@link BlockKitRenderer}: without its {@code #index}. */
    static String coreActionId(String slackActionId) {
        return INDEX_SUFFIX.matcher(slackActionId).replaceFirst("");
    }

    private static String submitted(ViewState.Value value) {
        if (value == null) {
            return null;
        } else if (value.getSelectedOption() != null) {
            return value.getSelectedOption().getValue();
        } else if (value.getSelectedDate() != null) {
            return value.getSelectedDate();
        }
        return value.getValue();
    }

    private static String eventDeliveryId(EventsApiPayload<?> payload) {
        return "slack:event:" + id(payload.getEventId(), "event_id");
    }

    /** Whether a value can be a Slack id, timestamp or hash: printable ASCII without spaces, of a sane length. */
    static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    /** The value; a payload without it cannot be answered (and ids must not collide on "null"). */
    private static <T> T required(T value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new Unreadable("no " + field);
        }
        return value;
    }

    /**
     * An id the core keys deliveries, places and messages by (and operators read in its log lines):
     * what is no id is the sender's text, and the payload is unreadable.
     */
    private static String id(String value, String field) {
        if (!isId(required(value, field))) {
            throw new Unreadable("an unreadable " + field);
        }
        return value;
    }

    private static String optionalId(String value, String field) {
        return value == null ? null : id(value, field);
    }

    private static boolean mentionsNobody(String text) {
        return text == null || !text.contains("<@");
    }
}
