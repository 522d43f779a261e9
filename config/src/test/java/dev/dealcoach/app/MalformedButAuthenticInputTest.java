package dev.dealcoach.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Org;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestContextManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed but authentic input never gets a 5xx. Every documented inbound payload (Slack's slash
 * command, message.im, app_mention, app_home_opened, block_actions, view_submission and
 * url_verification; Teams' personal message, channel mention, card submit and install; the
 * playground's JSON bodies) is sent correctly signed but changed: fields dropped, of another type,
 * nested, written twice, replaced by 60 KB or odd text, invalid JSON, unknown types, empty. For
 * every case: no 5xx; no exception, package or stack frame in any HTTP answer or chat message; input
 * refused or ignored changes nothing and is logged as one warning line, with no stack trace and
 * none of the typed text. Afterwards the bot still answers {@code help} on every channel.
 *
 * <p>jqwik runs these properties; Spring's test context framework is driven by hand
 * ({@link TestContextManager}), so all properties share one application, with Slack, Teams and the
 * playground on. Users who are never fuzzed ({@code omar}, {@code priya}, {@code sam}) check
 * what must stay untouched. Shrinking is full, not bounded: jqwik's bounded shrinking goes on in
 * the background after its time-out, and its requests would disturb the next property. The
 * {@code @Example}s are the cases the properties found, each fixed at the adapters' boundary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PropertyDefaults(tries = 400, shrinking = ShrinkingMode.FULL)
class MalformedButAuthenticInputTest {

    private static final SlackFake SLACK = new SlackFake();
    private static final TeamsFake TEAMS = new TeamsFake();
    private static final TestContextManager SPRING = new TestContextManager(MalformedButAuthenticInputTest.class);
    private static final LogCapture LOG = new LogCapture();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AtomicLong CASES = new AtomicLong();
    /** How the cases were answered, per endpoint: status and whether a warning said it was refused or ignored. */
    private static final Map<String, LongAdder> OUTCOMES = new ConcurrentSkipListMap<>();
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime());
    /** Teams conversations that an activity sent here said were a channel: nobody is told there that they are not in the org. */
    private static final Set<String> SHARED = ConcurrentHashMap.newKeySet();
    /** The newest playground entry an answer showed: whatever a refused call might have kept comes after it. */
    private static final AtomicLong PLAYGROUND_SEEN = new AtomicLong();

    /** People of the demo org the fuzzer speaks as; omar, priya and sam are kept for the checks afterwards. */
    private static final List<String> SLACK_PEOPLE = List.of("ria", "ana", "lee", "jo", "mo", "dana", "ben", "mia", "felix", "nina",
            "tariq", "sofia", "lena");
    private static final List<String> TEAMS_PEOPLE = List.of("ria", "ana", "lee", "jo", "mo", "dana");
    /** What must never reach a chat message or an HTTP answer. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat [\\w$]+(\\.[\\w$<>]+)+\\(|dev\\.dealcoach|com\\.slack|com\\.microsoft|java\\.lang|java\\.util|tools\\.jackson"
                    + "|com\\.fasterxml|org\\.springframework|com\\.google\\.gson|org\\.apache");
    private static final String HELP = "What I can do";
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)(https?|wss?|ftp)(:|%3a|\\\\u003a)(?!//(127\\.0\\.0\\.1|localhost)[:/])");

    /** The running application, for the checks after the last property. */
    private static volatile MalformedButAuthenticInputTest running;
    private static int logMark;

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry registry) {
        registry.add("dealcoach.slack.bot-token", () -> "xoxb-0000000001-malformed-input-test");
        registry.add("dealcoach.slack.signing-secret", () -> SlackRequests.SECRET);
        registry.add("dealcoach.slack.api-url", SLACK::apiUrl);
        registry.add("dealcoach.slack.send-rate", () -> "100000");
        registry.add("dealcoach.teams.allow-unauthenticated", () -> "true");
        registry.add("dealcoach.teams.send-rate", () -> "100000");
        // A token that looks like a JWT is checked against signing keys: those of a local fake that has none.
        registry.add("dealcoach.teams.openid-metadata-url", () -> TEAMS.serviceUrl() + "v1/.well-known/openidconfiguration");
        registry.add("dealcoach.playground.enabled", () -> "true");
    }

    @LocalServerPort
    int port;

    @Autowired
    Stores stores;

    @BeforeContainer
    static void fakes() {
        for (String person : List.of("ben", "mia", "felix", "nina", "tariq", "sofia", "lena")) {
            SLACK.stub(post(urlPathEqualTo("/api/users.info")).withRequestBody(containing("user=U_" + person.toUpperCase()))
                    .willReturn(okJson("""
                            {"ok": true, "user": {"id": "U_%s", "team_id": "T0001", "name": "%s", "deleted": false,
                             "profile": {"real_name": "%s", "email": "%s@example.com"}}}"""
                            .formatted(person.toUpperCase(), person, person, person))));
        }
        // Anyone else is nobody Slack or Teams knows, answered the platforms' way (no WireMock near-miss reports).
        SLACK.stub(post(urlPathEqualTo("/api/users.info")).atPriority(9)
                .willReturn(okJson("{\"ok\": false, \"error\": \"user_not_found\"}")));
        TEAMS.stub(get(urlPathMatching("/v3/conversations/.*/members/.*")).atPriority(9)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": \"MemberNotFoundInConversation\", \"message\": \"Member not found\"}}")));
    }

    @BeforeProperty
    void spring() throws Exception {
        SPRING.prepareTestInstance(this);
        LOG.attach();
        running = this;
        logMark = LOG.size();
    }

    /** Nothing logged while the property ran carries a stack trace or typed text, and nothing said in chat shows internals. */
    @AfterProperty
    void nothingLeaked() {
        assertQuietLog(LOG.since(logMark));
        assertNoInternalsInChat();
    }

    @AfterContainer
    static void theBotStillAnswersHelpEverywhere() {
        try {
            running.stillAnswersHelp();
            running.noReviewThatNobodyFinished();
            running.untouchedOnTeams("sam");
            assertNoInternalsInChat();
            System.out.println("Malformed input: " + CASES.get() + " cases sent; outcomes: " + OUTCOMES);
        } finally {
            SLACK.stop();
            TEAMS.stop();
        }
    }

    // ---------------------------------------------------------------- Slack

    @Property
    void aChangedSlashCommandIsAnsweredOrRefusedWithoutA5xx(@ForAll("slackUsers") String user, @ForAll("texts") String text,
                                                             @ForAll("commands") String command,
                                                             @ForAll("formChanges") List<FormChange> changes,
                                                             @ForAll("damage") OddInput.BodyDamage damage,
                                                             @ForAll("formContentTypes") String contentType) {
        String trigger = id("13345224609.");
        String body = SlackRequests.fixture("slash-command.txt", Map.of("user", user, "channel", id("D_FZ"), "command", command,
                "text", SlackRequests.formValue(text), "trigger", trigger));
        slackCase(contentType, damage.apply(FormChange.apply(body, changes)), Probe.deliveries("slack:command:" + trigger));
    }

    @Property
    void aChangedDirectMessageEventIsAnsweredOrIgnoredWithoutA5xx(@ForAll("slackUsers") String user, @ForAll("texts") String text,
                                                                  @ForAll("jsonChanges") List<JsonMutations.Mutation> changes,
                                                                  @ForAll boolean ascii, @ForAll("damage") OddInput.BodyDamage damage,
                                                                  @ForAll("jsonContentTypes") String contentType) {
        String event = id("Ev");
        String json = SlackRequests.fixture("event-message-im.json", Map.of("user", user, "channel", id("D_FZ"),
                "text", SlackRequests.json(text), "ts", "1700000100.000100", "event", event));
        slackCase(contentType, damage.apply(mutate(json, changes, ascii)), Probe.deliveries("slack:event:" + event));
    }

    @Property
    void aChangedAppMentionIsAnsweredOrIgnoredWithoutA5xx(@ForAll("slackUsers") String user, @ForAll("texts") String text,
                                                          @ForAll("jsonChanges") List<JsonMutations.Mutation> changes,
                                                          @ForAll boolean ascii, @ForAll("damage") OddInput.BodyDamage damage) {
        String event = id("Ev");
        String channel = id("C_FZ");
        String ts = "1700000500." + id("");
        String json = SlackRequests.fixture("event-app-mention.json", Map.of("user", user, "channel", channel,
                "text", SlackRequests.json("<@U0BOT> " + text), "ts", ts, "event", event));
        slackCase("application/json", damage.apply(mutate(json, changes, ascii)), Probe.deliveries("slack:event:" + event)
                .conversation(personOf(user), "thread:slack:" + channel + ":" + ts));
    }

    @Property
    void aChangedAppHomeOpenedEventIsIgnoredOrShownWithoutA5xx(@ForAll("slackUsers") String user,
                                                               @ForAll("jsonChanges") List<JsonMutations.Mutation> changes,
                                                               @ForAll boolean ascii, @ForAll("damage") OddInput.BodyDamage damage) {
        String event = id("Ev");
        String json = SlackRequests.fixture("event-app-home-opened.json", Map.of("user", user, "channel", id("D_FZ"), "event", event));
        slackCase("application/json", damage.apply(mutate(json, changes, ascii)), Probe.deliveries("slack:event:" + event));
    }

    @Property
    void aChangedButtonPressIsAnsweredOrIgnoredWithoutA5xx(@ForAll("slackUsers") String user, @ForAll("actions") Map.Entry<String, String> action,
                                                           @ForAll("jsonChanges") List<JsonMutations.Mutation> changes,
                                                           @ForAll boolean ascii, @ForAll("damage") OddInput.BodyDamage damage,
                                                           @ForAll("interactionWrappings") Wrapping wrapping) {
        String trigger = id("12321423423.");
        String json = SlackRequests.fixture("block-actions.json", Map.of("user", user, "channel", id("D_FZ"),
                "message_ts", "1700000001.000100", "trigger", trigger, "action_id", action.getKey(),
                "value", SlackRequests.json(action.getValue())));
        slackCase(wrapping.contentType(), wrapping.wrap(damage.apply(mutate(json, changes, ascii))),
                Probe.deliveries("slack:action:" + trigger));
    }

    @Property
    void aChangedModalSubmissionIsAnsweredOrIgnoredWithoutA5xx(@ForAll("slackUsers") String user, @ForAll("words") String callbackId,
                                                               @ForAll("texts") String answer,
                                                               @ForAll("jsonChanges") List<JsonMutations.Mutation> changes,
                                                               @ForAll boolean ascii, @ForAll("damage") OddInput.BodyDamage damage,
                                                               @ForAll("interactionWrappings") Wrapping wrapping) {
        String view = id("VFZ");
        String values = """
                {"pain": {"value": {"type": "plain_text_input", "value": %s}},
                 "budget": {"value": {"type": "static_select", "selected_option": {"text": {"type": "plain_text", "text": "Approved"}, "value": "approved"}}},
                 "close": {"value": {"type": "datepicker", "selected_date": "2026-12-15"}}}""".formatted(SlackRequests.json(answer));
        String json = SlackRequests.fixture("view-submission.json", Map.of("user", user, "trigger", id("12321423423."),
                "view_id", view, "callback", callbackId, "values", values));
        slackCase(wrapping.contentType(), wrapping.wrap(damage.apply(mutate(json, changes, ascii))),
                Probe.deliveries("slack:view:" + view + ":156663117.cd33ad1f"));
    }

    @Property(tries = 100)
    void aChangedUrlVerificationIsAnsweredOrRefusedWithoutA5xx(@ForAll("jsonChanges") List<JsonMutations.Mutation> changes,
                                                               @ForAll boolean ascii, @ForAll("damage") OddInput.BodyDamage damage) {
        String json = SlackRequests.fixture("url-verification.json", Map.of());
        HttpResponse<String> response = slackCase("application/json", damage.apply(mutate(json, changes, ascii)), Probe.deliveries());
        if (changes.isEmpty() && damage instanceof OddInput.BodyDamage.None) {
            assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
        }
    }

    // ---------------------------------------------------------------- Teams

    @Property
    void aChangedPersonalMessageIsAnsweredOrRefusedWithoutA5xx(@ForAll("teamsUsers") String person, @ForAll("texts") String text,
                                                               @ForAll("jsonChanges") List<JsonMutations.Mutation> changes,
                                                               @ForAll boolean ascii, @ForAll("damage") OddInput.BodyDamage damage) {
        Map<String, String> values = teamsPerson(person);
        values.put("text", SlackRequests.json(text));
        teamsCase(damage.apply(mutate(TeamsFake.activity("personal-message.json", values), changes, ascii)), null,
                Probe.deliveries("teams:" + values.get("conversation") + ":" + values.get("id")));
    }

    @Property
    void aChangedChannelMentionIsAnsweredOrIgnoredWithoutA5xx(@ForAll("teamsUsers") String person, @ForAll("texts") String text,
                                                              @ForAll("jsonChanges") List<JsonMutations.Mutation> changes,
                                                              @ForAll boolean ascii, @ForAll("damage") OddInput.BodyDamage damage) {
        Map<String, String> values = teamsPerson(person);
        String literal = SlackRequests.json(text);
        values.put("text", literal.substring(1, literal.length() - 1));
        String conversation = "19:sales@thread.tacv2;messageid=" + values.get("id");
        String body = damage.apply(mutate(TeamsFake.activity("channel-mention.json", values), changes, ascii));
        if (body.split("\"conversationType\"", -1).length == 2 && body.contains("\"conversationType\":\"channel\"")) {
            SHARED.add(conversation);
        }
        teamsCase(body, null, Probe.deliveries("teams:" + conversation + ":" + values.get("id")).address("channel:" + conversation));
    }

    @Property
    void aChangedCardSubmissionIsAnsweredOrIgnoredWithoutA5xx(@ForAll("teamsUsers") String person, @ForAll("cardData") String data,
                                                              @ForAll("jsonChanges") List<JsonMutations.Mutation> changes,
                                                              @ForAll boolean ascii, @ForAll("damage") OddInput.BodyDamage damage) {
        Map<String, String> values = teamsPerson(person);
        values.put("replyTo", "1:1700000009999");
        values.put("value", data);
        teamsCase(damage.apply(mutate(TeamsFake.activity("card-submit.json", values), changes, ascii)), null,
                Probe.deliveries("teams:" + values.get("conversation") + ":" + values.get("id")));
    }

    @Property(tries = 150)
    void aChangedInstallIsWelcomedOrIgnoredWithoutA5xx(@ForAll("teamsUsers") String person,
                                                        @ForAll("jsonChanges") List<JsonMutations.Mutation> changes,
                                                        @ForAll boolean ascii, @ForAll("damage") OddInput.BodyDamage damage) {
        Map<String, String> values = teamsPerson(person);
        teamsCase(damage.apply(mutate(TeamsFake.activity("install.json", values), changes, ascii)), null,
                Probe.deliveries("teams:" + values.get("conversation") + ":" + values.get("id")));
    }

    /** Without an app id the SDK checks no token, but one that is sent must still be a valid one. */
    @Property(tries = 100)
    void aTokenThatIsNotAValidJwtIsRefusedAndChangesNothing(@ForAll("garbageTokens") String authorization,
                                                            @ForAll("jsonChanges") List<JsonMutations.Mutation> changes,
                                                            @ForAll boolean ascii) {
        Map<String, String> values = teamsPerson("sam");
        values.put("text", "\"review globex\"");
        HttpResponse<String> response = teamsCase(mutate(TeamsFake.activity("personal-message.json", values), changes, ascii),
                authorization, Probe.deliveries("teams:" + values.get("conversation") + ":" + values.get("id")));
        assertThat(response.statusCode()).isIn(400, 401);
    }

    // ---------------------------------------------------------------- Playground

    @Property
    void aChangedPlaygroundCallIsAnsweredOrRefusedWithoutA5xx(@ForAll("playgroundCalls") Map.Entry<String, Map<String, Object>> call,
                                                              @ForAll("fewJsonChanges") List<JsonMutations.Mutation> changes,
                                                              @ForAll boolean ascii, @ForAll("damage") OddInput.BodyDamage damage,
                                                              @ForAll("playgroundContentTypes") String contentType) {
        Object person = call.getValue().get("person");
        String body = damage.apply(JsonMutations.write(JsonMutations.apply(JsonMutations.copy(call.getValue()), changes), ascii));
        int mark = LOG.size();
        long seen = PLAYGROUND_SEEN.get();
        HttpResponse<String> response = send("/playground/api/" + call.getKey(), contentType, body, null);
        assertAnswer(response);
        boolean refused = count("playground", response, assertRequestLog(LOG.since(mark), response.statusCode()));
        if (response.statusCode() == 200) {
            JSON.readTree(response.body()).forEach(entry -> PLAYGROUND_SEEN.accumulateAndGet(entry.path("id").asLong(), Math::max));
        }
        // (a person that is no name at all cannot even be asked about: the query would not fit in a request line)
        if (person instanceof String id && id.length() < 200 && (refused || !SLACK_PEOPLE.contains(id))) {
            assertThat(typedBy(id, seen)).as("what %s typed, kept although refused", id).isEmpty();
        }
    }

    // ---------------------------------------------------------------- regressions: cases the properties found

    /** Bolt logged the whole body of a request it could not classify, and multi-line hints for kinds no handler takes. */
    @Example
    void aSlackRequestOfAKindNobodyHandlesIsLoggedInOneLineWithoutItsPayload() {
        String marker = "typed " + OddInput.TEXT_MARKER;
        List<String> bodies = List.of(
                "{\"type\": \"something_new\", \"text\": " + SlackRequests.json(marker) + "}",
                "{\"type\": \"event_callback\", \"event_id\": \"" + id("Ev") + "\", \"event\": {\"type\": \"reaction_added\", "
                        + "\"user\": \"U_RIA\", \"reaction\": " + SlackRequests.json(marker) + "}}",
                "payload=" + URLEncoder.encode("{\"type\": \"view_closed\", \"user\": {\"id\": \"U_RIA\"}, \"view\": {\"id\": \"V1\", "
                        + "\"callback_id\": " + SlackRequests.json(marker) + "}}", StandardCharsets.UTF_8));
        for (String body : bodies) {
            int mark = LOG.size();
            HttpResponse<String> response = new SlackRequests(port).send(body.startsWith("{") ? "application/json"
                    : "application/x-www-form-urlencoded", body, Instant.now().getEpochSecond(), SlackRequests.SECRET);

            assertThat(response.statusCode()).isIn(200, 400);
            assertThat(warningsOfTheRequest(LOG.since(mark))).singleElement().asString().doesNotContain(marker, "\n");
        }
    }

    /** A mention without its ts made a thread of nothing: a NullPointerException and its stack trace on a pipeline worker. */
    @Example
    void aSlackMentionWithoutItsTimestampIsIgnoredInOneLine() {
        String event = id("Ev");
        Object json = JsonMutations.parse(SlackRequests.fixture("event-app-mention.json", Map.of("user", "U_RIA", "channel", "C_FZ1",
                "text", "\"<@U0BOT> help\"", "ts", "1700000500.000100", "event", event)));
        removeAll(json, "ts", "event_ts");
        int mark = LOG.size();

        HttpResponse<String> response = new SlackRequests(port).event(JsonMutations.write(json, true));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(warningsOfTheRequest(LOG.since(mark))).singleElement().asString().contains("app_mention", "no ts");
        Probe.deliveries("slack:event:" + event).assertUntouched(stores);
        settle();
        assertQuietLog(LOG.since(mark));
    }

    /**
     * A body sent as a form was rebuilt by Spring from its parsed fields, and a malformed one
     * ({@code %zz}) failed in Tomcat: a 400 with an ERROR and its stack trace in the log.
     */
    @Example
    void aMalformedFormBodyIsRefusedWithoutAStackTrace() {
        for (String path : List.of("/api/messages", "/playground/api/send")) {
            int mark = LOG.size();
            HttpResponse<String> response = send(path, "application/x-www-form-urlencoded", "%zz=1&person=ria&text=help", null);

            assertThat(response.statusCode()).as(path).isBetween(400, 499);
            assertThat(warningsOfTheRequest(LOG.since(mark))).as(path).hasSize(1);
            assertQuietLog(LOG.since(mark));
        }
    }

    /** Every event without an event_id had the delivery id slack:event:null: after the first, all were dropped as repeats. */
    @Example
    void aSlackEventWithoutItsIdIsIgnoredAndMarksNothing() {
        Object json = JsonMutations.parse(SlackRequests.fixture("event-message-im.json", Map.of("user", "U_LEE", "channel", "D_LEE",
                "text", "\"settings\"", "ts", "1700000100.000100", "event", "unused")));
        removeAll(json, "event_id");
        int mark = LOG.size();

        assertThat(new SlackRequests(port).event(JsonMutations.write(json, true)).statusCode()).isEqualTo(200);

        assertThat(warningsOfTheRequest(LOG.since(mark))).singleElement().asString().contains("no event_id");
        Probe.deliveries("slack:event:null").assertUntouched(stores);
    }

    /** A Teams body that was no activity got its 400 without a word in the log. */
    @Example
    void aTeamsBodyThatIsNoActivityIsRefusedWithOneWarning() {
        for (String body : List.of("", "[]", "{\"type\": \"message\", \"text\": \"help\"}", "{\"type\": ")) {
            int mark = LOG.size();
            HttpResponse<String> response = send("/api/messages", "application/json", body, null);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(warningsOfTheRequest(LOG.since(mark))).as(body).singleElement().asString().contains("not an activity");
        }
    }

    /**
     * A channel activity the adapter then failed to read (no recipient id: a NullPointerException in
     * the mention check) had its channel reference kept already; one without a sender id too.
     */
    @Example
    void aTeamsChannelActivityThatCannotBeReadKeepsNoReference() {
        for (String field : List.of("recipient", "from")) {
            Map<String, String> values = teamsPerson("ria");
            values.put("text", "help");
            String conversation = "19:sales@thread.tacv2;messageid=" + values.get("id");
            Object json = JsonMutations.parse(TeamsFake.activity("channel-mention.json", values));
            ((Map<?, ?>) ((Map<?, ?>) json).get(field)).remove("id");
            int mark = LOG.size();

            assertThat(send("/api/messages", "application/json", JsonMutations.write(json, true), null).statusCode()).isBetween(200, 202);

            assertThat(warningsOfTheRequest(LOG.since(mark))).as(field).singleElement().asString().contains("no " + (field.equals("from")
                    ? "sender" : field));
            Probe.deliveries("teams:" + conversation + ":" + values.get("id")).address("channel:" + conversation).assertUntouched(stores);
        }
    }

    /** A conversation of a type the adapter did not know was taken for a personal chat: "not in the org" said where others read. */
    @Example
    void aTeamsConversationOfAnUnknownTypeIsNotTakenForAPersonalChat() {
        Map<String, String> values = teamsPerson("stranger");
        values.put("text", "review globex");
        String conversation = "19:sales@thread.tacv2;messageid=" + values.get("id");
        String activity = TeamsFake.activity("channel-mention.json", values).replace("\"channel\"", "\"somethingNew\"");

        assertThat(send("/api/messages", "application/json", activity, null).statusCode()).isBetween(200, 202);

        await().during(Duration.ofSeconds(1)).atMost(WAIT).untilAsserted(() -> assertThat(TEAMS.sentBodies())
                .noneMatch(sent -> sent.startsWith("/v3/conversations/" + conversation + "/")));
    }

    /** An id that was typed text reached the log (the conversation id in a failed reply's error, the recipient of an undelivered message). */
    @Example
    void aTeamsActivityWhoseIdsAreNoIdsIsIgnoredWithoutQuotingThem() {
        Map<String, String> values = teamsPerson("stranger");
        values.put("text", "\"help\"");
        values.put("conversation", "a:1 " + OddInput.TEXT_MARKER + " \u0be4");
        int mark = LOG.size();

        assertThat(send("/api/messages", "application/json", TeamsFake.activity("personal-message.json", values), null).statusCode())
                .isBetween(200, 202);

        assertThat(warningsOfTheRequest(LOG.since(mark))).singleElement().asString().contains("an unreadable conversation id");
        settle();
        assertQuietLog(LOG.since(mark));
        assertThat(TEAMS.sentBodies()).noneMatch(sent -> sent.contains(OddInput.TEXT_MARKER));
    }

    /** The playground wrote what someone not in the org typed into its log, and answered 200. */
    @Example
    void thePlaygroundRefusesSomeoneNotInTheOrgAndKeepsNothing() {
        int mark = LOG.size();
        HttpResponse<String> response = send("/playground/api/send", "application/json",
                "{\"person\": \"nobody\", \"text\": " + SlackRequests.json("help " + OddInput.TEXT_MARKER) + "}", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("no such person");
        assertThat(warningsOfTheRequest(LOG.since(mark))).singleElement().asString().doesNotContain(OddInput.TEXT_MARKER);
        assertThat(typedBy("nobody", 0)).isEmpty();
    }

    /** Spring's own warning for an unreadable playground body quoted the body's values, over several lines. */
    @Example
    void anUnreadablePlaygroundBodyIsRefusedInOneLineWithoutItsValues() {
        for (String body : List.of("{\"person\": \"ria\", \"actionId\": \"form\", \"messageId\": \"" + OddInput.TEXT_MARKER + "\"}",
                "{\"person\": \"ria\", \"text\": [\"" + OddInput.TEXT_MARKER + "\"]}", "{\"person\": \"ria\", \"text\": \"" + OddInput.TEXT_MARKER)) {
            int mark = LOG.size();
            HttpResponse<String> response = send(body.contains("actionId") ? "/playground/api/action" : "/playground/api/send",
                    "application/json", body, null);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(warningsOfTheRequest(LOG.since(mark))).as(body).singleElement().asString()
                    .doesNotContain(OddInput.TEXT_MARKER, "\n");
        }
    }

    /** A form field sent as null made the core's form submission throw: a 500. */
    @Example
    void aPlaygroundFormFieldSentAsNullIsAFieldLeftEmpty() {
        HttpResponse<String> response = send("/playground/api/form", "application/json",
                "{\"person\": \"lee\", \"formId\": \"not-open\", \"values\": {\"pain\": null}}", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("That form is no longer open");
    }

    /** The warnings logged on the request's own thread, as their text. */
    private static List<String> warningsOfTheRequest(List<ILoggingEvent> events) {
        return events.stream().filter(event -> event.getThreadName().contains("-exec-") && event.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Lets what a request handed to the pipeline's workers be done. */
    private static void settle() {
        await().pollDelay(Duration.ofMillis(700)).atMost(WAIT).until(() -> true);
    }

    private static void removeAll(Object json, String... fields) {
        if (json instanceof Map<?, ?> map) {
            for (String field : fields) {
                map.remove(field);
            }
            map.values().forEach(value -> removeAll(value, fields));
        } else if (json instanceof List<?> list) {
            list.forEach(value -> removeAll(value, fields));
        }
    }

    // ---------------------------------------------------------------- cases

    private HttpResponse<String> slackCase(String contentType, String body, Probe probe) {
        int mark = LOG.size();
        HttpResponse<String> response = new SlackRequests(port).send(contentType, body, Instant.now().getEpochSecond(), SlackRequests.SECRET);
        CASES.incrementAndGet();
        assertAnswer(response);
        assertThat(response.statusCode()).as("a signed request is never refused as unauthentic").isNotEqualTo(401);
        if (count("slack", response, assertRequestLog(LOG.since(mark), response.statusCode()))) {
            probe.assertUntouched(stores);
        }
        return response;
    }

    private HttpResponse<String> teamsCase(String body, String authorization, Probe probe) {
        // The app replies to whatever serviceUrl an activity names: only ever to this machine.
        Assume.that(!ELSEWHERE.matcher(body).find());
        int mark = LOG.size();
        HttpResponse<String> response = send("/api/messages", "application/json", body, authorization);
        assertAnswer(response);
        if (count("teams", response, assertRequestLog(LOG.since(mark), response.statusCode()))) {
            probe.assertUntouched(stores);
        }
        return response;
    }

    private HttpResponse<String> send(String path, String contentType, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        CASES.incrementAndGet();
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean count(String endpoint, HttpResponse<String> response, boolean refused) {
        OUTCOMES.computeIfAbsent(endpoint + " " + response.statusCode() + (refused ? " refused" : ""), key -> new LongAdder()).increment();
        return refused;
    }

    /** No 5xx, and nothing of the app's insides in the answer. */
    private static void assertAnswer(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isLessThan(500);
        assertThat(response.body()).as("HTTP answer").doesNotContainPattern(INTERNALS);
    }

    /**
     * What the request's own thread logged: at most one warning line, none with a stack trace or
     * typed text; a request answered 4xx is logged exactly once. True when the input was refused or
     * ignored (4xx, or a warning said so), so it must have changed nothing.
     */
    private static boolean assertRequestLog(List<ILoggingEvent> events, int status) {
        List<ILoggingEvent> mine = events.stream().filter(event -> event.getThreadName().contains("-exec-")).toList();
        assertQuietLog(mine);
        List<ILoggingEvent> warnings = mine.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN)).toList();
        assertThat(warnings).as("warnings for one request").hasSizeLessThanOrEqualTo(1);
        if (status >= 400 && status != 401) {
            assertThat(warnings).as("a request answered %s is logged as one warning", status).hasSize(1);
        }
        return status >= 400 || !warnings.isEmpty();
    }

    private static void assertQuietLog(List<ILoggingEvent> events) {
        for (ILoggingEvent event : events) {
            String line = event.getFormattedMessage();
            assertThat(event.getThrowableProxy()).as("stack trace logged with: %s", cut(line)).isNull();
            assertThat(line).as("log line").doesNotContain(OddInput.TEXT_MARKER, OddInput.LONG_MARKER)
                    .doesNotContain("\n", "\r");
        }
    }

    private static void assertNoInternalsInChat() {
        for (Map<String, String> call : SLACK.sentMessages()) {
            call.values().forEach(value -> assertThat(value).as("sent to Slack").doesNotContainPattern(INTERNALS));
            if (!call.containsKey("user")) {
                assertThat(call.getOrDefault("text", "")).as("a public Slack post").doesNotContain(Coach.NOT_IN_ORG);
            }
        }
        for (String sent : TEAMS.sentBodies()) {
            assertThat(sent).as("sent to Teams").doesNotContainPattern(INTERNALS);
            String conversation = sent.replaceFirst("^/v3/conversations/([^/]+)/.*", "$1");
            if (SHARED.contains(conversation)) {
                assertThat(sent).as("a post in a Teams channel").doesNotContain("can't find you in DealCoach");
            }
        }
    }

    private static String cut(String text) {
        return text == null || text.length() < 300 ? text : text.substring(0, 300) + "...";
    }

    // ---------------------------------------------------------------- afterwards

    private void stillAnswersHelp() {
        String event = id("Ev");
        new SlackRequests(port).event(SlackRequests.fixture("event-message-im.json", Map.of("user", "U_OMAR", "channel", "D_OMAR",
                "text", "\"help\"", "ts", "1700000100.000100", "event", event)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.postedTexts("D_OMAR")).anySatisfy(text -> assertThat(text).contains(HELP)));

        Map<String, String> values = teamsPerson("priya");
        values.put("text", "\"help\"");
        assertThat(send("/api/messages", "application/json", TeamsFake.activity("personal-message.json", values), null).statusCode())
                .isBetween(200, 202);
        await().atMost(WAIT).untilAsserted(() -> assertThat(TEAMS.postedTexts(values.get("conversation")))
                .anySatisfy(text -> assertThat(text).contains(HELP)));

        HttpResponse<String> playground = send("/playground/api/send", "application/json", "{\"person\": \"omar\", \"text\": \"help\"}", null);
        assertThat(playground.statusCode()).isEqualTo(200);
        assertThat(playground.body()).contains(HELP);
    }

    /**
     * A review is kept only for one that someone the app accepted could finish: the fuzzer's people
     * may well finish one (texts like {@code 2} answer choices), but nobody refused, unknown or never
     * heard from has a review, and nobody a review of a deal that is not theirs or their team's.
     */
    private void noReviewThatNobodyFinished() {
        Org org = stores.org().load().orElseThrow();
        for (Deal deal : stores.deals().all()) {
            stores.reviews().latest(deal.id()).ifPresent(review -> {
                assertThat(review.reviewerId()).as("reviewer of %s", deal.id()).isIn(SLACK_PEOPLE);
                assertThat(org.isWithin(deal.ownerId(), review.reviewerId())).as("%s may review %s", review.reviewerId(), deal.id()).isTrue();
                assertThat(review.answers()).as("answers of the review of %s", deal.id()).isNotEmpty();
            });
        }
    }

    /** Someone whose every Teams request was refused left no trace there. */
    private void untouchedOnTeams(String person) {
        assertThat(stores.addresses().find("teams", person)).isEmpty();
        assertThat(TEAMS.sentBodies()).noneMatch(body -> body.startsWith("/v3/conversations/a:1" + person));
        assertThat(stores.conversations().find(new ConversationKey(person, "dm"))).isEmpty();
    }

    // ---------------------------------------------------------------- what is sent

    /** The ids that a refused or ignored request must not have left behind. */
    record Probe(List<String> deliveryIds, List<String> teamsAddresses, List<ConversationKey> conversations) {

        static Probe deliveries(String... ids) {
            return new Probe(List.of(ids), List.of(), List.of());
        }

        Probe address(String key) {
            List<String> keys = new ArrayList<>(teamsAddresses);
            keys.add(key);
            return new Probe(deliveryIds, keys, conversations);
        }

        Probe conversation(String person, String place) {
            if (person == null) {
                return this;
            }
            List<ConversationKey> keys = new ArrayList<>(conversations);
            keys.add(new ConversationKey(person, place));
            return new Probe(deliveryIds, teamsAddresses, keys);
        }

        void assertUntouched(Stores stores) {
            for (String id : deliveryIds) {
                // marking it now is harmless: each case's ids are its own
                assertThat(stores.idempotency().markFirst("delivery:" + id, Duration.ofMinutes(5)))
                        .as("delivery %s was taken by the pipeline although refused", id).isTrue();
            }
            teamsAddresses.forEach(key -> assertThat(stores.addresses().find("teams", key)).as("Teams address %s", key).isEmpty());
            conversations.forEach(key -> assertThat(stores.conversations().find(key)).as("conversation %s", key).isEmpty());
        }
    }

    /** How an interaction's JSON travels: as Slack sends it ({@code payload=<url-encoded JSON>}) or broken. */
    enum Wrapping {
        STANDARD, NOT_ENCODED, TWICE, BESIDE_OTHER_FIELDS, WITHOUT_KEY, AS_JSON;

        String wrap(String json) {
            String encoded = URLEncoder.encode(json, StandardCharsets.UTF_8);
            switch (this) {
                case NOT_ENCODED:
                    return "payload=" + json;
                case TWICE:
                    return "payload=" + encoded + "&payload=" + URLEncoder.encode("{\"type\":\"block_actions\"}", StandardCharsets.UTF_8);
                case BESIDE_OTHER_FIELDS:
                    return "token=x&payload=" + encoded + "&junk=%zz";
                case WITHOUT_KEY:
                    return encoded;
                case AS_JSON:
                    return json;
                default:
                    return "payload=" + encoded;
            }
        }

        String contentType() {
            return this == AS_JSON ? "application/json" : "application/x-www-form-urlencoded";
        }
    }

    /** A change to a form-encoded body (a slash command). */
    record FormChange(String kind, int at, String value) {

        static String apply(String body, List<FormChange> changes) {
            List<String[]> fields = new ArrayList<>();
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                fields.add(eq < 0 ? new String[] {pair, ""} : new String[] {pair.substring(0, eq), pair.substring(eq + 1)});
            }
            for (FormChange change : changes) {
                int at = fields.isEmpty() ? 0 : Math.floorMod(change.at(), fields.size());
                String encoded = SlackRequests.formValue(change.value());
                switch (change.kind()) {
                    case "drop" -> {
                        if (!fields.isEmpty()) {
                            fields.remove(at);
                        }
                    }
                    case "duplicate" -> {
                        if (!fields.isEmpty()) {
                            fields.add(at, new String[] {fields.get(at)[0], encoded});
                        }
                    }
                    case "set" -> {
                        if (!fields.isEmpty()) {
                            fields.get(at)[1] = encoded;
                        }
                    }
                    case "raw" -> {
                        if (!fields.isEmpty()) {
                            fields.get(at)[1] = change.value().replace("&", "");
                        }
                    }
                    default -> fields.add(at, new String[] {SlackRequests.formValue(change.value()), encoded});
                }
            }
            return fields.stream().map(field -> field[0] + "=" + field[1]).collect(Collectors.joining("&"));
        }
    }

    // ---------------------------------------------------------------- arbitraries

    @Provide
    Arbitrary<String> slackUsers() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(SLACK_PEOPLE).map(person -> "U_" + person.toUpperCase())),
                Tuple.of(2, Arbitraries.just("U_STRANGER")),
                Tuple.of(1, Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(11)
                        .map(random -> "U" + random)),
                Tuple.of(1, OddInput.texts().map(SlackRequests::json).map(json -> json.substring(1, json.length() - 1))));
    }

    @Provide
    Arbitrary<String> teamsUsers() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(TEAMS_PEOPLE)),
                Tuple.of(2, Arbitraries.just("stranger")),
                Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("help", "settings", "review globex", "deal globex", "review umbrella", "cancel",
                        "back", "review D-1028", "2")),
                Tuple.of(5, OddInput.texts()));
    }

    @Provide
    Arbitrary<String> words() {
        return OddInput.words();
    }

    @Provide
    Arbitrary<String> commands() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("review", "coach", "forecast")),
                Tuple.of(1, OddInput.words().map(SlackRequests::formValue)));
    }

    @Provide
    Arbitrary<List<JsonMutations.Mutation>> jsonChanges() {
        return OddInput.jsonMutations(4);
    }

    /** For a body of two or three fields, where most changes make it invalid: half of them unchanged. */
    @Provide
    Arbitrary<List<JsonMutations.Mutation>> fewJsonChanges() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<JsonMutations.Mutation>of())), Tuple.of(1, OddInput.jsonMutations(3)));
    }

    @Provide
    Arbitrary<List<FormChange>> formChanges() {
        Arbitrary<String> value = Arbitraries.oneOf(OddInput.texts(), OddInput.words(), Arbitraries.of("%zz", "%", "=", "%2F", "%00", "%ff%fe"));
        return Combinators.combine(Arbitraries.of("drop", "duplicate", "set", "raw", "add"), Arbitraries.integers().between(0, 1000), value)
                .as(FormChange::new).list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<OddInput.BodyDamage> damage() {
        return OddInput.bodyDamage();
    }

    @Provide
    Arbitrary<String> formContentTypes() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just("application/x-www-form-urlencoded")),
                Tuple.of(1, Arbitraries.of("application/json", "text/plain", "application/x-www-form-urlencoded; charset=utf-8")));
    }

    @Provide
    Arbitrary<String> jsonContentTypes() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just("application/json")),
                Tuple.of(1, Arbitraries.of("application/x-www-form-urlencoded", "text/plain", "application/json; charset=utf-8")));
    }

    @Provide
    Arbitrary<String> playgroundContentTypes() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just("application/json")),
                Tuple.of(1, Arbitraries.of("text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1")));
    }

    @Provide
    Arbitrary<Wrapping> interactionWrappings() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just(Wrapping.STANDARD)),
                Tuple.of(1, Arbitraries.of(Wrapping.class)));
    }

    /** A button's action id and value: ours (a command button, the form, a stale answer) or odd. */
    @Provide
    Arbitrary<Map.Entry<String, String>> actions() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(Map.entry("run#0", "review globex"), Map.entry("run#1", "help"),
                        Map.entry("form", "not-a-run"), Map.entry("answer:0f1e2d3c:budget#2", "approved"), Map.entry("run", "deal globex"))),
                Tuple.of(2, Combinators.combine(OddInput.words(), OddInput.texts()).as(Map::entry)),
                Tuple.of(1, Combinators.combine(Arbitraries.just("run#0"), OddInput.texts()).as(Map::entry)));
    }

    /** What one of our cards' submit actions sends, or something like it. */
    @Provide
    Arbitrary<String> cardData() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(
                        "{\"dealcoach\": {\"action\": \"run\", \"value\": \"review globex\"}}",
                        "{\"dealcoach\": {\"action\": \"run\", \"value\": \"help\"}}",
                        "{\"dealcoach\": {\"action\": \"answer:0f1e2d3c:budget\", \"input\": \"choice\"}, \"choice\": \"approved\"}",
                        "{\"dealcoach\": {\"form\": \"0f1e2d3c\"}, \"pain\": \"Fines\", \"msteams\": {\"type\": \"messageBack\"}}",
                        "{\"dealcoach\": {\"action\": \"form\", \"value\": \"0f1e2d3c\"}}")),
                Tuple.of(2, OddInput.texts().map(text -> "{\"dealcoach\": {\"action\": \"run\", \"value\": "
                        + SlackRequests.json(text) + "}}")),
                Tuple.of(2, OddInput.values().map(value -> JsonMutations.write(value, true))));
    }

    @Provide
    Arbitrary<String> garbageTokens() {
        return Arbitraries.of("Bearer garbage", "Bearer", "Bearer ", "garbage", "Basic dXNlcjpwYXNz", "Bearer a.b.c", "Bearer ...",
                "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.",
                "Bearer eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJl", "Bearer " + "A".repeat(8000),
                "Bearer ${jndi:ldap://x}", "Bearer \u00e9\u00e8");
    }

    /** A playground call (send, action, form) and its JSON body. */
    @Provide
    Arbitrary<Map.Entry<String, Map<String, Object>>> playgroundCalls() {
        Arbitrary<Object> person = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(SLACK_PEOPLE).map(p -> (Object) p)),
                Tuple.of(2, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(p -> (Object) ("nobody-" + p))),
                Tuple.of(1, OddInput.values()));
        Arbitrary<Object> text = texts().map(t -> (Object) t);
        Arbitrary<Map.Entry<String, Map<String, Object>>> say = Combinators.combine(person, text)
                .as((p, t) -> Map.entry("send", body("person", p, "text", t)));
        Arbitrary<Map.Entry<String, Map<String, Object>>> press = Combinators.combine(person, actions(),
                        Arbitraries.of(0L, 1L, 12L, -1L, Long.MAX_VALUE))
                .as((p, a, id) -> Map.entry("action", body("person", p, "actionId", a.getKey().replaceFirst("#\\d+$", ""),
                        "value", a.getValue(), "messageId", id)));
        Arbitrary<Map.Entry<String, Map<String, Object>>> submit = Combinators.combine(person, OddInput.words(), text)
                .as((p, f, t) -> Map.entry("form", body("person", p, "formId", f, "values", body("pain", t, "budget", "approved"))));
        return Arbitraries.oneOf(say, press, submit);
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    // ---------------------------------------------------------------- helpers

    private static String mutate(String json, List<JsonMutations.Mutation> changes, boolean ascii) {
        return JsonMutations.write(JsonMutations.apply(JsonMutations.parse(json), changes), ascii);
    }

    private static String id(String prefix) {
        return prefix + Long.toString(IDS.incrementAndGet(), 36).toUpperCase();
    }

    private static String personOf(String slackUser) {
        return slackUser.startsWith("U_") && SLACK_PEOPLE.contains(slackUser.substring(2).toLowerCase())
                ? slackUser.substring(2).toLowerCase() : null;
    }

    /** A Teams user, each case in a conversation of its own, replying to the fake connector. */
    private static Map<String, String> teamsPerson(String person) {
        Map<String, String> values = new HashMap<>();
        values.put("serviceUrl", TEAMS.serviceUrl());
        values.put("user", "29:1" + person);
        values.put("name", person);
        values.put("aad", java.util.UUID.nameUUIDFromBytes(person.getBytes(StandardCharsets.UTF_8)).toString());
        values.put("conversation", "a:1" + person + "-" + id(""));
        values.put("id", "1:" + id(""));
        return values;
    }

    /** The texts a person typed into the playground after the entry {@code after}, as its log shows them. */
    private List<String> typedBy(String person, long after) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/playground/api/messages?person=" + URLEncoder.encode(person, StandardCharsets.UTF_8) + "&after=" + after)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return List.of("status " + response.statusCode());
            }
            List<String> typed = new ArrayList<>();
            JSON.readTree(response.body()).forEach(entry -> {
                if (person.equals(entry.path("author").asString())) {
                    typed.add(entry.path("text").asString());
                }
            });
            return typed;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
