package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.review.Verdict;
import dev.dealcoach.core.store.ChannelAddress;
import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.teams.TeamsAdapter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * DealCoach on Teams end to end, with no app id and unauthenticated use allowed (local testing):
 * activities shaped like Microsoft's documented ones go to {@code /api/messages}; WireMock plays the
 * Bot Framework connector at the activities' {@code serviceUrl}. Each test speaks as its own person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamsEndToEndTest {

    private static final TeamsFake TEAMS = new TeamsFake();
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void teams(DynamicPropertyRegistry registry) {
        registry.add("dealcoach.teams.allow-unauthenticated", () -> "true");
    }

    @AfterAll
    static void stopTeams() {
        TEAMS.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    Stores stores;

    @Autowired
    TeamsAdapter teams;

    private HttpResponse<String> post(String activity) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(activity)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> person(String person) {
        Map<String, String> values = new HashMap<>();
        values.put("serviceUrl", TEAMS.serviceUrl());
        values.put("user", "29:1" + person);
        values.put("name", person);
        values.put("aad", UUID.nameUUIDFromBytes(person.getBytes()).toString());
        values.put("conversation", "a:1" + person);
        values.put("id", Long.toString(System.nanoTime()));
        return values;
    }

    private HttpResponse<String> says(String who, String text) {
        Map<String, String> values = person(who);
        values.put("text", SlackRequests.json(text));
        return post(TeamsFake.activity("personal-message.json", values));
    }

    /** Presses the newest button with that title on a card the bot posted to the person, as Teams sends it. */
    private HttpResponse<String> presses(String who, String title) {
        Map<String, String> values = person(who);
        values.put("replyTo", "1:1700000009999");
        values.put("value", TEAMS.submitData("a:1" + who, title));
        return post(TeamsFake.activity("card-submit.json", values));
    }

    private int awaitPost(String conversation, int seen, String... fragments) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(TEAMS.postedTexts(conversation).stream().skip(seen))
                .anySatisfy(text -> assertThat(text).contains(fragments)));
        return TEAMS.postedTexts(conversation).size();
    }

    @Test
    void installingTheAppKeepsTheReferenceAndSaysHello() {
        assertThat(post(TeamsFake.activity("install.json", person("priya"))).statusCode()).isBetween(200, 202);

        awaitPost("a:1priya", 0, "Hi, I'm DealCoach");
        ChannelAddress address = stores.addresses().find("teams", "priya").orElseThrow();
        assertThat(address.data()).contains(TEAMS.serviceUrl(), "a:1priya");
        assertThat(address.stale()).isFalse();
    }

    @Test
    void aWholeDealReviewDrivenFromTeams() {
        String chat = "a:1ria";
        assertThat(says("ria", "review globex").statusCode()).isBetween(200, 202);
        awaitPost(chat, 0, "Globex Freight - Platform");
        int seen = awaitPost(chat, 0, "1/13 Who signs off on the budget");
        assertThat(TEAMS.posted(chat).get(0).path("attachments").toString()).contains("Action.Submit", "Answer all in one form");

        says("ria", "Dana Whitfield, CFO, met her last Tuesday");
        seen = awaitPost(chat, seen, "2/13 Is the budget approved");
        presses("ria", "Allocated, not approved");
        seen = awaitPost(chat, seen, "3/13");
        await().atMost(WAIT).until(() -> TEAMS.updates() > 0);

        for (String answer : List.of("Onboarding takes 6 weeks; they lose 3 renewals a quarter", "Cut onboarding to 2 weeks", "no one yet")) {
            says("ria", answer);
            seen = awaitPost(chat, seen, "/13");
        }
        presses("ria", "Known, not written down");
        seen = awaitPost(chat, seen, "7/13");
        says("ria", "IT review, then CFO sign-off");
        seen = awaitPost(chat, seen, "8/13");
        presses("ria", "Not started");
        seen = awaitPost(chat, seen, "9/13");
        says("ria", "Acme Analytics");
        seen = awaitPost(chat, seen, "10/13");
        presses("ria", "Level");
        seen = awaitPost(chat, seen, "11/13");
        says("ria", "Old contract ends Jan 31");
        seen = awaitPost(chat, seen, "12/13");
        says("ria", "CFO budget freeze [click](http://evil.example)");
        seen = awaitPost(chat, seen, "13/13");
        presses("ria", "Yes");
        awaitPost(chat, seen, "Verdict: DEVELOP", "Champion: ○○");

        assertThat(stores.reviews().latest("D-1028").orElseThrow().outcome().verdict()).isEqualTo(Verdict.DEVELOP);
        String summaryCard = TEAMS.posted(chat).get(TEAMS.posted(chat).size() - 1).path("attachments").get(0).path("content").toString();
        assertThat(summaryCard).contains("AdaptiveCard", "\"version\":\"1.5\"").doesNotContain("[click](http");
    }

    @Test
    void aReSentActivityGetsExactlyOneReply() {
        Map<String, String> values = person("lee");
        values.put("text", SlackRequests.json("settings"));
        String activity = TeamsFake.activity("personal-message.json", values);

        post(activity);
        post(activity);

        awaitPost("a:1lee", 0, "Name: Lee Okafor");
        await().during(Duration.ofSeconds(2)).atMost(WAIT).untilAsserted(() -> assertThat(TEAMS.postedTexts("a:1lee")).hasSize(1));
    }

    @Test
    void aThrottledSendIsRetriedAndDeliveredOnce() {
        TEAMS.throttleNextPost("a:1jo");

        says("jo", "settings");

        await().atMost(WAIT).untilAsserted(() -> assertThat(TEAMS.postedTexts("a:1jo")).hasSize(2));
        assertThat(TEAMS.postedTexts("a:1jo")).allSatisfy(text -> assertThat(text).contains("Name: Jo Park"));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).untilAsserted(() -> assertThat(TEAMS.postedTexts("a:1jo")).hasSize(2));
    }

    @Test
    void aProactiveDirectMessageGoesThroughTheStoredReference() {
        post(TeamsFake.activity("install.json", person("ana")));
        awaitPost("a:1ana", 0, "Hi, I'm DealCoach");

        Messenger.Delivery delivery = teams.messenger().send(Destination.dm("ana"), Message.text("Quick log for today?"));

        assertThat(delivery).isInstanceOf(Messenger.Delivered.class);
        awaitPost("a:1ana", 1, "Quick log for today?");
        Messenger.Delivery nobody = teams.messenger().send(Destination.dm("sam"), Message.text("Quick log for today?"));
        assertThat(nobody).isInstanceOfSatisfying(Messenger.Unreachable.class,
                unreachable -> assertThat(unreachable.reason()).contains("not reachable on Teams"));
    }

    @Test
    void aForbiddenConversationMarksTheReferenceStale() {
        post(TeamsFake.activity("install.json", person("omar")));
        awaitPost("a:1omar", 0, "Hi, I'm DealCoach");
        TEAMS.forbid("a:1omar");

        Messenger.Delivery delivery = teams.messenger().send(Destination.dm("omar"), Message.text("Hello again"));

        assertThat(delivery).isInstanceOfSatisfying(Messenger.Unreachable.class,
                unreachable -> assertThat(unreachable.reason()).contains("removed"));
        assertThat(stores.addresses().find("teams", "omar").orElseThrow().stale()).isTrue();
    }

    @Test
    void aChannelMentionIsAnsweredInThatConversation() {
        Map<String, String> values = person("mo");
        values.put("text", "review umbrella");
        String messageId = values.get("id");
        post(TeamsFake.activity("channel-mention.json", values));

        String conversation = "19:sales@thread.tacv2;messageid=" + messageId;
        awaitPost(conversation, 0, "Umbrella Health - Data Suite", "Owned by Ana Ruiz.");
        awaitPost(conversation, 0, "1/13");
        assertThat(stores.conversations().find(new ConversationKey("mo", "channel:teams:" + conversation))).isPresent();
    }

    @Test
    void someoneOutsideTheOrgIsToldPolitelyAndNothingIsKept() {
        says("stranger", "review globex");

        awaitPost("a:1stranger", 0, Coach.NOT_IN_ORG);
        assertThat(stores.addresses().find("teams", "stranger")).isEmpty();
    }

    @Test
    void someoneOutsideTheOrgWhoMentionsTheBotInAChannelIsToldInAPersonalChatNotInTheChannel() {
        Map<String, String> values = person("stranger");
        values.put("text", "review globex");
        String messageId = values.get("id");
        post(TeamsFake.activity("channel-mention.json", values));

        awaitPost("a:1personal", 0, Coach.NOT_IN_ORG);
        assertThat(TEAMS.postedTexts("19:sales@thread.tacv2;messageid=" + messageId)).isEmpty();
    }

    @Test
    void aMalformedBodyIsABadRequest() {
        assertThat(post("{not json").statusCode()).isEqualTo(400);
        assertThat(post("{\"type\": \"message\"}").statusCode()).isEqualTo(400);
    }
}
