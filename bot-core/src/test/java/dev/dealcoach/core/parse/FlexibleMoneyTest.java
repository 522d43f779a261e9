package dev.dealcoach.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.model.Money;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FlexibleMoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    private static Currency currency(String code) {
        return Currency.getInstance(code);
    }

    private static void assertParses(String text, String amount, String currency) {
        assertThat(FlexibleMoney.parse(text, USD)).as(text).hasValue(Money.of(amount, currency));
    }

    private static void assertRejects(String text) {
        assertThat(FlexibleMoney.parse(text, USD)).as(text).isEmpty();
    }

    private static void assertFinds(String sentence, String amount, String currency) {
        assertThat(FlexibleMoney.findIn(sentence, USD)).as(sentence).hasValue(Money.of(amount, currency));
    }

    private static void assertFindsNothing(String sentence) {
        assertThat(FlexibleMoney.findIn(sentence, USD)).as(sentence).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            $1.2M       | 1200000 | USD
            1.2m        | 1200000 | USD
            2.5 million | 2500000 | USD
            1.2 mil     | 1200000 | USD
            $1.2 mm     | 1200000 | USD
            3mn         | 3000000 | USD
            $.5m        | 500000  | USD
            """)
    void readsMillionSuffixes(String text, String amount, String currency) {
        assertParses(text, amount, currency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            450k         | 450000 | USD
            450K         | 450000 | USD
            $450k        | 450000 | USD
            $ 450 k      | 450000 | USD
            300 thousand | 300000 | USD
            """)
    void readsThousandSuffixes(String text, String amount, String currency) {
        assertParses(text, amount, currency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1b          | 1000000000 | USD
            1bn         | 1000000000 | USD
            1.5 billion | 1500000000 | USD
            """)
    void readsBillionSuffixes(String text, String amount, String currency) {
        assertParses(text, amount, currency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            300 grand            | 300000     | USD
            300grand             | 300000     | USD
            1.2 million          | 1200000    | USD
            1.2 million dollars  | 1200000    | USD
            $1.2 million dollars | 1200000    | USD
            2 billion            | 2000000000 | USD
            50 bucks             | 50         | USD
            80,000 euros         | 80000      | EUR
            2 million pounds     | 2000000    | GBP
            5 million yen        | 5000000    | JPY
            """)
    void readsAmountsAsTheyAreSaid(String text, String amount, String currency) {
        assertParses(text, amount, currency);
    }

    @ParameterizedTest
    @ValueSource(strings = {"300 grand a year", "dollars 300", "a grand"})
    void refusesSpokenAmountsWithMoreWordsThanTheAmount(String text) {
        assertRejects(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ¥5,000,000     | USD | 5000000 | JPY
            ¥5,000,000     | CNY | 5000000 | CNY
            $200k          | CAD | 200000  | CAD
            200k dollars   | AUD | 200000  | AUD
            $200k          | EUR | 200000  | USD
            $200k USD      | CAD | 200000  | USD
            £80k           | EUR | 80000   | GBP
            €300k          | USD | 300000  | EUR
            CHF 90k        | EUR | 90000   | CHF
            """)
    void keepsTheCurrencyWrittenAndReadsASharedSignAsTheOrgsOwnWhenItIsOneOfThem(
            String text, String defaultCurrency, String amount, String currency) {
        assertThat(FlexibleMoney.parse(text, currency(defaultCurrency))).as(text).hasValue(Money.of(amount, currency));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2,5M        | 2500000
            2,5 Mio     | 2500000
            0,5 Mrd     | 500000000
            1.234,56 €  | 1234.56
            1.234,56    | 1234.56
            12,50       | 12.50
            450.000     | 450000
            450.000 €   | 450000
            €1,500      | 1500
            1,234.56    | 1234.56
            1.234.567   | 1234567
            1.5M        | 1500000
            €1.250M     | 1250000
            450k        | 450000
            """)
    void readsADecimalCommaInACurrencyWrittenThatWay(String text, String amount) {
        assertThat(FlexibleMoney.parse(text, EUR)).as(text).hasValue(Money.of(amount, "EUR"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.234,56 €   | 1234.56 | EUR
            EUR 2,5M     | 2500000 | EUR
            SEK 2,5M     | 2500000 | SEK
            BRL 1.234,56 | 1234.56 | BRL
            """)
    void readsTheNotationOfTheCurrencyWrittenNotTheOrgs(String text, String amount, String currency) {
        assertParses(text, amount, currency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            $2,5M     | 2500000
            2,5M      | 2500000
            1.234,56  | 1234.56
            1.234.567 | 1234567
            """)
    void refusesADecimalCommaInACurrencyWrittenWithAPointSayingWhatItWouldMean(String text, String meant) {
        assertThat(FlexibleMoney.read(text, USD)).as(text).isEqualTo(new FlexibleMoney.DecimalComma(Money.of(meant, "USD")));
        assertRejects(text);
    }

    @Test
    void saysANegativeAmountIsNegative() {
        assertThat(FlexibleMoney.read("-450k", USD)).isEqualTo(new FlexibleMoney.Negative(Money.of("-450000", "USD")));
        assertThat(FlexibleMoney.read("lots", USD)).isEqualTo(new FlexibleMoney.NotAnAmount());
        assertThat(FlexibleMoney.read("4,50,000", USD)).isEqualTo(new FlexibleMoney.NotAnAmount());
        assertThat(FlexibleMoney.read("$1.2M", USD)).isEqualTo(new FlexibleMoney.Amount(Money.of("1200000", "USD")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            450,000    | 450000    | USD
            450000     | 450000    | USD
            450,000.50 | 450000.50 | USD
            $450,000.  | 450000    | USD
            0          | 0         | USD
            """)
    void readsPlainAndGroupedDigits(String text, String amount, String currency) {
        assertParses(text, amount, currency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            €300k   | 300000 | EUR
            £80,000 | 80000  | GBP
            """)
    void readsCurrencySymbols(String text, String amount, String currency) {
        assertParses(text, amount, currency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            USD 200000 | 200000  | USD
            200000 USD | 200000  | USD
            EUR 1.5M   | 1500000 | EUR
            chf 90k    | 90000   | CHF
            USD200000  | 200000  | USD
            """)
    void readsIsoCodesBeforeOrAfterTheAmountInAnyCase(String text, String amount, String currency) {
        assertParses(text, amount, currency);
    }

    @Test
    void usesTheDefaultCurrencyWhenNoneIsWritten() {
        assertThat(FlexibleMoney.parse("450k", EUR)).hasValue(Money.of("450000", "EUR"));
        assertThat(FlexibleMoney.parse("$450k", EUR)).hasValue(Money.of("450000", "USD"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            $200k CAD | 200000 | CAD
            $200k USD | 200000 | USD
            """)
    void letsAnIsoCodeOverrideTheSharedDollarSign(String text, String amount, String currency) {
        assertParses(text, amount, currency);
    }

    @ParameterizedTest
    @ValueSource(strings = {"€200k GBP", "USD 200k EUR"})
    void rejectsClashingCurrencies(String text) {
        assertRejects(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            $1.234567k  | 1234.57 | USD
            $19.995     | 20.00   | USD
            JPY 1.2345k | 1235    | JPY
            """)
    void roundsExtraDecimalsHalfUpToTheMinorUnit(String text, String amount, String currency) {
        assertParses(text, amount, currency);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-450k", "-$450k", "$-450k"})
    void rejectsNegativeAmounts(String text) {
        assertRejects(text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"lots", "tbd", "1.2.3", "$", "k", "two million"})
    void rejectsGarbage(String text) {
        assertRejects(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"450k 500k", "450k per year", "450 000", "about", "450k about", "maybe 450k"})
    void rejectsSeveralNumbersAndSurroundingWords(String text) {
        assertRejects(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            about 200k         | 200000  | USD
            ~200k              | 200000  | USD
            ~ 200k             | 200000  | USD
            around $1.2M       | 1200000 | USD
            roughly 300k       | 300000  | USD
            Approx. €50k       | 50000   | EUR
            approximately 450k | 450000  | USD
            300k or so         | 300000  | USD
            200k-ish           | 200000  | USD
            ≈ 1.5M             | 1500000 | USD
            """)
    void dropsWhatMarksAnAmountAsApproximate(String text, String amount, String currency) {
        assertParses(text, amount, currency);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            half a million          | 500000    | USD
            a half million          | 500000    | USD
            a quarter million       | 250000    | USD
            quarter of a million    | 250000    | USD
            about half a million    | 500000    | USD
            half a million euros    | 500000    | EUR
            half a billion          | 500000000 | USD
            """)
    void readsHalfAndAQuarterOfAScale(String text, String amount, String currency) {
        assertParses(text, amount, currency);
    }

    @ParameterizedTest
    @ValueSource(strings = {"half", "a quarter", "half a grand", "half of it", "a million"})
    void refusesFractionsOfNothing(String text) {
        assertRejects(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"200-300k", "200k-300k", "$200k - $300k", "200–300k", "200k to 300k", "between 200k and 300k",
            "$1M to $1.5M", "about 200-300k", "1-2", "200k or 300k"})
    void refusesARangeAsARange(String text) {
        assertThat(FlexibleMoney.read(text, USD)).as(text).isEqualTo(new FlexibleMoney.Range());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-15", "$-450k", "-450k", "200k to", "to 300k", "between 200k", "200k and more"})
    void readsNoRangeWhereThereAreNotTwoAmounts(String text) {
        assertThat(FlexibleMoney.read(text, USD)).as(text).isNotEqualTo(new FlexibleMoney.Range());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4,50,000", "1.234,56", "1,2M"})
    void rejectsGroupingsThatAreNotThousands(String text) {
        assertRejects(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            saves them $2M a year               | 2000000 | USD
            quoted them (~€45,000.00), pending  | 45000   | EUR
            pilot at $.5m first                 | 500000  | USD
            list price: $99/mo                  | 99      | USD
            """)
    void findsAnAmountWithACurrencySymbolInASentence(String sentence, String amount, String currency) {
        assertFinds(sentence, amount, currency);
    }

    @Test
    void findsAnAmountWithASuffixInASentence() {
        assertThat(FlexibleMoney.findIn("costs 300k per quarter", USD)).hasValue(Money.of("300000", "USD"));
        assertThat(FlexibleMoney.findIn("costs 300k, per quarter", EUR)).hasValue(Money.of("300000", "EUR"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            budget is EUR 1.5M for 2027     | 1500000 | EUR
            signed for 80000 GBP last week  | 80000   | GBP
            """)
    void findsAnAmountWithACapitalIsoCodeInASentence(String sentence, String amount, String currency) {
        assertFinds(sentence, amount, currency);
    }

    @Test
    void findsTheFirstAmountWhenThereAreSeveral() {
        assertFinds("12 reps, $40k now and $90k next year", "40000", "USD");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"cut churn 8%", "about 40 people", "close in Q3 2027"})
    void ignoresPlainNumbersInASentence(String sentence) {
        assertFindsNothing(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"we need 5 all in", "try 3 top options"})
    void ignoresLowerCaseWordsThatHappenToBeCurrencyCodes(String sentence) {
        assertFindsNothing(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ran a 5km race with 3 b2b buyers", "v2m release"})
    void ignoresNumbersGluedToOtherWords(String sentence) {
        assertFindsNothing(sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"somewhere in $20-30k", "a -$5k adjustment"})
    void ignoresRangesAndNegativeAmountsInASentence(String sentence) {
        assertFindsNothing(sentence);
    }
}
