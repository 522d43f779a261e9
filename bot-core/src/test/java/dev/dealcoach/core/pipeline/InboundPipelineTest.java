package dev.dealcoach.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.PlainTextRenderer;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the bot hears, from any platform, through the one pipeline to the outbox and out. */
class InboundPipelineTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final RecordingMessenger slack = new RecordingMessenger(Platform.SLACK, "ria", "mo", "lee");
    private final RecordingMessenger teams = new RecordingMessenger(Platform.TEAMS, "ria", "mo");
    private final RunningCore core;
    private final List<String> emailLookups = new CopyOnWriteArrayList<>();
    private final List<String> toldPrivately = new CopyOnWriteArrayList<>();

    InboundPipelineTest() {
        new DataImport(stores).importDemo(clock);
        core = new RunningCore(stores, clock).deliverThrough("test", List.of(slack, teams));
    }

    @AfterEach
    void stop() {
        core.close();
    }

    /** A Slack user whose email Slack knows; {@code U_RIA} is ria@example.com. */
    private PersonDirectory.Sender slackUser(String userId) {
        return new PersonDirectory.Sender(Platform.SLACK, userId, null, () -> {
            emailLookups.add(userId);
            return Optional.of(userId.substring(2).toLowerCase() + "@example.com");
        });
    }

    private InboundPipeline.Arrival says(PersonDirectory.Sender sender, String deliveryId, String text) {
        return new InboundPipeline.Arrival(sender, deliveryId, Destination::dm, InboundPipeline.Answering.ALWAYS,
                origin -> new Inbound.Text(origin, text), null, message -> toldPrivately.add(new PlainTextRenderer().render(message)));
    }

    @Test
    void aDeliveryMadeTwiceIsAnsweredOnceOnThePlatformItCameFrom() {
        core.contacts().prefer("ria", Optional.of(Platform.TEAMS));

        core.pipeline().receive(says(slackUser("U_RIA"), "slack:event:Ev1", "settings"));
        core.pipeline().receive(says(slackUser("U_RIA"), "slack:event:Ev1", "settings"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.textsTo("ria")).singleElement().asString().contains("Name: Ria Patel"));
        await().during(Duration.ofMillis(500)).atMost(WAIT).untilAsserted(() -> assertThat(slack.textsTo("ria")).hasSize(1));
        assertThat(teams.sent()).as("a reply goes where they spoke, whatever they prefer for messages out of the blue").isEmpty();
        assertThat(core.contacts().lastTalkedOn("ria")).contains(Platform.SLACK);
    }

    @Test
    void oneEmailLookUpServesManyMessagesAndOneManWhoIsNotInTheOrgIsToldPrivatelyEachTime() {
        for (int i = 0; i < 3; i++) {
            core.pipeline().receive(says(slackUser("U_LEE"), "slack:event:lee-" + i, "help"));
            core.pipeline().receive(says(slackUser("U_STRANGER"), "slack:event:stranger-" + i, "review globex"));
        }

        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.textsTo("lee")).hasSize(3));
        await().atMost(WAIT).untilAsserted(() -> assertThat(toldPrivately).hasSize(3)
                .allSatisfy(text -> assertThat(text).contains("can't find you in DealCoach's org file")));
        assertThat(emailLookups).containsOnly("U_LEE", "U_STRANGER").filteredOn("U_LEE"::equals).hasSize(1);
        assertThat(emailLookups).filteredOn("U_STRANGER"::equals).as("misses are cached too").hasSize(1);
    }

    @Test
    void aPersonsMessagesAreHandledInTheOrderTheyCame() {
        PersonDirectory.Sender ria = slackUser("U_RIA");
        core.pipeline().receive(says(ria, "slack:event:r1", "review globex"));
        core.pipeline().receive(says(ria, "slack:event:r2", "Dana Whitfield, CFO, met her last Tuesday"));
        core.pipeline().receive(says(ria, "slack:event:r3", "1"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.textsTo("ria")).hasSize(4));
        List<String> said = slack.textsTo("ria");
        assertThat(said.get(0)).contains("Globex Freight - Platform");
        assertThat(said.get(1)).contains("1/13");
        assertThat(said.get(2)).contains("2/13");
        assertThat(said.get(3)).contains("3/13");
    }

    @Test
    void aThreadReplyCountsOnlyWhileAFlowWaitsThere() {
        Destination thread = new Destination.Thread(Platform.SLACK, "C_SALES", "1700000500.000100");
        core.pipeline().receive(new InboundPipeline.Arrival(slackUser("U_MO"), "slack:event:t1", person -> thread,
                InboundPipeline.Answering.ONLY_IF_FLOW_WAITS, origin -> new Inbound.Text(origin, "lunch anyone?"), null, null));
        core.pipeline().receive(new InboundPipeline.Arrival(slackUser("U_MO"), "slack:event:t2", person -> thread,
                InboundPipeline.Answering.ALWAYS, origin -> new Inbound.Text(origin, "review umbrella"), null, null));
        core.pipeline().receive(new InboundPipeline.Arrival(slackUser("U_MO"), "slack:event:t3", person -> thread,
                InboundPipeline.Answering.ONLY_IF_FLOW_WAITS, origin -> new Inbound.Text(origin, "Dana Whitfield, CFO"), null, null));

        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.sent()).filteredOn(s -> s.to().equals(thread)).hasSize(3));
        List<String> inThread = slack.sent().stream().filter(s -> s.to().equals(thread)).map(RecordingMessenger.Sent::text).toList();
        assertThat(inThread.get(0)).contains("Umbrella Health - Data Suite");
        assertThat(inThread.get(2)).contains("2/13");
        assertThat(inThread).noneMatch(text -> text.contains("lunch"));
    }

    @Test
    void theBotOpensAHomeOncePerDelivery() {
        List<Message> homes = new CopyOnWriteArrayList<>();
        core.pipeline().openHome(slackUser("U_RIA"), "slack:event:home-1", homes::add);
        core.pipeline().openHome(slackUser("U_RIA"), "slack:event:home-1", homes::add);

        await().atMost(WAIT).untilAsserted(() -> assertThat(homes).hasSize(1));
        assertThat(new PlainTextRenderer().render(homes.get(0))).contains("Your deals closing in");
    }
}
