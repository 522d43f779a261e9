package dev.dealcoach.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DealFieldsTest {

    @Test
    void stagesMatchWhateverCaseAndSeparatorsACrmUses() {
        assertThat(Stage.parse("Closed Won")).contains(Stage.CLOSED_WON);
        assertThat(Stage.parse("closed_won")).contains(Stage.CLOSED_WON);
        assertThat(Stage.parse(" CLOSED-LOST ")).contains(Stage.CLOSED_LOST);
        assertThat(Stage.parse("negotiation")).contains(Stage.NEGOTIATION);
        assertThat(Stage.parse("Won")).isEmpty();
        assertThat(Stage.parse("")).isEmpty();
    }

    @Test
    void forecastCategoriesMatchLikewise() {
        assertThat(ForecastCategory.parse("best case")).contains(ForecastCategory.BEST_CASE);
        assertThat(ForecastCategory.parse("BEST_CASE")).contains(ForecastCategory.BEST_CASE);
        assertThat(ForecastCategory.parse("Commit")).contains(ForecastCategory.COMMIT);
        assertThat(ForecastCategory.parse("Upside")).isEmpty();
    }

    @Test
    void onlyClosedStagesAreNotOpen() {
        assertThat(Stage.CLOSE.isOpen()).isTrue();
        assertThat(Stage.CLOSED_WON.isOpen()).isFalse();
        assertThat(Stage.CLOSED_LOST.isOpen()).isFalse();
    }

    @Test
    void moneyKeepsTheCurrencysDecimalsAndAddsExactly() {
        Money a = Money.of("0.1", "USD");
        Money b = Money.of("0.2", "USD");

        assertThat(a.plus(b).amount()).isEqualTo(new BigDecimal("0.30"));
        assertThat(Money.of("240000", "USD")).isEqualTo(Money.of("240000.00", "USD"));
        assertThat(Money.of("500", "JPY").amount()).isEqualTo(new BigDecimal("500"));
    }

    @Test
    void moneyRefusesFractionsTheCurrencyDoesNotHaveAndMixedCurrencies() {
        assertThatThrownBy(() -> Money.of("10.001", "USD")).hasMessageContaining("more decimals than USD");
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR"))).hasMessageContaining("USD with EUR");
    }
}
