package dev.dealcoach.slack;

import static dev.dealcoach.slack.SlackFixtures.fixture;
import static dev.dealcoach.slack.SlackFixtures.formValue;
import static dev.dealcoach.slack.SlackFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.util.EventsApiPayloadParser;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Origin;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.pipeline.InboundPipeline.Answering;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Bolt's payloads, from the documented fixtures, read into what the core is handed. */
class SlackInboundTest {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    /** What the core gets once the sender turns out to be {@code person}. */
    private static Inbound inboundOf(SlackArrival arrival, String person) {
        return arrival.inbound().apply(new Origin(person, arrival.place().apply(person), arrival.deliveryId()));
    }

    @Nested
    class SlashCommands {

        private SlackArrival command(String command, String text) {
            return SlackInbound.command(SlackFixtures.command(Map.of("user", "U_RIA", "channel", "D_RIA",
                    "command", command, "text", formValue(text), "trigger", "13345224609.738474920.8088930838d88f008e0")));
        }

        @Test
        void aSlashCommandRunsThatCommandWithItsTextInTheSendersDm() {
            SlackArrival arrival = command("review", "globex ~freight");

            assertThat(arrival.slackUserId()).isEqualTo("U_RIA");
            assertThat(arrival.deliveryId()).isEqualTo("slack:command:13345224609.738474920.8088930838d88f008e0");
            assertThat(arrival.place().apply("ria")).isEqualTo(Destination.dm("ria"));
            assertThat(arrival.answering()).isEqualTo(Answering.ALWAYS);
            assertThat(inboundOf(arrival, "ria")).isEqualTo(new Inbound.Command(
                    new Origin("ria", Destination.dm("ria"), arrival.deliveryId()), "review", "globex ~freight"));
        }

        @Test
        void aSlashCommandKeepsItsTriggerForAModalAndItsChannelForAPrivateAnswer() {
            SlackArrival arrival = command("forecast", "");

            assertThat(arrival.triggerId()).isEqualTo("13345224609.738474920.8088930838d88f008e0");
            assertThat(arrival.channelId()).isEqualTo("D_RIA");
            assertThat(inboundOf(arrival, "ria")).isInstanceOfSatisfying(Inbound.Command.class, command -> {
                assertThat(command.name()).isEqualTo("forecast");
                assertThat(command.arguments()).isEmpty();
            });
        }

        @Test
        void coachIsPassedOnAsTypedForTheCoreToRead() {
            assertThat(inboundOf(command("coach", "Settings platform teams"), "ria"))
                    .isInstanceOfSatisfying(Inbound.Command.class, command -> {
                        assertThat(command.name()).isEqualTo("coach");
                        assertThat(command.arguments()).isEqualTo("Settings platform teams");
                    });
        }
    }

    @Nested
    class Messages {

        private static JsonObject imMessage(String text) {
            return JsonParser.parseString(fixture("event-message-im.json", Map.of("user", "U_RIA", "channel", "D_RIA",
                    "text", json(text), "ts", "1700000100.000100", "event", "Ev0MSG1"))).getAsJsonObject();
        }

        /** The same message posted in a channel, as a reply in a thread. */
        private static JsonObject threadReply(String text) {
            JsonObject payload = imMessage(text);
            JsonObject event = payload.getAsJsonObject("event");
            event.addProperty("channel", "C_SALES");
            event.addProperty("channel_type", "channel");
            event.addProperty("thread_ts", "1700000050.000100");
            return payload;
        }

        private static Optional<SlackArrival> read(JsonObject payload) {
            return SlackInbound.message(SlackFixtures.event(payload.toString(), MessageEvent.class));
        }

        @Test
        void aDirectMessageIsTextForTheBotInTheSendersDm() {
            SlackArrival arrival = read(imMessage("review <globex> & co")).orElseThrow();

            assertThat(arrival.slackUserId()).isEqualTo("U_RIA");
            assertThat(arrival.deliveryId()).isEqualTo("slack:event:Ev0MSG1");
            assertThat(arrival.place().apply("ria")).isEqualTo(Destination.dm("ria"));
            assertThat(arrival.answering()).isEqualTo(Answering.ALWAYS);
            assertThat(arrival.triggerId()).isNull();
            assertThat(arrival.channelId()).isEqualTo("D_RIA");
            assertThat(inboundOf(arrival, "ria")).isEqualTo(new Inbound.Text(
                    new Origin("ria", Destination.dm("ria"), "slack:event:Ev0MSG1"), "review <globex> & co"));
        }

