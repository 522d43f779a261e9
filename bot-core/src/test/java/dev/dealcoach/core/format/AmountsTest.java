package dev.dealcoach.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.model.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    private static void assertFull(String amount, String currency, String written) {
        assertThat(Amounts.full(Money.of(amount, currency))).isEqualTo(written);
    }

    private static void assertBrief(String amount, String currency, String written) {
        assertThat(Amounts.brief(Money.of(amount, currency))).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            240000  | USD | $240,000
            1310000 | EUR | €1,310,000
            999     | GBP | £999
            0       | USD | $0
            """)
    void writesFullAmountsWithThousandsSeparatorsAndASymbol(String amount, String currency, String written) {
        assertFull(amount, currency, written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1000    | CHF | 1,000 CHF
            1500000 | JPY | 1,500,000 JPY
            """)
    void writesTheCodeAfterAmountsInCurrenciesWithoutASymbol(String amount, String currency, String written) {
        assertFull(amount, currency, written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1000.00 | USD | $1,000
            1000.5  | USD | $1,000.50
            0.99    | EUR | €0.99
            1234.05 | CHF | 1,234.05 CHF
            """)
    void writesCentsOnlyWhenThereAreAny(String amount, String currency, String written) {
        assertFull(amount, currency, written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -1000 | USD | -$1,000
            -1000 | CHF | -1,000 CHF
            """)
    void writesTheMinusSignBeforeTheSymbolInFull(String amount, String currency, String written) {
        assertFull(amount, currency, written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            999    | USD | $999
            0      | USD | $0
            450.40 | USD | $450
            450.50 | USD | $451
            """)
    void writesAmountsUnderAThousandInFullInBrief(String amount, String currency, String written) {
        assertBrief(amount, currency, written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1000   | USD | $1k
            450000 | USD | $450k
            12499  | EUR | €12.5k
            12500  | GBP | £12.5k
            1500   | USD | $1.5k
            """)
    void writesThousandsWithK(String amount, String currency, String written) {
        assertBrief(amount, currency, written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1310000 | USD | $1.31M
            2000000 | USD | $2M
            2500000 | EUR | €2.5M
            1000000 | GBP | £1M
            1314999 | USD | $1.31M
            1315000 | USD | $1.32M
            """)
    void writesMillionsWithUpToTwoDecimals(String amount, String currency, String written) {
        assertBrief(amount, currency, written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1500000000 | USD | $1.5B
            1000000000 | USD | $1B
            2750000000 | JPY | 2.75B JPY
            """)
    void writesBillionsWithB(String amount, String currency, String written) {
        assertBrief(amount, currency, written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1000    | CHF | 1k CHF
            1310000 | CHF | 1.31M CHF
            500     | JPY | 500 JPY
            """)
    void writesTheCodeAfterBriefAmountsWithoutASymbol(String amount, String currency, String written) {
        assertBrief(amount, currency, written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -1310000 | USD | -$1.31M
            -450000  | EUR | -€450k
            -999     | USD | -$999
            -1000    | CHF | -1k CHF
            """)
    void writesNegativeBriefAmountsWithTheSignFirst(String amount, String currency, String written) {
        assertBrief(amount, currency, written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            999.50    | USD | $1k
            999999    | USD | $1M
            999999999 | USD | $1B
            """)
    void roundsUpToTheNextUnitInBrief(String amount, String currency, String written) {
        assertBrief(amount, currency, written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12345678  | USD | $12.3M
            123456789 | USD | $123M
            """)
    void keepsAtMostThreeSignificantFiguresInBrief(String amount, String currency, String written) {
        assertBrief(amount, currency, written);
    }
}
