package dev.dealcoach.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Stage;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealNumbersTest {

    private static final FiscalQuarter Q4 = new FiscalCalendar(2).quarterOf(LocalDate.of(2026, 11, 23));

    private static Deal deal(String id, String amount, String currency, Stage stage, ForecastCategory category, String close) {
        return new Deal(id, id, id, "ria", Money.of(amount, currency), stage, category, LocalDate.parse(close), "", null,
                LocalDate.of(2026, 6, 1));
    }

    @Test
    void commitIncludesClosedWonAndBestCaseIncludesCommitWhilePipelineIsEveryOpenDeal() {
        DealNumbers numbers = DealNumbers.of(List.of(
                deal("won", "100", "USD", Stage.CLOSED_WON, ForecastCategory.CLOSED, "2026-11-10"),
                deal("commit", "200", "USD", Stage.NEGOTIATION, ForecastCategory.COMMIT, "2026-12-12"),
                deal("best", "300", "USD", Stage.PROOF, ForecastCategory.BEST_CASE, "2027-01-20"),
                deal("pipe", "400", "USD", Stage.DISCOVERY, ForecastCategory.PIPELINE, "2027-01-31"),
                deal("omitted", "500", "USD", Stage.EVALUATION, ForecastCategory.OMITTED, "2026-12-01"),
                deal("lost", "600", "USD", Stage.CLOSED_LOST, ForecastCategory.OMITTED, "2026-11-12"),
                deal("next-quarter", "700", "USD", Stage.NEGOTIATION, ForecastCategory.COMMIT, "2027-02-01"),
                deal("euros", "800", "EUR", Stage.NEGOTIATION, ForecastCategory.COMMIT, "2026-12-01")),
                Q4, Currency.getInstance("USD"));

        assertThat(numbers.numbers()).isEqualTo(new ForecastNumbers(Money.of("100", "USD"), Money.of("300", "USD"),
                Money.of("600", "USD"), Money.of("900", "USD")));
        assertThat(numbers.counted()).extracting(Deal::id).containsExactly("won", "commit", "best", "pipe");
        assertThat(numbers.otherCurrencies()).containsExactly("EUR");
    }
}
