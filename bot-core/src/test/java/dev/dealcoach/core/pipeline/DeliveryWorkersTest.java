package dev.dealcoach.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delivery of the outbox: in order per recipient, never waiting on one recipient's behalf, falling back, recording outcomes. */
class DeliveryWorkersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final MutableClock clock = MutableClock.at("2026-12-01T09:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final List<DeliveryWorkers> running = new ArrayList<>();

    @AfterEach
    void stop() {
        running.forEach(DeliveryWorkers::close);
    }

    private DeliveryWorkers start(String name, Messenger... messengers) {
        DeliveryWorkers workers = new DeliveryWorkers(stores.outbox(), new Router(List.of(messengers), stores.contacts()),
                new Pacer(Map.of()), clock, name,
                new DeliveryWorkers.Settings(4, 16, Duration.ofMillis(50), Duration.ofSeconds(30), 3, 100, Duration.ofMillis(50)));
        running.add(workers);
        return workers.start();
    }

    private void queue(String key, String personId, String... texts) {
        List<Outgoing> messages = new ArrayList<>();
        for (String text : texts) {
            messages.add(new Outgoing.Send(Destination.dm(personId), Message.text(text)));
        }
        stores.outbox().enqueue(new Envelope(key, messages, null, clock.instant()));
    }

    private DeliveryOutcome awaitOutcome(String key) {
        await().atMost(WAIT).until(() -> stores.outbox().outcome(key).isPresent());
        return stores.outbox().outcome(key).orElseThrow();
    }

    @Test
    void eachRecipientGetsTheirMessagesInTheOrderTheyWereQueued() {
        RecordingMessenger slack = new RecordingMessenger(Platform.SLACK, "ria", "lee");
        for (int i = 0; i < 20; i++) {
            queue("k" + i, i % 2 == 0 ? "ria" : "lee", "message " + i + "a", "message " + i + "b");
        }
        start("w1", slack);

        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.sent()).hasSize(40));
        List<String> ria = slack.textsTo("ria");
        for (int i = 0; i + 1 < ria.size(); i++) {
            assertThat(Integer.parseInt(ria.get(i).replaceAll("\\D", ""))).isLessThanOrEqualTo(Integer.parseInt(ria.get(i + 1).replaceAll("\\D", "")));
        }
        assertThat(ria).startsWith("message 0a", "message 0b", "message 2a");
        assertThat(stores.outbox().pending()).isZero();
    }

    @Test
    void aRetryAfterForOneRecipientDelaysOnlyThatRecipient() {
        RecordingMessenger slack = new RecordingMessenger(Platform.SLACK, "ria", "lee")
                .answerNext("person:ria", new Messenger.RetryLater(Duration.ofSeconds(3), true, "Slack: ratelimited"));
        queue("ria-1", "ria", "for ria, first");
        queue("ria-2", "ria", "for ria, second");
        queue("lee-1", "lee", "for lee");
        Instant started = Instant.now();
        start("w1", slack);

        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.textsTo("lee")).containsExactly("for lee"));
        assertThat(slack.textsTo("ria")).as("ria waits out her Retry-After; lee did not wait with her").isEmpty();
        await().atMost(WAIT).untilAsserted(() -> assertThat(slack.textsTo("ria")).containsExactly("for ria, first", "for ria, second"));
        assertThat(Duration.between(started, slack.sent().get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(2_900));
        assertThat(awaitOutcome("ria-1").attempts()).isEqualTo(2);
    }

    @Test
    void aPersonIsReachedOnTheirPreferredPlatformAndOnTheOtherWhenItCannot() {
        RecordingMessenger slack = new RecordingMessenger(Platform.SLACK, "ria", "jo");
        RecordingMessenger teams = new RecordingMessenger(Platform.TEAMS, "ria", "jo")
                .answerNext("person:jo", new Messenger.Unreachable("not reachable on Teams: DealCoach was removed"));
        stores.contacts().prefer("ria", java.util.Optional.of(Platform.TEAMS));
        stores.contacts().prefer("jo", java.util.Optional.of(Platform.TEAMS));
        queue("ria-1", "ria", "hello ria");
        queue("jo-1", "jo", "hello jo");
        start("w1", slack, teams);

        assertThat(awaitOutcome("ria-1").platform()).isEqualTo(Platform.TEAMS);
        assertThat(awaitOutcome("jo-1").platform()).isEqualTo(Platform.SLACK);
        assertThat(teams.textsTo("ria")).containsExactly("hello ria");
        assertThat(slack.textsTo("ria")).isEmpty();
        assertThat(slack.textsTo("jo")).containsExactly("hello jo");
    }

    @Test
    void whoCouldNotBeReachedAndWhyIsKept() {
        RecordingMessenger slack = new RecordingMessenger(Platform.SLACK, "ria")
                .answerNext("person:ria", new Messenger.RetryLater(Duration.ofMillis(10), false, "Slack: http_503"),
                        new Messenger.RetryLater(Duration.ofMillis(10), false, "Slack: http_503"),
                        new Messenger.RetryLater(Duration.ofMillis(10), false, "Slack: http_503"));
        queue("nobody", "priya", "hello");
        queue("flaky", "ria", "hello");
        start("w1", slack);

        DeliveryOutcome nobody = awaitOutcome("nobody");
        assertThat(nobody.status()).isEqualTo(DeliveryOutcome.Status.UNREACHABLE);
        assertThat(nobody.detail()).contains("person:priya");
        DeliveryOutcome flaky = awaitOutcome("flaky");
        assertThat(flaky.status()).isEqualTo(DeliveryOutcome.Status.FAILED);
        assertThat(flaky.detail()).isEqualTo("Slack: http_503");
        assertThat(flaky.attempts()).isEqualTo(3);
        assertThat(slack.sent()).isEmpty();
    }

    @Test
    void eachMessageOfATurnHasItsOwnTriesAndTheOutcomeCountsThemAll() {
        Messenger.Delivery wait = new Messenger.RetryLater(Duration.ofMillis(20), true, "Slack: ratelimited");
        RecordingMessenger slack = new RecordingMessenger(Platform.SLACK, "ria").answerNext("person:ria",
                wait, wait, RecordingMessenger.GOES_OUT, wait, wait, RecordingMessenger.GOES_OUT, wait, wait);
        queue("turn", "ria", "intro", "question 1", "question 2");
        start("w1", slack);

        DeliveryOutcome outcome = awaitOutcome("turn");
        assertThat(outcome.status()).as("two waits per message stay under the limit of three tries a message")
                .isEqualTo(DeliveryOutcome.Status.SENT);
        assertThat(outcome.attempts()).isEqualTo(9);
        assertThat(outcome.detail()).isEqualTo("slack-1");
        assertThat(slack.textsTo("ria")).containsExactly("intro", "question 1", "question 2");
    }

    @Test
    void whatAStoppedWorkerHeldIsDeliveredOnceByAnother() {
        RecordingMessenger slack = new RecordingMessenger(Platform.SLACK, "ria")
                .answerNext("person:ria", new Messenger.RetryLater(Duration.ofMinutes(10), true, "Slack: ratelimited"));
        queue("held", "ria", "hello");
        DeliveryWorkers first = start("w1", slack);
        await().atMost(WAIT).until(() -> slack.attempts() == 1);
        first.close();
        assertThat(stores.outbox().outcome("held")).as("still held, waiting out a long Retry-After").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        start("w2", slack);

        DeliveryOutcome outcome = awaitOutcome("held");
        assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.SENT);
        assertThat(slack.textsTo("ria")).containsExactly("hello");
    }

    /** A CRM that answers the results it is given, in order (the last one again when they run out), and notes each write. */
    private static final class ScriptedCrm implements CrmWriter {
        final java.util.concurrent.CopyOnWriteArrayList<Outgoing.Write> writes = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final java.util.concurrent.ConcurrentLinkedDeque<CrmWriter.Result> answers;

        ScriptedCrm(CrmWriter.Result... answers) {
            this.answers = new java.util.concurrent.ConcurrentLinkedDeque<>(List.of(answers));
        }

        @Override
        public String name() {
            return "salesforce";
        }

        @Override
        public CrmWriter.Result write(Outgoing.Write write) {
            writes.add(write);
            return answers.size() > 1 ? answers.pollFirst() : answers.peekFirst();
        }
    }

    private void queueWrite(String key, String dealId) {
        stores.outbox().enqueue(new Envelope(key, List.of(new Outgoing.Write(dealId, Map.of("DealCoach_Verdict__c", "develop"))), null,
                clock.instant()));
    }

    @Test
    void aCrmWriteIsDeliveredToTheCrmWriterTriedAgainWhenItCannotTakeItAndFailedWhenItRefuses() {
        ScriptedCrm crm = new ScriptedCrm(new CrmWriter.RetryLater(Duration.ofMillis(50), "HTTP 503"), new CrmWriter.Written());
        start("a", new RecordingMessenger(Platform.SLACK, "ria")).writingTo(crm);

        queueWrite("w1", "006A");
        DeliveryOutcome written = awaitOutcome("w1");
        assertThat(written.status()).isEqualTo(DeliveryOutcome.Status.SENT);
        assertThat(written.detail()).isEqualTo("salesforce:006A");
        assertThat(written.attempts()).isEqualTo(2);
        assertThat(crm.writes).extracting(Outgoing.Write::dealId).containsExactly("006A", "006A");
    }

    @Test
    void aWriteTheCrmRefusesOrKeepsPuttingOffIsReportedAsFailed() {
        ScriptedCrm refusing = new ScriptedCrm(new CrmWriter.Failed("INVALID_FIELD: No such column 'DealCoach_Verdict__c'"));
        DeliveryWorkers workers = start("a", new RecordingMessenger(Platform.SLACK, "ria")).writingTo(refusing);
        queueWrite("w2", "006B");
        assertThat(awaitOutcome("w2")).satisfies(outcome -> {
            assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.FAILED);
            assertThat(outcome.detail()).isEqualTo("salesforce: INVALID_FIELD: No such column 'DealCoach_Verdict__c'");
        });
        assertThat(refusing.writes).hasSize(1);

        ScriptedCrm down = new ScriptedCrm(new CrmWriter.RetryLater(Duration.ofMillis(50), "HTTP 503"));
        workers.writingTo(down);
        queueWrite("w4", "006D");
        assertThat(awaitOutcome("w4")).satisfies(outcome -> {
            assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.FAILED);
            assertThat(outcome.detail()).isEqualTo("salesforce: HTTP 503");
        });
        assertThat(down.writes).as("the settings' three tries").hasSize(3);
    }

    @Test
    void withoutWriteBackACrmWriteIsGivenUpAsUnreachable() {
        start("a", new RecordingMessenger(Platform.SLACK, "ria"));
        queueWrite("w3", "006C");
        assertThat(awaitOutcome("w3").status()).isEqualTo(DeliveryOutcome.Status.UNREACHABLE);
    }
}
