package dev.dealcoach.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.DealCoachCore;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.conversation.PlainTextRenderer;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.pipeline.Outreach;
import dev.dealcoach.core.review.Playbooks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Alerts to the owner's manager: once per risk state, again only when it gets worse or comes back. */
class RiskAlertsTest {

    private final MutableClock clock = MutableClock.at("2026-12-01T12:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final RiskAlerts alerts;

    RiskAlertsTest() {
        new DataImport(stores).importDemo(clock);
        // Only the deal under test counts: the demo's own risky deals are closed out of the way.
        stores.deals().replaceAll(List.of(deal("Demo to the CFO", LocalDate.of(2027, 1, 20), Stage.PROOF)));
        alerts = new RiskAlerts(stores.org(), stores.deals(), new DealRisk(stores.reviews(), stores.dealHistory(),
                SlipRiskRules.bundled(Playbooks.bundled().elementIds())), stores.risk(),
                new Outreach(DealCoachCore.coach(stores, stores.contacts(), Playbooks.bundled(), clock), stores.outbox(), clock));
    }

    private static Deal deal(String nextStep, LocalDate close, Stage stage) {
        return new Deal("D-7", "Umbrella Health - Data Suite", "Umbrella Health", "ana", Money.of("310000", "USD"), stage,
                ForecastCategory.COMMIT, close, nextStep, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20));
    }

    /** What was queued since the last look, each marked sent so that a later look (the clock moved on) does not see it again. */
    private List<String> sent() {
        PlainTextRenderer text = new PlainTextRenderer();
        List<dev.dealcoach.core.pipeline.Outbox.Claim> claims = stores.outbox().claim("test", 100, Duration.ZERO, Duration.ofMinutes(5));
        claims.forEach(c -> stores.outbox().complete(c, new dev.dealcoach.core.pipeline.DeliveryOutcome(c.envelope().key(),
                dev.dealcoach.core.pipeline.DeliveryOutcome.Status.SENT, dev.dealcoach.core.conversation.Platform.PLAYGROUND, "", 1,
                clock.instant())));
        return claims.stream()
                .map(c -> c.envelope().key() + " " + c.envelope().messages().stream().map(o -> text.render(o.message()))
                        .collect(Collectors.joining(" ")))
                .toList();
    }

    @Test
    void aDealEnteringAtRiskIsAlertedOnceInTheOwnersManagersAlertChannel() {
        assertThat(alerts.evaluate(clock.instant()).alerts()).isEmpty();

        stores.deals().save(deal("", LocalDate.of(2026, 11, 16), Stage.PROOF));
        RiskAlerts.Report report = alerts.evaluate(clock.instant());

        assertThat(report.alerts()).containsExactly(new RiskAlerts.Alert("D-7", RiskLevel.AT_RISK, "mo", false, false));
        assertThat(sent()).singleElement().asString().contains(":playground:team-mo", "⚠ At risk: Umbrella Health - Data Suite · $310,000 · Commit · closes Nov 16 · Ana R.",
                "Close date Nov 16 has passed; the deal is still in Proof.", "No next step.",
                "Ask Ana: \"What has to happen for Umbrella Health to sign, and who has to do it?\"", "[Review with Ana]", "[Snooze 7 days]", "[Not a risk]");
        assertThat(alerts.evaluate(clock.instant()).alerts()).as("the same state again").isEmpty();
        assertThat(sent()).isEmpty();
    }

    @Test
    void worseIsAlertedAgainBetterIsNotAndARiskThatComesBackIsNew() {
        stores.deals().save(deal("", LocalDate.of(2026, 11, 16), Stage.PROOF));
        alerts.evaluate(clock.instant());

        Deal stale = new Deal("D-7", "Umbrella Health - Data Suite", "Umbrella Health", "ana", Money.of("310000", "USD"), Stage.PROOF,
                ForecastCategory.COMMIT, LocalDate.of(2026, 11, 16), "", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 20));
        stores.deals().save(stale);
        assertThat(alerts.evaluate(clock.instant()).alerts()).as("a new reason: stale").extracting(RiskAlerts.Alert::level)
                .containsExactly(RiskLevel.LIKELY_TO_SLIP);