        @Test
        void aDirectMessageThatMentionsSomeoneIsStillForTheBot() {
            assertThat(read(imMessage("ask <@U_ANA> about acme"))).isPresent();
        }

        @Test
        void aThreadReplyThatMentionsNobodyIsAnAnswerOnlyWhileAFlowWaitsInTheThread() {
            SlackArrival arrival = read(threadReply("approved")).orElseThrow();

            Destination thread = new Destination.Thread(Platform.SLACK, "C_SALES", "1700000050.000100");
            assertThat(arrival.answering()).isEqualTo(Answering.ONLY_IF_FLOW_WAITS);
            assertThat(arrival.place().apply("ria")).isEqualTo(thread);
            assertThat(arrival.channelId()).isEqualTo("C_SALES");
            assertThat(inboundOf(arrival, "ria")).isEqualTo(new Inbound.Text(new Origin("ria", thread, "slack:event:Ev0MSG1"), "approved"));
        }

        @Test
        void aThreadReplyThatMentionsSomeoneIsNotForTheBot() {
            // a mention of the bot arrives again as app_mention; a mention of anyone else is their conversation
            assertThat(read(threadReply("<@U_ANA> can you confirm?"))).isEmpty();
        }

        @Test
        void aChannelMessageOutsideAThreadIsNotForTheBot() {
            JsonObject payload = threadReply("approved");
            payload.getAsJsonObject("event").remove("thread_ts");

            assertThat(read(payload)).isEmpty();
        }

        @Test
        void aBotsMessageIsNotForTheBot() {
            JsonObject payload = imMessage("help");
            payload.getAsJsonObject("event").addProperty("bot_id", "B0OTHER");

            assertThat(read(payload)).isEmpty();
        }

        @Test
        void aMessageWithoutAUserIsNotForTheBot() {
            JsonObject payload = imMessage("help");
            payload.getAsJsonObject("event").remove("user");

            assertThat(read(payload)).isEmpty();
        }

        @Test
        void aMessageWithASubtypeNeverReachesTheMessageHandler() {
            // Bolt routes by type and subtype: an edit is a MessageChangedEvent, not a MessageEvent
            JsonObject payload = imMessage("help");
            payload.getAsJsonObject("event").addProperty("subtype", "message_changed");

            EventRequest request = (EventRequest) SlackFixtures.request(payload.toString(), "application/json");

            assertThat(request.getEventTypeAndSubtype()).isEqualTo("message:message_changed")
                    .isNotEqualTo(EventsApiPayloadParser.getEventTypeAndSubtype(MessageEvent.class));
        }
    }

    @Nested
    class Mentions {

        private static JsonObject mention(String text) {
            return JsonParser.parseString(fixture("event-app-mention.json", Map.of("user", "U_MO", "channel", "C_SALES",
                    "text", json(text), "ts", "1700000500.000100", "event", "Ev0MENTION1"))).getAsJsonObject();
        }

        private static SlackArrival read(JsonObject payload) {
            return SlackInbound.mention(SlackFixtures.event(payload.toString(), AppMentionEvent.class));
        }

        @Test
        void aMentionIsTheTextAfterTheLeadingMentionsAnsweredInAThreadOnTheMention() {
            SlackArrival arrival = read(mention("<@U0BOT> review umbrella"));

            Destination thread = new Destination.Thread(Platform.SLACK, "C_SALES", "1700000500.000100");
            assertThat(arrival.slackUserId()).isEqualTo("U_MO");
            assertThat(arrival.deliveryId()).isEqualTo("slack:event:Ev0MENTION1");
            assertThat(arrival.answering()).isEqualTo(Answering.ALWAYS);
            assertThat(arrival.place().apply("mo")).isEqualTo(thread);
            assertThat(arrival.channelId()).isEqualTo("C_SALES");
            assertThat(arrival.triggerId()).isNull();
            assertThat(inboundOf(arrival, "mo")).isEqualTo(new Inbound.Text(new Origin("mo", thread, "slack:event:Ev0MENTION1"), "review umbrella"));
        }

