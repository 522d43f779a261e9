package dev.dealcoach.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.DealCoachCore;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.conversation.ChatScript;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.PlainTextRenderer;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.pipeline.Outbox;
import dev.dealcoach.core.pipeline.Outreach;
import dev.dealcoach.core.review.Playbooks;
import java.time.Duration;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The check-ins through the real engine and outbox with the demo org (Ria and Tariq in London, Mo
 * in New York over Ria, Ana, Omar and Priya), in the week of Monday 2026-11-30.
 */
class CheckInsTest {

    private final MutableClock clock = MutableClock.at("2026-11-30T08:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final Coach coach;
    private final CheckIns checkIns;
    private final ChatScript chat;

    CheckInsTest() {
        new DataImport(stores).importDemo(clock);
        coach = DealCoachCore.coach(stores, stores.contacts(), Playbooks.bundled(), clock);
        checkIns = new CheckIns(stores.org(), stores.preferences(), stores.forecasts(), stores.dealTotals(), stores.activity(),
                stores.deals(), stores.idempotency(), new Outreach(coach, stores.outbox(), clock));
        chat = ChatScript.over(stores, Playbooks.bundled(), clock);
    }

    private CheckIns.Report run(String at, CheckInKind kind) {
        clock.set(Instant.parse(at));
        return checkIns.run(clock.instant(), List.of(kind), Optional.empty());
    }

    private static List<String> people(List<CheckIns.Outcome> outcomes) {
        return outcomes.stream().map(CheckIns.Outcome::person).toList();
    }

    /** The texts queued for the person, oldest first, claiming them off the outbox. */
    private List<String> queuedFor(String personId) {
        PlainTextRenderer text = new PlainTextRenderer();
        return stores.outbox().claim("test", 100, Duration.ZERO, Duration.ofMinutes(5)).stream()
                .filter(c -> c.envelope().key().contains(":" + personId))
                .flatMap(c -> c.envelope().messages().stream()).map(o -> text.render(o.message())).collect(Collectors.toList());
    }

    @Test
    void theMondayPromptOpensThePrefilledCallOncePerRepAtTheirNineOClock() {
        assertThat(people(run("2026-11-30T08:00:00Z", CheckInKind.WEEKLY_FORECAST).queued())).as("Berlin's nine o'clock")
                .containsExactlyInAnyOrder("felix", "nina");
        CheckIns.Report london = run("2026-11-30T09:00:00Z", CheckInKind.WEEKLY_FORECAST);

        assertThat(people(london.queued())).as("London's; Berlin's went an hour ago").containsExactlyInAnyOrder("ria", "tariq");
        assertThat(String.join("\n", queuedFor("ria"))).contains("Your Q4 FY27 call is due by Tuesday 12:00.", "From your deals:",
                "Submit these numbers for Q4 FY27?");
        assertThat(run("2026-11-30T09:01:00Z", CheckInKind.WEEKLY_FORECAST).queued()).as("the next minute: nothing twice").isEmpty();
        assertThat(run("2026-11-30T09:01:00Z", CheckInKind.WEEKLY_FORECAST).skipped()).extracting(CheckIns.Outcome::reason)
                .containsOnly("already sent");

        chat.as("ria").says("Submit as is").expectReply("Your Q4 FY27 call for week 5 of 13 is in");
    }

    @Test
    void theReminderGoesToWhoHasNotCalledAndTheEscalationListsThemToTheirManager() {
        chat.as("ria").says("forecast submit").clicks("Submit as is");
        chat.as("omar").says("forecast away");

        CheckIns.Report reminders = run("2026-12-01T12:00:00Z", CheckInKind.FORECAST_REMINDER);
        assertThat(reminders.skipped()).extracting(o -> o.person() + ": " + o.reason())
                .contains("ria: already called this week");
        assertThat(queuedFor("tariq")).singleElement().asString().contains("Reminder: your forecast for week 5 of 13", "[Submit]");

        CheckIns.Report escalation = run("2026-12-01T22:00:00Z", CheckInKind.FORECAST_ESCALATION);
        assertThat(people(escalation.queued())).contains("mo");
        assertThat(String.join("\n", queuedFor("mo"))).contains("Still missing this week: Ana R., Priya N.", "[Nudge them]",
                        "[Submit for Ana]", "[Submit for Priya]")
                .doesNotContain("Ria").doesNotContain("Omar");

        chat.as("mo").says("forecast nudge").expectReply("Nudged Ana R., Priya N.: each got a reminder from you.");
        chat.as("mo").says("forecast submit ana").expectReply("Ana Ruiz's Q4 FY27 call, week 5 of 13, submitted by you.");
        chat.as("mo").says("Submit as is").expectReply("Ana Ruiz's Q4 FY27 call for week 5 of 13 is in");
        assertThat(stores.forecasts().latest("ana", "FY27-Q4-W05")).hasValueSatisfying(call ->
                assertThat(call.submittedBy()).isEqualTo("mo"));
        chat.as("mo").says("forecast submit lee").expectReply("You can submit for the reps in your team only");
    }

    @Test
    void theDailyNudgeStartsTheLogAtTheRepsEndOfDayAndTheAnswerShowsTheWeek() {
        run("2026-12-01T15:30:00Z", CheckInKind.DAILY_ACTIVITY);
        CheckIns.Report nudges = run("2026-12-01T16:30:00Z", CheckInKind.DAILY_ACTIVITY);

        assertThat(people(nudges.queued())).containsExactlyInAnyOrder("ria", "tariq");
        assertThat(String.join("\n", queuedFor("ria"))).contains("Quick log for today?", "[Exec meeting]", "[Log several...]",
                "[Nothing today]");
        chat.as("ria").says("Discovery call").expectReply("Logged. This week: exec meetings 0/5, discovery 1/8, proposals 0/2",
                "1-day streak.");
        chat.as("ria").says("log 2 exec 1 proposal").expectReply("exec meetings 2/5, discovery 1/8, proposals 1/2");
    }

    @Test
    void awayPeopleGetNoCheckInsAndShowAsAwayInTheRollupUntilTheyAreBack() {
        chat.as("tariq").says("away until Dec 4").expectReply("You're away until");

        CheckIns.Report nudges = run("2026-12-01T16:30:00Z", CheckInKind.DAILY_ACTIVITY);
        assertThat(nudges.skipped()).extracting(o -> o.person() + ": " + o.reason()).contains("tariq: away");
        chat.as("lena").says("forecast").expectReply("Away: Tariq H.");

        chat.as("tariq").says("back").expectReply("Welcome back");
        assertThat(people(run("2026-12-01T16:31:00Z", CheckInKind.DAILY_ACTIVITY).queued())).contains("tariq");
    }

    @Test
    void onePersonCanBeRunAndSaysWhyNotWhenNotDue() {
        clock.set(Instant.parse("2026-12-01T10:00:00Z"));
        CheckIns.Report report = checkIns.run(clock.instant(), List.of(CheckInKind.DAILY_ACTIVITY), Optional.of("ria"));

        assertThat(report.queued()).isEmpty();
        assertThat(report.skipped()).singleElement().extracting(CheckIns.Outcome::reason).asString()
                .startsWith("not due then (working days 16:30 Europe/London)");
        assertThat(checkIns.run(clock.instant(), List.of(CheckInKind.FORECAST_ESCALATION), Optional.of("ria")).skipped())
                .extracting(CheckIns.Outcome::reason).containsExactly("not for them (managers of reps only)");
    }

    @Test
    void aManagersStatsShowEachRepsDaysLoggedAndForecastsOnTime() {
        chat.as("ria").says("log 1 exec");
        clock.set(Instant.parse("2026-12-01T10:00:00Z"));
        chat.as("ria").says("forecast submit").clicks("Submit as is");

        clock.set(Instant.parse("2026-12-02T10:00:00Z"));
        chat.as("mo").says("stats").expectReply("Check-ins in Q4 FY27", "Days logged", "Forecasts on time", "Ria Patel");
        assertThat(chat.reply()).containsPattern("Ria Patel\\s+1 of \\d+\\s+1 of 5");
        chat.as("ria").says("stats").expectReply("`stats` shows a manager's reps; you have none.");
        chat.as("ria").says("help").expectReply("`log 2 discovery 1 exec`");
        assertThat(chat.reply()).doesNotContain("`stats`");
    }

    @Test
    void theFridayDigestShowsEachRepsWeekTheirCallAndButtonsToReviewOverdueDeals() {
        chat.as("ria").says("log 2 exec 3 discovery");
        chat.as("ria").says("forecast submit").clicks("Submit as is");

        CheckIns.Report digest = run("2026-12-04T20:00:00Z", CheckInKind.MANAGER_DIGEST);

        assertThat(people(digest.queued())).contains("mo");
        String text = String.join("\n", queuedFor("mo"));
        assertThat(text).contains("Your team's week", "Ria Patel: exec 2/5, discovery 3/8", "commit call $",
                "Ana Ruiz: exec 0/5", "no call yet", "Logged nothing this week: Ana, Omar, Priya", "[Team forecast]");
        assertThat(text).containsPattern("\\[Review [^]]+ \\(close date passed\\)]");
    }

    @Test
    void anInstanceThatFailsMidFanOutLeavesTheRestToTheNextMinuteAndNothingGoesTwice() {
        Outbox failing = new FailingAfter(stores.outbox(), 1);
        CheckIns dying = new CheckIns(stores.org(), stores.preferences(), stores.forecasts(), stores.dealTotals(), stores.activity(),
                stores.deals(), stores.idempotency(), new Outreach(coach, failing, clock));
        clock.set(Instant.parse("2026-12-01T15:30:00Z"));
        checkIns.run(clock.instant(), List.of(CheckInKind.DAILY_ACTIVITY), Optional.empty());

        clock.set(Instant.parse("2026-12-01T16:30:00Z"));
        CheckIns.Report halfway = dying.run(clock.instant(), List.of(CheckInKind.DAILY_ACTIVITY), Optional.empty());
        assertThat(halfway.queued()).hasSize(1);
        assertThat(halfway.skipped()).extracting(CheckIns.Outcome::reason).anyMatch(r -> r.startsWith("failed, tried again next minute"));

        CheckIns.Report other = run("2026-12-01T16:31:00Z", CheckInKind.DAILY_ACTIVITY);
        assertThat(people(other.queued())).as("the other instance, a minute later").hasSize(1);
        List<String> envelopes = stores.outbox().claim("test", 100, Duration.ZERO, Duration.ofMinutes(5)).stream()
                .map(c -> c.envelope().key()).toList();
        assertThat(envelopes).doesNotHaveDuplicates().filteredOn(key -> !key.contains("felix") && !key.contains("nina"))
                .containsExactlyInAnyOrder("checkin:daily-activity:ria:2026-12-01:person:ria",
                        "checkin:daily-activity:tariq:2026-12-01:person:tariq");
    }

    /** The outbox of an instance that goes down after {@code allowed} envelopes: the rest fail as a lost Redis would. */
    private static final class FailingAfter implements Outbox {
        private final Outbox outbox;
        private int allowed;

        FailingAfter(Outbox outbox, int allowed) {
            this.outbox = outbox;
            this.allowed = allowed;
        }

        @Override
        public boolean enqueue(dev.dealcoach.core.pipeline.Envelope envelope) {
            if (allowed-- <= 0) {
                throw new dev.dealcoach.core.store.StoreUnavailableException("Redis at redis://127.0.0.1:6379 is unreachable", null);
            }
            return outbox.enqueue(envelope);
        }

        @Override
        public List<Claim> claim(String worker, int max, Duration wait, Duration abandonedAfter) {
            return outbox.claim(worker, max, wait, abandonedAfter);
        }

        @Override
        public java.util.Set<String> touch(String worker, List<Claim> claims) {
            return outbox.touch(worker, claims);
        }

        @Override
        public void complete(Claim claim, dev.dealcoach.core.pipeline.DeliveryOutcome outcome) {
            outbox.complete(claim, outcome);
        }

        @Override
        public Optional<dev.dealcoach.core.pipeline.DeliveryOutcome> outcome(String key) {
            return outbox.outcome(key);
        }

        @Override
        public long pending() {
            return outbox.pending();
        }

        @Override
        public void release(String worker, List<Claim> claims) {
            outbox.release(worker, claims);
        }

        @Override
        public java.util.Optional<java.time.Instant> oldestQueuedAt() {
            return outbox.oldestQueuedAt();
        }
    }

    @Test
    void theRemindersWeekIsTheOneMondaysPromptAskedForWhenFiscalWeeksStartOnATuesday() {
        // FY29 Q1 of the demo's calendar (fiscal year from February) starts on Tuesday 2028-02-01: its weeks run Tuesday to Monday.
        Org org = stores.org().load().orElseThrow();
        Person ria = org.person("ria").orElseThrow();
        LocalDate monday = LocalDate.of(2028, 2, 7);

        assertThat(CheckIns.promptedWeek(org, ria, monday.plusDays(1)).key()).as("Tuesday's reminder")
                .isEqualTo(dev.dealcoach.core.forecast.ForecastWeek.of(org.calendar(), monday).key()).isEqualTo("FY29-Q1-W01");
        assertThat(CheckIns.promptedWeek(org, ria, monday.plusDays(4)).key()).as("Friday's digest").isEqualTo("FY29-Q1-W01");
    }

    @Test
    void anIgnoredNudgeGivesWayToTheNextCheckInButOneBeingAnsweredDoesNot() {
        run("2026-11-30T16:30:00Z", CheckInKind.DAILY_ACTIVITY);
        CheckIns.Report nextMorning = run("2026-12-07T09:00:00Z", CheckInKind.WEEKLY_FORECAST);
        assertThat(people(nextMorning.queued())).as("Monday's nudge, never answered, does not block the prompt").contains("ria");

        chat.as("ria").says("Adjust");
        CheckIns.Report nudge = run("2026-12-07T16:30:00Z", CheckInKind.DAILY_ACTIVITY);
        assertThat(nudge.skipped()).extracting(o -> o.person() + ": " + o.reason())
                .anyMatch(r -> r.startsWith("ria: busy with your Q4 FY27 forecast call"));
    }
}
