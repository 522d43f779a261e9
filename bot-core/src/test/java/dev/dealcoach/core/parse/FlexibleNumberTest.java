package dev.dealcoach.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FlexibleNumberTest {

    @Test
    void readsWholeNumbers() {
        assertThat(FlexibleNumber.parse("12")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("12"));
        assertThat(FlexibleNumber.parse("0")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("0"));
    }

    @Test
    void readsThousandsCommas() {
        assertThat(FlexibleNumber.parse("1,200")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1200"));
        assertThat(FlexibleNumber.parse("1,234,567.5"))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("1234567.5"));
    }

    @Test
    void readsDecimals() {
        assertThat(FlexibleNumber.parse("3.5")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("3.5"));
        assertThat(FlexibleNumber.parse(".5")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("0.5"));
    }

    @Test
    void ignoresSurroundingSpaces() {
        assertThat(FlexibleNumber.parse(" 7 ")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("7"));
    }

    @Test
    void acceptsNegatives() {
        assertThat(FlexibleNumber.parse("-2")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("-2"));
        assertThat(FlexibleNumber.parse("-1,500.25"))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("-1500.25"));
    }

    @Test
    void readsNumberWordsFromZeroToTwelveInAnyCase() {
        assertThat(FlexibleNumber.parse("zero")).hasValue(BigDecimal.ZERO);
        assertThat(FlexibleNumber.parse("Three")).hasValue(BigDecimal.valueOf(3));
        assertThat(FlexibleNumber.parse("TWELVE")).hasValue(BigDecimal.valueOf(12));
        assertThat(FlexibleNumber.parse("thirteen")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12 seats      | 12
            12 Seats      | 12
            three people  | 3
            about 50      | 50
            ~40           | 40
            ~ 40 users    | 40
            around 1,200  | 1200
            roughly 12    | 12
            20 or so      | 20
            12ish         | 12
            1,200 licences | 1200
            """)
    void readsANumberWithWhatItCountsOrMarkedAsApproximate(String text, String expected) {
        assertThat(FlexibleNumber.parse(text)).as(text).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 seats and 3 admins", "12 thousand", "12 k", "12 or 13", "12 per month", "seats 12",
            "about", "12 more", "3 dozen", "12 %", "a dozen"})
    void rejectsANumberWithMoreThanWhatItCounts(String text) {
        assertThat(FlexibleNumber.parse(text)).as(text).isEmpty();
    }

    @Test
    void rejectsText() {
        assertThat(FlexibleNumber.parse("abc")).isEmpty();
        assertThat(FlexibleNumber.parse("")).isEmpty();
        assertThat(FlexibleNumber.parse("   ")).isEmpty();
        assertThat(FlexibleNumber.parse(null)).isEmpty();
    }

    @Test
    void rejectsMalformedNumbers() {
        assertThat(FlexibleNumber.parse("1.2.3")).isEmpty();
        assertThat(FlexibleNumber.parse("1,20")).isEmpty();
        assertThat(FlexibleNumber.parse("4,50,000")).isEmpty();
        assertThat(FlexibleNumber.parse("--2")).isEmpty();
        assertThat(FlexibleNumber.parse("3.")).isEmpty();
        assertThat(FlexibleNumber.parse(".")).isEmpty();
        assertThat(FlexibleNumber.parse("-")).isEmpty();
    }

    @Test
    void containsNumberSpotsAnyDigit() {
        assertThat(FlexibleNumber.containsNumber("cut churn by 8%")).isTrue();
        assertThat(FlexibleNumber.containsNumber("Q3")).isTrue();
        assertThat(FlexibleNumber.containsNumber("saves a lot of time")).isFalse();
        assertThat(FlexibleNumber.containsNumber("three people")).isFalse();
        assertThat(FlexibleNumber.containsNumber("")).isFalse();
        assertThat(FlexibleNumber.containsNumber(null)).isFalse();
    }
}