        @Test
        void aMentionInAThreadIsAnsweredInThatThread() {
            JsonObject payload = mention("<@U0BOT> deal umbrella");
            payload.getAsJsonObject("event").addProperty("thread_ts", "1700000400.000100");

            assertThat(read(payload).place().apply("mo")).isEqualTo(new Destination.Thread(Platform.SLACK, "C_SALES", "1700000400.000100"));
        }

        @Test
        void aMentionWithoutItsTimestampIsUnreadableRatherThanAThreadOfNothing() {
            JsonObject payload = mention("<@U0BOT> help");
            payload.getAsJsonObject("event").remove("ts");

            assertThatThrownBy(() -> read(payload)).isInstanceOf(SlackInbound.Unreadable.class).hasMessage("no ts");
        }

        @Test
        void aMentionFromASenderWhoseIdIsTypedTextIsUnreadable() {
            JsonObject payload = mention("<@U0BOT> help");
            payload.getAsJsonObject("event").addProperty("user", "U_MO and some text");

            assertThatThrownBy(() -> read(payload)).isInstanceOf(SlackInbound.Unreadable.class).hasMessage("an unreadable user");
        }

        @Test
        void anEventWithoutItsIdIsUnreadableSoThatNoTwoShareTheDeliveryIdOfNull() {
            JsonObject payload = mention("<@U0BOT> help");
            payload.remove("event_id");

            assertThatThrownBy(() -> read(payload)).isInstanceOf(SlackInbound.Unreadable.class).hasMessage("no event_id");
        }

        @Test
        void everyLeadingMentionIsStrippedAndLaterOnesAreKept() {
            assertThat(inboundOf(read(mention(" <@U0BOT>  <@U0ANA> review acme for <@U0ANA>")), "mo"))
                    .isInstanceOfSatisfying(Inbound.Text.class, text -> assertThat(text.text()).isEqualTo("review acme for <@U0ANA>"));
        }
    }

    @Nested
    class AppHome {

        private static JsonObject opened(String tab) {
            JsonObject payload = JsonParser.parseString(fixture("event-app-home-opened.json",
                    Map.of("user", "U_JO", "channel", "D_JO", "event", "Ev0HOME1"))).getAsJsonObject();
            payload.getAsJsonObject("event").addProperty("tab", tab);
            return payload;
        }

        private static Optional<SlackInbound.HomeOpened> read(JsonObject payload) {
            return SlackInbound.homeOpened(SlackFixtures.event(payload.toString(), AppHomeOpenedEvent.class));
        }

        @Test
        void openingTheHomeTabShowsThatPersonTheirHome() {
            assertThat(read(opened("home"))).contains(new SlackInbound.HomeOpened("U_JO", "slack:event:Ev0HOME1"));
        }

        @Test
        void openingTheMessagesTabIsNotForTheBot() {
            assertThat(read(opened("messages"))).isEmpty();
        }
    }

    @Nested
    class BlockActions {

        private static JsonObject pressed(String actionId, String value) {
            return JsonParser.parseString(fixture("block-actions.json", Map.of("user", "U_RIA", "channel", "D_RIA",
                    "message_ts", "1700000001.000100", "trigger", "12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3",
                    "action_id", actionId, "value", json(value)))).getAsJsonObject();
        }

        private static Optional<SlackArrival> read(JsonObject payload) {
            return SlackInbound.blockAction(SlackFixtures.blockAction(payload.toString()));
        }

        @Test
        void aButtonPressedInTheDmIsItsCoreActionOnThatMessage() {
            SlackArrival arrival = read(pressed("answer:r-1:budget#2", "approved")).orElseThrow();

            Destination dm = Destination.dm("ria");
            assertThat(arrival.slackUserId()).isEqualTo("U_RIA");
            assertThat(arrival.deliveryId()).isEqualTo("slack:action:12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3");
            assertThat(arrival.answering()).isEqualTo(Answering.ALWAYS);
            assertThat(arrival.place().apply("ria")).isEqualTo(dm);
            assertThat(arrival.triggerId()).isEqualTo("12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3");
            assertThat(arrival.channelId()).isEqualTo("D_RIA");
            assertThat(inboundOf(arrival, "ria")).isEqualTo(new Inbound.Action(new Origin("ria", dm, arrival.deliveryId()),
                    "answer:r-1:budget", "approved", new MessageRef(Platform.SLACK, dm, "D_RIA/1700000001.000100")));
        }

