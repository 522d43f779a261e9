package dev.dealcoach.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.model.Money;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class FlexibleMoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    private static void assertParses(String text, String amount, String currency) {
        assertThat(FlexibleMoney.parse(text, USD)).as(text).hasValue(Money.of(amount, currency));
    }

    private static void assertRejects(String text) {
        assertThat(FlexibleMoney.parse(text, USD)).as(text).isEmpty();
    }

    @Test
    void readsMillionSuffixes() {
        assertParses("$1.2M", "1200000", "USD");
        assertParses("1.2m", "1200000", "USD");
        assertParses("2.5 million", "2500000", "USD");
        assertParses("1.2 mil", "1200000", "USD");
        assertParses("$1.2 mm", "1200000", "USD");
        assertParses("3mn", "3000000", "USD");
        assertParses("$.5m", "500000", "USD");
    }

    @Test
    void readsThousandSuffixes() {
        assertParses("450k", "450000", "USD");
        assertParses("450K", "450000", "USD");
        assertParses("$450k", "450000", "USD");
        assertParses("$ 450 k", "450000", "USD");
        assertParses("300 thousand", "300000", "USD");
    }

    @Test
    void readsBillionSuffixes() {
        assertParses("1b", "1000000000", "USD");
        assertParses("1bn", "1000000000", "USD");
        assertParses("1.5 billion", "1500000000", "USD");
    }

    @Test
    void readsPlainAndGroupedDigits() {
        assertParses("450,000", "450000", "USD");
        assertParses("450000", "450000", "USD");
        assertParses("450,000.50", "450000.50", "USD");
        assertParses("$450,000.", "450000", "USD");
        assertParses("0", "0", "USD");
    }

    @Test
    void readsCurrencySymbols() {
        assertParses("€300k", "300000", "EUR");
        assertParses("£80,000", "80000", "GBP");
    }

    @Test
    void readsIsoCodesBeforeOrAfterTheAmountInAnyCase() {
        assertParses("USD 200000", "200000", "USD");
        assertParses("200000 USD", "200000", "USD");
        assertParses("EUR 1.5M", "1500000", "EUR");
        assertParses("chf 90k", "90000", "CHF");
        assertParses("USD200000", "200000", "USD");
    }

    @Test
    void usesTheDefaultCurrencyWhenNoneIsWritten() {
        assertThat(FlexibleMoney.parse("450k", EUR)).hasValue(Money.of("450000", "EUR"));
        assertThat(FlexibleMoney.parse("$450k", EUR)).hasValue(Money.of("450000", "USD"));
    }

    @Test
    void letsAnIsoCodeOverrideTheSharedDollarSign() {
        assertParses("$200k CAD", "200000", "CAD");
        assertParses("$200k USD", "200000", "USD");
    }

    @Test
    void rejectsClashingCurrencies() {
        assertRejects("€200k GBP");
        assertRejects("USD 200k EUR");
    }

    @Test
    void roundsExtraDecimalsHalfUpToTheMinorUnit() {
        assertParses("$1.234567k", "1234.57", "USD");
        assertParses("$19.995", "20.00", "USD");
        assertParses("JPY 1.2345k", "1235", "JPY");
    }

    @Test
    void rejectsNegativeAmounts() {
        assertRejects("-450k");
        assertRejects("-$450k");
        assertRejects("$-450k");
    }

    @Test
    void rejectsGarbage() {
        assertRejects("lots");
        assertRejects("tbd");
        assertRejects("1.2.3");
        assertRejects("$");
        assertRejects("k");
        assertRejects("");
        assertRejects(null);
        assertRejects("two million");
    }

    @Test
    void rejectsSeveralNumbersAndSurroundingWords() {
        assertRejects("450k 500k");
        assertRejects("about 450k");
        assertRejects("450k per year");
        assertRejects("450 000");
    }

    @Test
    void rejectsGroupingsThatAreNotThousands() {
        assertRejects("4,50,000");
        assertRejects("1.234,56");
        assertRejects("1,2M");
    }

    @Test
    void findsAnAmountWithACurrencySymbolInASentence() {
        assertThat(FlexibleMoney.findIn("saves them $2M a year", USD)).hasValue(Money.of("2000000", "USD"));
        assertThat(FlexibleMoney.findIn("quoted them (~€45,000.00), pending", USD)).hasValue(Money.of("45000", "EUR"));
        assertThat(FlexibleMoney.findIn("pilot at $.5m first", USD)).hasValue(Money.of("500000", "USD"));
        assertThat(FlexibleMoney.findIn("list price: $99/mo", USD)).hasValue(Money.of("99", "USD"));
    }

    @Test
    void findsAnAmountWithASuffixInASentence() {
        assertThat(FlexibleMoney.findIn("costs 300k per quarter", USD)).hasValue(Money.of("300000", "USD"));
        assertThat(FlexibleMoney.findIn("costs 300k, per quarter", EUR)).hasValue(Money.of("300000", "EUR"));
    }

    @Test
    void findsAnAmountWithACapitalIsoCodeInASentence() {
        assertThat(FlexibleMoney.findIn("budget is EUR 1.5M for 2027", USD)).hasValue(Money.of("1500000", "EUR"));
        assertThat(FlexibleMoney.findIn("signed for 80000 GBP last week", USD)).hasValue(Money.of("80000", "GBP"));
    }

    @Test
    void findsTheFirstAmountWhenThereAreSeveral() {
        assertThat(FlexibleMoney.findIn("12 reps, $40k now and $90k next year", USD))
                .hasValue(Money.of("40000", "USD"));
    }

    @Test
    void ignoresPlainNumbersInASentence() {
        assertThat(FlexibleMoney.findIn("cut churn 8%", USD)).isEmpty();
        assertThat(FlexibleMoney.findIn("about 40 people", USD)).isEmpty();
        assertThat(FlexibleMoney.findIn("close in Q3 2027", USD)).isEmpty();
        assertThat(FlexibleMoney.findIn("", USD)).isEmpty();
        assertThat(FlexibleMoney.findIn(null, USD)).isEmpty();
    }

    @Test
    void ignoresLowerCaseWordsThatHappenToBeCurrencyCodes() {
        assertThat(FlexibleMoney.findIn("we need 5 all in", USD)).isEmpty();
        assertThat(FlexibleMoney.findIn("try 3 top options", USD)).isEmpty();
    }

    @Test
    void ignoresNumbersGluedToOtherWords() {
        assertThat(FlexibleMoney.findIn("ran a 5km race with 3 b2b buyers", USD)).isEmpty();
        assertThat(FlexibleMoney.findIn("v2m release", USD)).isEmpty();
    }

    @Test
    void ignoresRangesAndNegativeAmountsInASentence() {
        assertThat(FlexibleMoney.findIn("somewhere in $20-30k", USD)).isEmpty();
        assertThat(FlexibleMoney.findIn("a -$5k adjustment", USD)).isEmpty();
    }
}
