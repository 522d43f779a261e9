package dev.dealcoach.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** History derived from successive loads, and the slip-risk rules that read it, at their boundaries. */
class DealHistoryTest {

    private static final FiscalQuarter Q4 = new FiscalCalendar(2).quarterOf(LocalDate.of(2026, 12, 1));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final SlipRiskRules rules = SlipRiskRules.bundled(dev.dealcoach.core.review.Playbooks.bundled().elementIds());

    private static Deal deal(String amount, Stage stage, ForecastCategory category, LocalDate close) {
        return new Deal("D-7", "Umbrella - Data Suite", "Umbrella Health", "ana", Money.of(amount, "USD"), stage, category, close,
                "Legal review", TODAY, LocalDate.of(2026, 11, 20));
    }

    @Test
    void successiveLoadsBecomeDatedChangesOfTheFieldsThatMoved() {
        Deal before = deal("300000", Stage.PROOF, ForecastCategory.COMMIT, LocalDate.of(2026, 12, 10));
        Deal after = deal("200000", Stage.NEGOTIATION, ForecastCategory.BEST_CASE, LocalDate.of(2026, 12, 24));

        assertThat(DealChange.between(before, after, TODAY)).extracting(c -> c.field() + " " + c.from() + " -> " + c.to())
                .containsExactly("close-date 2026-12-10 -> 2026-12-24", "stage PROOF -> NEGOTIATION", "amount USD 300000.00 -> USD 200000.00",
                        "forecast-category COMMIT -> BEST_CASE");
        assertThat(DealChange.between(before, before, TODAY)).isEmpty();
    }

    @Test
    void pushesCountLaterCloseDatesInTheQuarterAndTheirDays() {
        Deal now = deal("300000", Stage.NEGOTIATION, ForecastCategory.COMMIT, LocalDate.of(2027, 1, 20));
        DealHistory once = new DealHistory(now, List.of(new DealChange("D-7", DealChange.CLOSE_DATE, "2026-12-20", "2027-01-20",
                LocalDate.of(2026, 11, 25))));
        DealHistory twice = new DealHistory(now, List.of(
                new DealChange("D-7", DealChange.CLOSE_DATE, "2026-12-01", "2026-12-10", LocalDate.of(2026, 11, 10)),
                new DealChange("D-7", DealChange.CLOSE_DATE, "2026-12-10", "2026-12-05", LocalDate.of(2026, 11, 12)),
                new DealChange("D-7", DealChange.CLOSE_DATE, "2026-12-05", "2026-12-12", LocalDate.of(2026, 11, 20)),
                new DealChange("D-7", DealChange.CLOSE_DATE, "2026-10-01", "2026-12-01", LocalDate.of(2026, 10, 20))));

        assertThat(once.pushes(Q4)).isEqualTo(1);
        assertThat(once.daysPushed(Q4)).isEqualTo(31);
        assertThat(twice.pushes(Q4)).as("a pull-in is no push; last quarter's are not this quarter's").isEqualTo(2);
        assertThat(twice.daysPushed(Q4)).isEqualTo(16);
        assertThat(rulesOf(once)).as("31 days in all").contains("close-pushed");
        assertThat(rulesOf(twice)).contains("close-pushed");
        assertThat(rulesOf(new DealHistory(now, List.of(new DealChange("D-7", DealChange.CLOSE_DATE, "2026-12-20", "2027-01-19",
                LocalDate.of(2026, 11, 25)))))).as("once, 30 days: not yet").doesNotContain("close-pushed");
    }

    @Test
    void stageAgeAmountDropsAndADowngradeFromCommit() {
        Deal proof = deal("300000", Stage.PROOF, ForecastCategory.BEST_CASE, LocalDate.of(2027, 1, 20));
        DealHistory entered = new DealHistory(proof, List.of(new DealChange("D-7", DealChange.STAGE, "EVALUATION", "PROOF",
                TODAY.minusDays(46))));
        assertThat(entered.inStageSince()).contains(TODAY.minusDays(46));
        assertThat(new DealHistory(proof, List.of()).inStageSince()).as("no stage change seen yet").isEmpty();
        assertThat(rulesOf(new DealHistory(proof, List.of()))).doesNotContain("stage-age");
        assertThat(rulesOf(entered)).contains("stage-age");
        assertThat(rulesOf(new DealHistory(proof, List.of(new DealChange("D-7", DealChange.STAGE, "EVALUATION", "PROOF",
                TODAY.minusDays(45)))))).doesNotContain("stage-age");

        DealHistory cut = new DealHistory(proof, List.of(
                new DealChange("D-7", DealChange.AMOUNT, "USD 400000.00", "USD 380000.00", LocalDate.of(2026, 11, 5)),
                new DealChange("D-7", DealChange.AMOUNT, "USD 380000.00", "USD 300000.00", LocalDate.of(2026, 11, 25)),
                new DealChange("D-7", DealChange.CATEGORY, "COMMIT", "BEST_CASE", LocalDate.of(2026, 11, 25))));
        assertThat(cut.amountDrop(Q4)).contains(new BigDecimal("0.2500"));
        assertThat(cut.downgradedFromCommit(Q4)).isTrue();
        assertThat(rules.assess(proof, Optional.empty(), cut, Q4, TODAY).reasons()).extracting(RiskReason::text)
                .contains("Downgraded from Commit to Best Case this quarter.", "Amount down 25% this quarter.");
        assertThat(new DealHistory(proof, List.of(new DealChange("D-7", DealChange.AMOUNT, "USD 375000.00", "USD 300000.00",
                LocalDate.of(2026, 11, 25)))).amountDrop(Q4)).as("exactly 20%").contains(new BigDecimal("0.2000"));
        assertThat(rulesOf(new DealHistory(proof, List.of(new DealChange("D-7", DealChange.AMOUNT, "USD 375000.00", "USD 300000.00",
                LocalDate.of(2026, 11, 25)))))).doesNotContain("amount-down");
    }

    private List<String> rulesOf(DealHistory history) {
        return rules.assess(history.deal(), Optional.empty(), history, Q4, TODAY).reasons().stream().map(RiskReason::rule).toList();
    }
}