        @Test
        void aButtonPressedInAThreadIsAnsweredInThatThread() {
            JsonObject payload = pressed("run#0", "review D-1028");
            payload.getAsJsonObject("container").addProperty("channel_id", "C_SALES");
            payload.getAsJsonObject("container").addProperty("thread_ts", "1700000000.000050");

            SlackArrival arrival = read(payload).orElseThrow();

            Destination thread = new Destination.Thread(Platform.SLACK, "C_SALES", "1700000000.000050");
            assertThat(arrival.place().apply("ria")).isEqualTo(thread);
            assertThat(inboundOf(arrival, "ria")).isInstanceOfSatisfying(Inbound.Action.class, action ->
                    assertThat(action.message()).isEqualTo(new MessageRef(Platform.SLACK, thread, "C_SALES/1700000001.000100")));
        }

        @Test
        void aButtonPressedOnAChannelMessageOutsideAThreadIsAnsweredInTheDm() {
            JsonObject payload = pressed("run#0", "review D-1028");
            payload.getAsJsonObject("container").addProperty("channel_id", "C_SALES");

            SlackArrival arrival = read(payload).orElseThrow();

            assertThat(arrival.place().apply("ria")).isEqualTo(Destination.dm("ria"));
            assertThat(arrival.channelId()).isEqualTo("C_SALES");
        }

        @Test
        void aButtonPressedOnTheAppHomeIsAnsweredInTheDmAndNamesNoMessage() {
            JsonObject payload = pressed("run#1", "review D-1028");
            JsonObject container = new JsonObject();
            container.addProperty("type", "view");
            container.addProperty("view_id", "V0HOME");
            payload.add("container", container);
            payload.remove("channel");
            payload.remove("message");
            payload.add("view", JsonParser.parseString("{\"id\": \"V0HOME\", \"type\": \"home\", \"blocks\": []}"));

            SlackArrival arrival = read(payload).orElseThrow();

            assertThat(arrival.place().apply("ria")).isEqualTo(Destination.dm("ria"));
            assertThat(arrival.channelId()).isNull();
            assertThat(inboundOf(arrival, "ria")).isEqualTo(new Inbound.Action(
                    new Origin("ria", Destination.dm("ria"), arrival.deliveryId()), "run", "review D-1028", null));
        }

        @Test
        void anOptionPickedFromASelectIsItsValue() {
            JsonObject payload = pressed("deal:stage#0", "unused");
            JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
            action.remove("value");
            action.addProperty("type", "static_select");
            action.add("selected_option", JsonParser.parseString(
                    "{\"text\": {\"type\": \"plain_text\", \"text\": \"Negotiate\"}, \"value\": \"negotiate\"}"));

            assertThat(inboundOf(read(payload).orElseThrow(), "ria")).isInstanceOfSatisfying(Inbound.Action.class, picked -> {
                assertThat(picked.actionId()).isEqualTo("deal:stage");
                assertThat(picked.value()).isEqualTo("negotiate");
            });
        }

        @Test
        void aBlockActionWithoutActionsIsNotForTheBot() {
            JsonObject payload = pressed("run#0", "x");
            payload.add("actions", new JsonArray());

            assertThat(read(payload)).isEmpty();
        }
    }

    @Nested
    class ViewSubmissions {

        private static JsonObject submitted(String values) {
            return JsonParser.parseString(fixture("view-submission.json", Map.of("user", "U_DANA",
                    "trigger", "1.2.3", "view_id", "V0FORM1", "callback", "review", "values", values))).getAsJsonObject();
        }

        private static SlackArrival read(JsonObject payload) {
            return SlackInbound.viewSubmission(SlackFixtures.viewSubmission(payload.toString()));
        }

