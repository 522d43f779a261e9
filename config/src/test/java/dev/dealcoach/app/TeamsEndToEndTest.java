package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.review.Verdict;
import dev.dealcoach.core.review.SwitchingReviewsScript;
import dev.dealcoach.core.review.WholeReviewScript;
import dev.dealcoach.core.store.ChannelAddress;
import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.teams.TeamsAdapter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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
    private static final Duration WAIT = Duration.ofSeconds(30);

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

    private TeamsChat chat;

    @BeforeEach
    void client() {
        chat = new TeamsChat(TEAMS, port);
    }

    private int awaitPost(String conversation, int seen, String... fragments) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(TEAMS.postedTexts(conversation).stream().skip(seen))
                .anySatisfy(text -> assertThat(text).contains(fragments)));
        return TEAMS.postedTexts(conversation).size();
    }

    @Test
    void installingTheAppKeepsTheReferenceAndSaysHello() {
        chat.as("priya").installs().expectReply("Hi, I'm DealCoach");

        ChannelAddress address = stores.addresses().find("teams", "priya").orElseThrow();
        assertThat(address.data()).contains(TEAMS.serviceUrl(), "a:1priya");
        assertThat(address.stale()).isFalse();
    }

    @Test
    void aReviewKeptForLaterInTeamsIsPickedUpWhereItWasLeft() {
        SwitchingReviewsScript.keepAReviewForLaterAndPickItUp(chat.as("ria"));

        assertThat(stores.conversations().find(new ConversationKey("ria", "dm")).orElseThrow().answers()).containsOnlyKeys("economic-buyer");
        chat.says("cancel").expectReply("Stopped the review of Globex Freight - Platform.");
    }

    @Test
    void aWholeDealReviewDrivenFromTeams() {
        chat.as("ria").says("review").expectReply("Which deal?", "[Globex Freight - Platform ($240k, Negotiation)]")
                .clicks("Globex Freight - Platform ($240k, Negotiation)")
                .expectReply("Globex Freight - Platform", "Answer all in one form", "1/13 Who signs off on the budget");

        WholeReviewScript.answerTheDevelopReview(chat);

        assertThat(stores.reviews().latest(WholeReviewScript.DEAL).orElseThrow().outcome().verdict()).isEqualTo(Verdict.DEVELOP);
        List<JsonNode> shown = TEAMS.shownIn("a:1ria");
        assertThat(shown).as("every message an Adaptive Card 1.5").allSatisfy(activity -> assertThat(activity.path("attachments").path(0)
                .path("content").path("version").asString()).isEqualTo("1.5"));
        assertThat(shown).anySatisfy(activity -> assertThat(activity.path("attachments").toString())
                .contains("\"Action.Submit\"", "Answer all in one form"));
        String summaryCard = shown.stream().filter(activity -> activity.path("summary").asString().contains("Risk you named"))
                .map(activity -> activity.path("attachments").get(0).path("content").toString()).findFirst().orElseThrow();
        assertThat(summaryCard).contains("AdaptiveCard", "CFO budget freeze in December").doesNotContain("[click](http");
    }

    @Test
    void aReSentActivityGetsExactlyOneReply() {
        Map<String, String> values = chat.values("lee");
        values.put("text", TeamsChat.json("settings"));
        String activity = TeamsFake.activity("personal-message.json", values);

        chat.post(activity);
        chat.post(activity);

        awaitPost("a:1lee", 0, "Name: Lee Okafor");
        await().during(Duration.ofSeconds(2)).atMost(WAIT).untilAsserted(() -> assertThat(TEAMS.postedTexts("a:1lee")).hasSize(1));
    }

    @Test
    void aThrottledSendIsRetriedAndDeliveredOnce() {
        TEAMS.throttleNextPost("a:1jo");

        chat.as("jo").says("settings");

        await().atMost(WAIT).untilAsserted(() -> assertThat(TEAMS.postedTexts("a:1jo")).hasSize(2));
        assertThat(TEAMS.postedTexts("a:1jo")).allSatisfy(text -> assertThat(text).contains("Name: Jo Park"));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).untilAsserted(() -> assertThat(TEAMS.postedTexts("a:1jo")).hasSize(2));
    }

    @Test
    void aDirectorsForecastRollupIsAnAdaptiveCardTable() {
        chat.as("dana").says("forecast").expectReply("forecast: your team", "Mo C.", "Total");

        assertThat(TEAMS.shownIn("a:1dana")).anySatisfy(activity -> assertThat(activity.path("attachments").toString())
                .contains("\"type\":\"Table\"", "\"firstRowAsHeader\":true", "Mo C.", "Coverage"));
    }

    @Test
    void aProactiveDirectMessageGoesThroughTheStoredReference() {
        chat.as("ana").installs().expectReply("Hi, I'm DealCoach");

        Messenger.Delivery delivery = teams.messenger().send(Destination.dm("ana"), Message.text("Quick log for today?"));

        assertThat(delivery).isInstanceOf(Messenger.Delivered.class);
        awaitPost("a:1ana", 1, "Quick log for today?");
        Messenger.Delivery nobody = teams.messenger().send(Destination.dm("sam"), Message.text("Quick log for today?"));
        assertThat(nobody).isInstanceOfSatisfying(Messenger.Unreachable.class,
                unreachable -> assertThat(unreachable.reason()).contains("not reachable on Teams"));
    }

    @Test
    void aForbiddenConversationMarksTheReferenceStale() {
        chat.as("omar").installs().expectReply("Hi, I'm DealCoach");
        TEAMS.forbid("a:1omar");

        Messenger.Delivery delivery = teams.messenger().send(Destination.dm("omar"), Message.text("Hello again"));

        assertThat(delivery).isInstanceOfSatisfying(Messenger.Unreachable.class,
                unreachable -> assertThat(unreachable.reason()).contains("removed"));
        assertThat(stores.addresses().find("teams", "omar").orElseThrow().stale()).isTrue();
    }

    @Test
    void aChannelMentionIsAnsweredInThatConversation() {
        Map<String, String> values = chat.values("mo");
        values.put("text", "review umbrella");
        String messageId = values.get("id");
        chat.post(TeamsFake.activity("channel-mention.json", values));

        String conversation = "19:sales@thread.tacv2;messageid=" + messageId;
        awaitPost(conversation, 0, "Umbrella Health - Data Suite", "Owned by Ana Ruiz.");
        awaitPost(conversation, 0, "1/13");
        assertThat(stores.conversations().find(new ConversationKey("mo", "channel:teams:" + conversation))).isPresent();
    }

    @Test
    void whenTeamsCannotSayWhoWroteThePersonIsToldToTryAgainNotThatTheyAreUnknown() {
        TEAMS.failRosterOf("sofia");

        chat.as("sofia").says("review globex").expectReply("I can't check who you are with Teams right now, so I can't take that.");
        assertThat(TEAMS.postedTexts("a:1sofia")).noneMatch(text -> text.contains(Coach.NOT_IN_ORG));
    }

    @Test
    void someoneOutsideTheOrgIsToldPolitelyAndNothingIsKept() {
        chat.as("stranger").says("review globex").expectReply(Coach.NOT_IN_ORG);

        assertThat(stores.addresses().find("teams", "stranger")).isEmpty();
    }

    @Test
    void someoneOutsideTheOrgWhoMentionsTheBotInAChannelIsToldInAPersonalChatNotInTheChannel() {
        Map<String, String> values = chat.values("stranger");
        values.put("text", "review globex");
        String messageId = values.get("id");
        chat.post(TeamsFake.activity("channel-mention.json", values));

        awaitPost("a:1personal", 0, Coach.NOT_IN_ORG);
        assertThat(TEAMS.postedTexts("19:sales@thread.tacv2;messageid=" + messageId)).isEmpty();
    }

    @Test
    void aMalformedBodyIsABadRequest() {
        assertThat(chat.post("{not json").statusCode()).isEqualTo(400);
        assertThat(chat.post("{\"type\": \"message\"}").statusCode()).isEqualTo(400);
    }
}
