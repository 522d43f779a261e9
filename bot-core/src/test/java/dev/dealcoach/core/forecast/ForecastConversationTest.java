package dev.dealcoach.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.ChatScript;
import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.review.Playbooks;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forecast calls and the rollup through the real engine with the demo org on Monday 2026-11-23,
 * week 4 of Q4 FY27 (Nov 1 - Jan 31). Dana directs Mo (Ria, Ana, Omar, Priya), Sam (Lee, Jo, Ben,
 * Mia) and Lena (Felix, Nina, Tariq, Sofia).
 */
class ForecastConversationTest {

    private static final String WEEK = "FY27-Q4-W04";
    private final MutableClock clock = MutableClock.at("2026-11-23T15:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private ChatScript chat;

    @BeforeEach
    void startWithTheDemoOrg() {
        new DataImport(stores).importDemo(clock);
        chat = ChatScript.over(stores, Playbooks.bundled(), clock);
    }

    private ForecastNumbers ownDeals(String person) {
        return DealNumbers.of(stores.deals().ownedBy(person), ForecastWeek.of(stores.org().load().orElseThrow().calendar(),
                java.time.LocalDate.of(2026, 11, 23)).quarter(), java.util.Currency.getInstance("USD")).numbers();
    }

    @Test
    void aRepSubmitsWhatTheirDealsSayInOneClick() {
        chat.as("ria").says("forecast submit").expectReply(
                "Your Q4 FY27 call, week 4 of 13. From your deals: Closed $128k, Commit $368k, Best case $368k, Pipeline $507k.",
                "1/4 Submit these numbers for Q4 FY27?", "[Submit as is]", "[Adjust]");

        chat.clicks("Submit as is").expectReply("Your Q4 FY27 call for week 4 of 13 is in: Closed $128k, Commit $368k");

        ForecastCall call = stores.forecasts().latest("ria", WEEK).orElseThrow();
        assertThat(call.called()).isEqualTo(ownDeals("ria")).isEqualTo(call.fromDeals());
        assertThat(call.submittedBy()).isEqualTo("ria");
        assertThat(call.at()).isEqualTo(clock.instant());
    }

    @Test
    void adjustingOpensAFormKeepsWhatReadsAndAsksWhyForAFarOverride() {
        chat.as("mo").says("forecast submit").clicks("Adjust");
        Block.Form form = chat.lastReply().stream().flatMap(o -> o.message().blocks().stream())
                .filter(Block.Form.class::isInstance).map(Block.Form.class::cast).findFirst().orElseThrow();
        assertThat(form.inputs()).extracting(Block.Input::id).containsExactly("commit", "best-case", "pipeline");

        chat.submits(form.formId(), Map.of("commit", "$1.8M", "best-case", "1,500,000", "pipeline", "2.9M"))
                .expectReply("Best case can't be below your commit of $1.8M", "Your other answers are kept.", "3/4");
        chat.says("2.6M").expectReply("That is more than 10% away from where it started. Why, in one line?");
        chat.says("Globex signs early: the CFO confirmed Dec 12").expectReply("Your Q4 FY27 call for week 4 of 13 is in:",
                "Commit $1.8M, Best case $2.6M, Pipeline $2.9M", "It started at Commit $1.5M");

        ForecastCall call = stores.forecasts().latest("mo", WEEK).orElseThrow();
        assertThat(call.called().commit()).isEqualTo(Money.of("1800000", "USD"));
        assertThat(call.note()).isEqualTo("Globex signs early: the CFO confirmed Dec 12");
        assertThat(call.fromDeals().commit()).as("Mo's team sum: Ria, Ana, Omar and Priya from their deals")
                .isEqualTo(ownDeals("ria").plus(ownDeals("ana")).plus(ownDeals("omar")).plus(ownDeals("priya")).commit());
    }

    @Test
    void typedOverridesAreCheckedAndACloseOneNeedsNoReason() {
        chat.as("ria").says("forecast submit").clicks("Adjust");

        chat.says("60M").expectReply("That is more than 100 times your quota of $500k: check the number.", "2/4");
        chat.says("-5k").expectReply("can't be negative", "2/4");
        chat.says("don't know").expectReply("A call needs a number: it starts at $368k.", "2/4");
        chat.says("380k").expectReply("3/4 Your best case");
        chat.says("390k").expectReply("4/4 Your open pipeline");
        chat.says("$520,000").expectReply("is in: Closed $128k, Commit $380k, Best case $390k, Pipeline $520k.");

        assertThat(stores.forecasts().latest("ria", WEEK).orElseThrow().note()).isEmpty();
        assertThat(stores.conversations().find(new ConversationKey("ria", "dm"))).isEmpty();
    }

    @Test
    void everyVersionIsKeptAndTheLatestCounts() {
        chat.as("ria").says("forecast submit").clicks("Submit as is");
        clock.advance(Duration.ofHours(2));
        chat.says("forecast submit").expectReply("This replaces your call of this week so far (Commit $368k).")
                .clicks("Adjust").says("370k").says("370k").says("510k");

        assertThat(stores.forecasts().versions("ria", WEEK)).hasSize(2).first()
                .satisfies(latest -> assertThat(latest.called().commit()).isEqualTo(Money.of("370000", "USD")));
        assertThat(stores.forecasts().latest("ria", WEEK).orElseThrow().called().commit()).isEqualTo(Money.of("370000", "USD"));
    }

    @Test
    void aManagersCallStandsBesideTheTeamSumAndCountsUpTheTree() {
        chat.as("ria").says("forecast submit").clicks("Submit as is");
        chat.as("mo").says("forecast submit").clicks("Adjust").says("1.6M").says("2.6M").says("2.9M");

        chat.as("mo").says("forecast").expectReply("Q4 FY27 forecast: your team", "week 4 of 13", "Ria P.", "Ana R. (deals)",
                "Team sum", "Your call", "$1.6M", "Missing this week (3): Ana R., Omar H., Priya N.");
        chat.as("dana").says("forecast").expectReply("Mo C.", "$1.6M", "Sam K.", "Lena V.", "Total", "[Drill into Mo]",
                "Missing this week (11): Ana R. (Mo's team)", "Reps at or above quota: 0 of 12", "win rate this quarter ");
    }

    @Test
    void eachPersonSeesTheirOwnScopeAndNoOneElses() {
        chat.as("ria").says("forecast").expectReply("Q4 FY27 forecast: your forecast", "Your deals", "$368k");
        assertThat(chat.reply()).doesNotContain("Ana", "Omar", "Team");
        chat.says("forecast ana").expectReply("Ana Ruiz is not in your team: you can see your own forecast.");
        chat.says("forecast dana").expectReply("Dana Diaz is not in your team");

        chat.as("mo").says("forecast lee").expectReply("Lee Okafor is not in your team: you can see your own forecast and your team's.");
        chat.as("mo").says("forecast ria").expectReply("Q4 FY27 forecast: Ria Patel", "Deals", "$368k");
        chat.as("dana").says("forecast sam").expectReply("Q4 FY27 forecast: Sam Kowalski's team", "Lee O. (deals)", "Total");
        chat.as("dana").says("forecast").clicks("Drill into Lena").expectReply("Lena Vogel's team", "Felix B.");
    }

    @Test
    void someoneAwayIsShownAsAwayNotMissing() {
        chat.as("lee").says("forecast away").expectReply("Marked you away for week 4 of 13 of Q4 FY27");

        chat.as("sam").says("forecast").expectReply("Missing this week (3): Jo P., Ben C., Mia T.", "Away: Lee O.");
    }

    @Test
    void forecastWordsInTheMiddleOfAReviewAreCommandsOnlyWhenTheyAreOne() {
        chat.as("ria").says("review globex").says("forecast submit")
                .expectReply("You are in the middle of the review of Globex Freight - Platform (question 1/13).");
        chat.clicks("Go on with this one").says("Forecast says Dana signs; met her last Tuesday").expectReply("2/13");
    }

    @Test
    void theDealsBehindTheNumbersAreOneClickAway() {
        chat.as("ria").says("forecast submit").clicks("The deals behind these")
                .expectReply("Deals behind your Q4 FY27 numbers", "Commit $240k", "Globex Freight - Platform · $240k · Negotiation · Dec 12");
        assertThat(chat.reply()).doesNotContain("Ana");

        chat.as("mo").says("forecast deals").expectReply("Deals behind your team's Q4 FY27 numbers", "Globex Freight - Platform", "Ria P.");
    }

    @Test
    void theDemoArrivesWithSixWeeksOfCallsSoAFirstRunShowsATrendAndAMissingList() {
        new DataImport(stores).seedDemoForecasts(clock);
        new DataImport(stores).seedDemoForecasts(clock);

        assertThat(stores.forecasts().versions("ria", WEEK)).as("seeded once, restart or not").hasSize(1);
        chat.as("dana").says("forecast").expectReply("Commit trend ", ", 4 weeks)", "Missing this week (2): ", "Away: ");
        assertThat(chat.reply()).containsPattern("[+-]\\$[0-9.]+[kM]");
        chat.as("mo").says("forecast").expectReply("Commit trend ", "Commit accuracy: Q3 FY27 ", "(the standard is 90%)");
    }
}