        @Test
        void aSubmittedModalIsItsFormWithTheValuesInThePlaceItsMetadataNames() {
            SlackArrival arrival = read(submitted("""
                    {"budget": {"value": {"type": "static_select", "selected_option": {"text": {"type": "plain_text", "text": "Approved"}, "value": "approved"}}},
                     "pain": {"value": {"type": "plain_text_input", "value": "Losing $40k a month"}}}"""));

            assertThat(arrival.slackUserId()).isEqualTo("U_DANA");
            assertThat(arrival.deliveryId()).isEqualTo("slack:view:V0FORM1:156663117.cd33ad1f");
            assertThat(arrival.answering()).isEqualTo(Answering.ALWAYS);
            assertThat(arrival.place().apply("dana")).isEqualTo(Destination.dm("dana"));
            assertThat(inboundOf(arrival, "dana")).isEqualTo(new Inbound.FormSubmission(
                    new Origin("dana", Destination.dm("dana"), arrival.deliveryId()), "review",
                    Map.of("budget", "approved", "pain", "Losing $40k a month")));
        }

        @Test
        void aSubmittedModalOpensNoOtherModalAndHasNoChannelToWhisperIn() {
            SlackArrival arrival = read(submitted("{}"));

            assertThat(arrival.triggerId()).isNull();
            assertThat(arrival.channelId()).isNull();
        }

        @Test
        void aModalOpenedFromAThreadIsAnsweredInThatThread() {
            JsonObject payload = submitted("{}");
            payload.getAsJsonObject("view").addProperty("private_metadata",
                    SlackPlaces.encode(new Destination.Thread(Platform.SLACK, "C_SALES", "1700000500.000100")));

            assertThat(read(payload).place().apply("dana")).isEqualTo(new Destination.Thread(Platform.SLACK, "C_SALES", "1700000500.000100"));
        }

        @Test
        void metadataNamingAThreadOfNoIdsIsTheSendersDm() {
            JsonObject payload = submitted("{}");
            payload.getAsJsonObject("view").addProperty("private_metadata", "thread|C SALES|1700000500.000100");

            assertThat(read(payload).place().apply("dana")).isEqualTo(Destination.dm("dana"));
        }

        @Test
        void unreadableMetadataIsTheSendersDm() {
            JsonObject payload = submitted("{}");
            payload.getAsJsonObject("view").addProperty("private_metadata", "thread|C_SALES");

            assertThat(read(payload).place().apply("dana")).isEqualTo(Destination.dm("dana"));
        }
    }

    @Test
    void aUrlVerificationIsBoltsToAnswerAndNoArrival() {
        assertThat(SlackFixtures.request(fixture("url-verification.json", Map.of()), "application/json").getRequestType())
                .isEqualTo(RequestType.UrlVerification);
    }

    @Test
    void coreActionIdStripsOnlyOneTrailingIndex() {
        assertThat(SlackInbound.coreActionId("answer:budget#12")).isEqualTo("answer:budget");
        assertThat(SlackInbound.coreActionId("step#2#0")).isEqualTo("step#2");
        assertThat(SlackInbound.coreActionId("plain")).isEqualTo("plain");
        assertThat(SlackInbound.coreActionId("tag#x")).isEqualTo("tag#x");
    }

    @Test
    void readsSubmittedValuesFromTheViewStateInOrder() {
        String json = """
                {"values":{
                  "economic-buyer":{"value":{"type":"plain_text_input","value":"Dana, CFO"}},
                  "pain":{"value":{"type":"plain_text_input","value":null}},
                  "budget":{"value":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"Approved"},"value":"approved"}}},
                  "next-step":{"value":{"type":"static_select","selected_option":null}},
                  "signing-date":{"value":{"type":"datepicker","selected_date":"2026-12-15"}}
                }}""";
        ViewState state = GSON.fromJson(json, ViewState.class);

        Map<String, String> values = SlackInbound.formValues(state);

        assertThat(values).containsExactly(
                Map.entry("economic-buyer", "Dana, CFO"),
                Map.entry("budget", "approved"),
                Map.entry("signing-date", "2026-12-15"));
    }

    @Test
    void readsNoValuesFromAnEmptyViewState() {
        assertThat(SlackInbound.formValues(new ViewState())).isEmpty();
        assertThat(SlackInbound.formValues(null)).isEmpty();
    }
}