        stores.deals().save(deal("", LocalDate.of(2026, 11, 16), Stage.PROOF));
        assertThat(alerts.evaluate(clock.instant()).alerts()).as("better, still at risk: quiet").isEmpty();

        stores.deals().save(deal("Demo to the CFO", LocalDate.of(2027, 1, 20), Stage.PROOF));
        assertThat(alerts.evaluate(clock.instant()).levels()).containsEntry(RiskLevel.NONE, 1);
        stores.deals().save(deal("", LocalDate.of(2026, 11, 16), Stage.PROOF));
        assertThat(alerts.evaluate(clock.instant()).alerts()).as("back at risk after it was fine").hasSize(1);
    }

    @Test
    void aSnoozeSilencesTheDealForSevenDaysAndNotARiskUntilItsFactsChange() {
        dev.dealcoach.core.conversation.ChatScript chat = dev.dealcoach.core.conversation.ChatScript.over(stores, Playbooks.bundled(), clock);
        stores.deals().save(deal("", LocalDate.of(2026, 11, 16), Stage.PROOF));

        chat.as("mo").says("risk snooze D-7").expectReply("Snoozed: no slip-risk alert on Umbrella Health - Data Suite until Dec 8.");
        assertThat(alerts.evaluate(clock.instant()).alerts()).isEmpty();
        clock.set(java.time.Instant.parse("2026-12-09T12:00:00Z"));
        assertThat(alerts.evaluate(clock.instant()).alerts()).as("the snooze ran out").hasSize(1);

        stores.deals().save(new Deal("D-8", "Initech - Pilot", "Initech", "ana", Money.of("90000", "USD"), Stage.PROOF,
                ForecastCategory.COMMIT, LocalDate.of(2026, 11, 20), "", LocalDate.of(2026, 12, 8), LocalDate.of(2026, 11, 20)));
        chat.as("mo").says("risk dismiss D-8").expectReply("Noted: Initech - Pilot is not a risk.");
        assertThat(alerts.evaluate(clock.instant()).alerts()).isEmpty();
        stores.deals().save(new Deal("D-8", "Initech - Pilot", "Initech", "ana", Money.of("60000", "USD"), Stage.PROOF,
                ForecastCategory.COMMIT, LocalDate.of(2026, 11, 20), "", LocalDate.of(2026, 12, 8), LocalDate.of(2026, 11, 20)));
        assertThat(alerts.evaluate(clock.instant()).alerts()).as("its amount changed").extracting(RiskAlerts.Alert::dealId)
                .containsExactly("D-8");

        chat.as("ana").says("risk snooze D-1043").expectReply("I don't know a deal D-1043 in your team.");
    }

    @Test
    void theDemoArrivesWithAHistoryThatTheHistoryRulesRead() {
        InMemoryStores demo = new InMemoryStores(clock);
        new DataImport(demo).importDemo(clock);
        new DataImport(demo).seedDemoDealHistory(clock);
        new DataImport(demo).seedDemoDealHistory(clock);
        assertThat(demo.dealHistory().of(List.of("D-1018")).get("D-1018")).as("seeded once").hasSize(2);

        SlipRiskRules rules = SlipRiskRules.bundled(Playbooks.bundled().elementIds());
        dev.dealcoach.core.model.Org org = demo.org().load().orElseThrow();
        LocalDate today = LocalDate.of(2026, 12, 1);
        java.util.Map<String, List<DealChange>> history = demo.dealHistory().of(List.of("D-1018", "D-1074", "D-1013"));
        java.util.function.Function<String, List<String>> rulesOf = id -> {
            Deal deal = demo.deals().find(id).orElseThrow();
            return rules.assess(deal, java.util.Optional.empty(), new DealHistory(deal, history.get(id)), org.calendar().quarterOf(today),
                    today).reasons().stream().map(RiskReason::rule).toList();
        };
        assertThat(rulesOf.apply("D-1018")).contains("close-pushed");
        assertThat(rulesOf.apply("D-1074")).contains("downgraded-from-commit", "amount-down");
        assertThat(rulesOf.apply("D-1013")).contains("stage-age");
    }

    @Test
    void beyondFiveAlertsADayAManagersAlertsFoldIntoOneMessage() {
        List<Deal> risky = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            risky.add(new Deal("D-" + (100 + i), "Deal " + i, "Account " + i, "ana", Money.of(Integer.toString(10_000 * i), "USD"),
                    Stage.PROOF, ForecastCategory.COMMIT, LocalDate.of(2026, 11, 16), "", LocalDate.of(2026, 11, 30),
                    LocalDate.of(2026, 11, 20)));
        }
        stores.deals().replaceAll(risky);

        RiskAlerts.Report report = alerts.evaluate(clock.instant());

        assertThat(report.alerts()).hasSize(7);
        assertThat(report.alerts()).filteredOn(RiskAlerts.Alert::folded).extracting(RiskAlerts.Alert::dealId).hasSize(2);
        List<String> sent = sent();
        assertThat(sent).hasSize(6);
        assertThat(sent).filteredOn(text -> text.startsWith("risk-digest:")).singleElement().asString()
                .contains("⚠ 2 more deals at risk (you have had 5 alerts today):", "Deal 1 · $10k · at risk · Ana R.", "Deal 2 · $20k");

        stores.deals().save(new Deal("D-200", "Deal 8", "Account 8", "ana", Money.of("5000", "USD"), Stage.PROOF, ForecastCategory.COMMIT,
                LocalDate.of(2026, 11, 16), "", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20)));
        assertThat(alerts.evaluate(clock.instant()).alerts()).singleElement().extracting(RiskAlerts.Alert::folded).isEqualTo(true);
        clock.set(java.time.Instant.parse("2026-12-02T12:00:00Z"));
        stores.deals().save(new Deal("D-201", "Deal 9", "Account 9", "ana", Money.of("5000", "USD"), Stage.PROOF, ForecastCategory.COMMIT,
                LocalDate.of(2026, 11, 16), "", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20)));
        assertThat(alerts.evaluate(clock.instant()).alerts()).as("a new day").singleElement().extracting(RiskAlerts.Alert::folded)
                .isEqualTo(false);
    }

    @Test
    void whatManagersDoWithAlertsIsCountedInTheirStats() {
        dev.dealcoach.core.conversation.ChatScript chat = dev.dealcoach.core.conversation.ChatScript.over(stores, Playbooks.bundled(), clock);
        stores.deals().save(deal("", LocalDate.of(2026, 11, 16), Stage.PROOF));
        stores.deals().save(new Deal("D-8", "Initech - Pilot", "Initech", "ria", Money.of("90000", "USD"), Stage.PROOF,
                ForecastCategory.COMMIT, LocalDate.of(2026, 11, 20), "", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20)));
        assertThat(alerts.evaluate(clock.instant()).alerts()).hasSize(2);

        chat.as("mo").says("risk review D-7").expectReply("Asked Ana to review Umbrella Health - Data Suite");
        chat.as("mo").says("stats").expectReply("Slip-risk alerts acted on this quarter (reviewed, snoozed or called not a risk): Mo C. 1 of 2.");
        chat.as("dana").says("stats").expectReply("Mo C. 1 of 2");
    }

    /** What was queued for {@code personId}'s DM since the last look (what a turn says to someone else goes through the outbox). */
    private String toDm(String personId) {
        PlainTextRenderer text = new PlainTextRenderer();
        return stores.outbox().claim("test", 100, Duration.ZERO, Duration.ofMinutes(5)).stream()
                .flatMap(c -> c.envelope().messages().stream())
                .filter(o -> o instanceof dev.dealcoach.core.conversation.Outgoing.Send send
                        && send.to().equals(dev.dealcoach.core.conversation.Destination.dm(personId)))
                .map(o -> text.render(o.message())).collect(Collectors.joining("\n"));
    }

    @Test
    void reviewWithRepStartsTheReviewInTheRepsDmAndTellsTheManagerTheVerdict() {
        dev.dealcoach.core.conversation.ChatScript chat = dev.dealcoach.core.conversation.ChatScript.over(stores, Playbooks.bundled(), clock);
        stores.deals().save(deal("", LocalDate.of(2026, 11, 16), Stage.PROOF));

        chat.as("mo").says("risk review D-7").expectReply("Asked Ana to review Umbrella Health - Data Suite in their DM; "
                + "you will see the verdict when they finish.");
        assertThat(toDm("ana")).contains("Mo asks you to review Umbrella Health - Data Suite together: Close date Nov 16 has passed; "
                + "the deal is still in Proof.", "Mo sees the verdict when you finish.", "1/");
        chat.as("mo").says("risk review D-7").expectReply("You asked Ana for this earlier today");

        chat.as("ana");
        for (int i = 0; i < 20 && !chat.reply().contains("Verdict"); i++) {
            chat.says("don't know");
        }
        chat.expectReply("Verdict: DISQUALIFY");
        assertThat(toDm("mo")).isEqualTo("Ana R. reviewed Umbrella Health - Data Suite as you asked: disqualify. "
                + "Type `deal D-7` to see the scores and next steps.");
        assertThat(stores.reviews().latest("D-7")).get().extracting(r -> r.reviewerId()).isEqualTo("ana");
    }

    @Test
    void aRepBusyWithAnotherFlowGetsAButtonInstead() {
        dev.dealcoach.core.conversation.ChatScript chat = dev.dealcoach.core.conversation.ChatScript.over(stores, Playbooks.bundled(), clock);
        stores.deals().save(deal("", LocalDate.of(2026, 11, 16), Stage.PROOF));
        stores.deals().save(new Deal("D-9", "Initech - Pilot", "Initech", "ana", Money.of("90000", "USD"), Stage.PROOF,
                ForecastCategory.PIPELINE, LocalDate.of(2027, 2, 20), "Demo", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20)));
        chat.as("ana").says("review D-9").expectReply("1/");

        chat.as("mo").says("risk review D-7").expectReply("Ana is in the middle of the review of Initech - Pilot, so I left them a "
                + "button to start this when they are done.");
        assertThat(toDm("ana")).contains("Mo asks you to review Umbrella Health - Data Suite together", "[Review Umbrella Health]");
        chat.as("ana").says("don't know").expectReply("2/");
        chat.as("ana").says("cancel");

        // The button left for her: the review Mo asked for, so Mo still hears the verdict.
        chat.as("ana").says("risk review D-7 asked-by mo").expectReply("Mo asks you to review Umbrella Health - Data Suite together",
                "Mo sees the verdict when you finish.", "1/");
        for (int i = 0; i < 20 && !chat.reply().contains("Verdict"); i++) {
            chat.says("don't know");
        }
        assertThat(toDm("mo")).startsWith("Ana R. reviewed Umbrella Health - Data Suite as you asked");
        chat.as("ria").says("risk review D-7 asked-by mo").expectReply("I don't know a deal D-7 in your team.");
    }

    @Test
    void aReviewAManagerAskedForWaitsForTheRepAndAskingAgainRemindsThem() {
        dev.dealcoach.core.conversation.ChatScript chat = dev.dealcoach.core.conversation.ChatScript.over(stores, Playbooks.bundled(), clock);
        Outreach outreach = new Outreach(DealCoachCore.coach(stores, stores.contacts(), Playbooks.bundled(), clock), stores.outbox(), clock);
        stores.deals().save(deal("", LocalDate.of(2026, 11, 16), Stage.PROOF));
        stores.deals().save(new Deal("D-9", "Initech - Pilot", "Initech", "ana", Money.of("90000", "USD"), Stage.PROOF,
                ForecastCategory.PIPELINE, LocalDate.of(2027, 2, 20), "Demo", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20)));
        chat.as("mo").says("risk review D-7").expectReply("Asked Ana");
        toDm("ana");

        var coach = DealCoachCore.coach(stores, stores.contacts(), Playbooks.bundled(), clock);
        var checkIn = dev.dealcoach.core.review.ReviewFlow.startFor(Playbooks.bundled().defaultPlaybook(), coach.speaker("ana").orElseThrow(),
                stores.deals().find("D-9").orElseThrow());
        assertThat(outreach.start("ana", dev.dealcoach.core.conversation.Destination.dm("ana"), checkIn, "checkin:test:ana:2026-12-01"))
                .as("an unanswered check-in gives way to the next; a review someone asked for does not")
                .isInstanceOf(dev.dealcoach.core.conversation.StartResult.Busy.class);

        chat.as("mo").says("risk review D-7").expectReply("You asked Ana for this earlier today and they have not finished it: "
                + "I reminded them.");
        assertThat(toDm("ana")).contains("1/");
    }

    @Test
    void outOfHoursAnAlertToAManagersDmWaitsForTheirMorning() {
        // Mo owns a deal: his manager Dana (Chicago) has no alert channel, so she hears of it in her DM.
        stores.deals().save(new Deal("D-8", "Initech - Pilot", "Initech", "mo", Money.of("90000", "USD"), Stage.PROOF,
                ForecastCategory.COMMIT, LocalDate.of(2026, 11, 20), "", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20)));
        clock.set(java.time.Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(alerts.evaluate(clock.instant()).alerts()).as("03:00 in Chicago")
                .containsExactly(new RiskAlerts.Alert("D-8", RiskLevel.AT_RISK, "dana", false, true));
        assertThat(sent()).isEmpty();

        clock.set(java.time.Instant.parse("2026-12-01T14:07:00Z"));
        alerts.evaluate(clock.instant());
        assertThat(sent()).singleElement().asString().contains(":person:dana", "⚠ Good morning, Dana: 1 deal in your team",
                "They came out of your working hours, so they waited.");

        clock.set(java.time.Instant.parse("2026-12-01T18:00:00Z"));
        stores.deals().save(new Deal("D-10", "Hooli - Expansion", "Hooli", "mo", Money.of("50000", "USD"), Stage.PROOF,
                ForecastCategory.COMMIT, LocalDate.of(2026, 11, 25), "", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20)));
        assertThat(alerts.evaluate(clock.instant()).alerts()).as("noon in Chicago: at once")
                .containsExactly(new RiskAlerts.Alert("D-10", RiskLevel.AT_RISK, "dana", false, false));
    }

    @Test
    void aManagerWhoChoseTheMorningDigestGetsHeldAlertsInOneMessageEachWorkingMorning() {
        dev.dealcoach.core.conversation.ChatScript chat = dev.dealcoach.core.conversation.ChatScript.over(stores, Playbooks.bundled(), clock);
        chat.as("mo").says("risk alerts morning").expectReply("wait for one message each working morning, from 08:00 your time");
        chat.as("ana").says("risk alerts morning").expectReply("Slip-risk alerts go to managers");
        stores.deals().save(deal("", LocalDate.of(2026, 11, 16), Stage.PROOF));

        // 07:00 in New York: held, nothing sent.
        assertThat(alerts.evaluate(clock.instant()).alerts()).containsExactly(new RiskAlerts.Alert("D-7", RiskLevel.AT_RISK, "mo", false, true));
        assertThat(sent()).isEmpty();

        clock.set(java.time.Instant.parse("2026-12-01T13:30:00Z"));
        stores.deals().save(new Deal("D-8", "Initech - Pilot", "Initech", "omar", Money.of("90000", "USD"), Stage.PROOF,
                ForecastCategory.COMMIT, LocalDate.of(2026, 11, 20), "", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20)));
        RiskAlerts.Report morning = alerts.evaluate(clock.instant());
        assertThat(morning.alerts()).extracting(RiskAlerts.Alert::dealId, RiskAlerts.Alert::held, RiskAlerts.Alert::folded)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("D-8", true, false),
                        org.assertj.core.groups.Tuple.tuple("D-7", false, true), org.assertj.core.groups.Tuple.tuple("D-8", false, true));
        assertThat(sent()).singleElement().asString().startsWith("risk-morning:mo:2026-12-01").contains(
                "⚠ Good morning, Mo: 2 deals in your team at risk of slipping, worst first:",
                "- Umbrella Health - Data Suite · $310k · at risk · Ana R.: Close date Nov 16 has passed",
                "- Initech - Pilot · $90k · at risk · Omar H.: Close date Nov 20 has passed",
                "[Review Umbrella Health with Ana] [Review Initech with Omar]", "`risk alerts each`");
        assertThat(alerts.evaluate(clock.instant()).alerts()).as("sent once").isEmpty();

        clock.set(java.time.Instant.parse("2026-12-01T14:30:00Z"));
        stores.deals().save(new Deal("D-9", "Hooli - Expansion", "Hooli", "ana", Money.of("50000", "USD"), Stage.PROOF,
                ForecastCategory.COMMIT, LocalDate.of(2026, 11, 25), "", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 20)));
        alerts.evaluate(clock.instant());
        assertThat(sent()).as("today's digest went out: this one waits for tomorrow's").isEmpty();

        chat.as("mo").says("risk alerts each").expectReply("come as they happen", "These were waiting for your next morning digest:",
                "- Hooli - Expansion (`risk review D-9`)");
        assertThat(stores.risk().takeHeld("mo")).isEmpty();
    }

    @Test
    void aHeldDealThatRecoveredBeforeTheMorningIsLeftOutAndNoDigestGoesOnAWeekend() {
        stores.risk().morningDigest("mo", true);
        stores.deals().save(deal("", LocalDate.of(2026, 11, 16), Stage.PROOF));
        clock.set(java.time.Instant.parse("2026-12-05T12:00:00Z"));
        alerts.evaluate(clock.instant());
        clock.set(java.time.Instant.parse("2026-12-05T14:00:00Z"));
        alerts.evaluate(clock.instant());
        assertThat(sent()).as("Saturday").isEmpty();

        stores.deals().save(deal("Signing call Monday", LocalDate.of(2026, 12, 20), Stage.NEGOTIATION));
        clock.set(java.time.Instant.parse("2026-12-07T13:10:00Z"));
        alerts.evaluate(clock.instant());
        assertThat(sent()).as("no longer at risk: nothing to say").isEmpty();
        assertThat(stores.risk().takeHeld("mo")).isEmpty();
    }

    @Test
    void aRepSeesTheirOwnDealsAtRiskOnTheirHomeAndTheirManagerDoesNotGetThatSection() {
        dev.dealcoach.core.conversation.Coach coach = DealCoachCore.coach(stores, stores.contacts(), Playbooks.bundled(), clock);
        PlainTextRenderer text = new PlainTextRenderer();
        assertThat(text.render(coach.home("ana"))).doesNotContain("At risk of slipping");

        stores.deals().save(deal("", LocalDate.of(2026, 11, 16), Stage.PROOF));

        assertThat(text.render(coach.home("ana"))).contains("At risk of slipping",
                "Umbrella Health - Data Suite · $310k · at risk: Close date Nov 16 has passed; the deal is still in Proof.",
                "[Review Umbrella Health]");
        assertThat(text.render(coach.home("mo"))).doesNotContain("At risk of slipping");
    }
}
