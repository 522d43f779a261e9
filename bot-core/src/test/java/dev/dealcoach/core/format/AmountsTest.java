package dev.dealcoach.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.model.Money;
import org.junit.jupiter.api.Test;

class AmountsTest {

    private static String full(String amount, String currency) {
        return Amounts.full(Money.of(amount, currency));
    }

    private static String brief(String amount, String currency) {
        return Amounts.brief(Money.of(amount, currency));
    }

    @Test
    void writesFullAmountsWithThousandsSeparatorsAndASymbol() {
        assertThat(full("240000", "USD")).isEqualTo("$240,000");
        assertThat(full("1310000", "EUR")).isEqualTo("€1,310,000");
        assertThat(full("999", "GBP")).isEqualTo("£999");
        assertThat(full("0", "USD")).isEqualTo("$0");
    }

    @Test
    void writesTheCodeAfterAmountsInCurrenciesWithoutASymbol() {
        assertThat(full("1000", "CHF")).isEqualTo("1,000 CHF");
        assertThat(full("1500000", "JPY")).isEqualTo("1,500,000 JPY");
    }

    @Test
    void writesCentsOnlyWhenThereAreAny() {
        assertThat(full("1000.00", "USD")).isEqualTo("$1,000");
        assertThat(full("1000.5", "USD")).isEqualTo("$1,000.50");
        assertThat(full("0.99", "EUR")).isEqualTo("€0.99");
        assertThat(full("1234.05", "CHF")).isEqualTo("1,234.05 CHF");
    }

    @Test
    void writesTheMinusSignBeforeTheSymbolInFull() {
        assertThat(full("-1000", "USD")).isEqualTo("-$1,000");
        assertThat(full("-1000", "CHF")).isEqualTo("-1,000 CHF");
    }

    @Test
    void writesAmountsUnderAThousandInFullInBrief() {
        assertThat(brief("999", "USD")).isEqualTo("$999");
        assertThat(brief("0", "USD")).isEqualTo("$0");
        assertThat(brief("450.40", "USD")).isEqualTo("$450");
        assertThat(brief("450.50", "USD")).isEqualTo("$451");
    }

    @Test
    void writesThousandsWithK() {
        assertThat(brief("1000", "USD")).isEqualTo("$1k");
        assertThat(brief("450000", "USD")).isEqualTo("$450k");
        assertThat(brief("12499", "EUR")).isEqualTo("€12.5k");
        assertThat(brief("12500", "GBP")).isEqualTo("£12.5k");
        assertThat(brief("1500", "USD")).isEqualTo("$1.5k");
    }

    @Test
    void writesMillionsWithUpToTwoDecimals() {
        assertThat(brief("1310000", "USD")).isEqualTo("$1.31M");
        assertThat(brief("2000000", "USD")).isEqualTo("$2M");
        assertThat(brief("2500000", "EUR")).isEqualTo("€2.5M");
        assertThat(brief("1000000", "GBP")).isEqualTo("£1M");
        assertThat(brief("1314999", "USD")).isEqualTo("$1.31M");
        assertThat(brief("1315000", "USD")).isEqualTo("$1.32M");
    }

    @Test
    void writesBillionsWithB() {
        assertThat(brief("1500000000", "USD")).isEqualTo("$1.5B");
        assertThat(brief("1000000000", "USD")).isEqualTo("$1B");
        assertThat(brief("2750000000", "JPY")).isEqualTo("2.75B JPY");
    }

    @Test
    void writesTheCodeAfterBriefAmountsWithoutASymbol() {
        assertThat(brief("1000", "CHF")).isEqualTo("1k CHF");
        assertThat(brief("1310000", "CHF")).isEqualTo("1.31M CHF");
        assertThat(brief("500", "JPY")).isEqualTo("500 JPY");
    }

    @Test
    void writesNegativeBriefAmountsWithTheSignFirst() {
        assertThat(brief("-1310000", "USD")).isEqualTo("-$1.31M");
        assertThat(brief("-450000", "EUR")).isEqualTo("-€450k");
        assertThat(brief("-999", "USD")).isEqualTo("-$999");
        assertThat(brief("-1000", "CHF")).isEqualTo("-1k CHF");
    }

    @Test
    void roundsUpToTheNextUnitInBrief() {
        assertThat(brief("999.50", "USD")).isEqualTo("$1k");
        assertThat(brief("999999", "USD")).isEqualTo("$1M");
        assertThat(brief("999999999", "USD")).isEqualTo("$1B");
    }

    @Test
    void keepsAtMostThreeSignificantFiguresInBrief() {
        assertThat(brief("12345678", "USD")).isEqualTo("$12.3M");
        assertThat(brief("123456789", "USD")).isEqualTo("$123M");
    }
}
