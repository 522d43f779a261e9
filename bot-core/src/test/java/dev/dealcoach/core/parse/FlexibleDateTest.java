package dev.dealcoach.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FlexibleDateTest {

    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static void assertParses(String text, LocalDate expected) {
        assertThat(FlexibleDate.parse(text, TODAY)).as(text).hasValue(expected);
    }

    private static void assertRejects(String text) {
        assertThat(FlexibleDate.parse(text, TODAY)).as(text).isEmpty();
    }

    @Test
    void todayIsAMonday() {
        assertThat(TODAY.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void readsIsoDates() {
        assertParses("2026-12-15", date(2026, 12, 15));
        assertParses(" 2027-01-05. ", date(2027, 1, 5));
    }

    @Test
    void readsMonthAndDayInEitherOrder() {
        assertParses("Dec 15", date(2026, 12, 15));
        assertParses("December 15", date(2026, 12, 15));
        assertParses("15 Dec", date(2026, 12, 15));
        assertParses("15 december", date(2026, 12, 15));
        assertParses("Dec. 15.", date(2026, 12, 15));
        assertParses("sept 3", date(2026, 9, 3));
    }

    @Test
    void readsOrdinalDays() {
        assertParses("Dec 15th", date(2026, 12, 15));
        assertParses("1st of December", date(2026, 12, 1));
        assertParses("the 15th of December", date(2026, 12, 15));
        assertParses("December 15th, 2027", date(2027, 12, 15));
    }

    @Test
    void readsExplicitYears() {
        assertParses("Dec 15 2026", date(2026, 12, 15));
        assertParses("Dec 15, 2026", date(2026, 12, 15));
        assertParses("15 Dec 2026", date(2026, 12, 15));
        assertParses("Nov 9 2028", date(2028, 11, 9));
    }

    @Test
    void picksTheYearThatPutsAMonthDayClosestToToday() {
        assertParses("Nov 9", date(2026, 11, 9));
        assertParses("Jan 10", date(2027, 1, 10));
        assertParses("Dec 15", date(2026, 12, 15));
        assertParses("May 24", date(2027, 5, 24));
        assertParses("May 25", date(2026, 5, 25));
    }

    @Test
    void rejectsSlashedAndDottedNumericDatesAsAmbiguous() {
        assertRejects("12/15/2026");
        assertRejects("15/12/2026");
        assertRejects("12/15");
        assertRejects("15.12.2026");
    }

    @Test
    void rejectsDaysThatDoNotExist() {
        assertRejects("Feb 30");
        assertRejects("2026-13-01");
        assertRejects("2026-02-29");
        assertRejects("Dec 32");
        assertRejects("Feb 29");
    }

    @Test
    void readsTodayTomorrowAndYesterday() {
        assertParses("today", TODAY);
        assertParses("Tomorrow.", date(2026, 11, 24));
        assertParses("YESTERDAY", date(2026, 11, 22));
    }

    @Test
    void readsABareWeekdayAsTheComingOne() {
        assertParses("friday", date(2026, 11, 27));
        assertParses("Fri", date(2026, 11, 27));
        assertParses("tues", date(2026, 11, 24));
    }

    @Test
    void readsTodaysWeekdayAsNextWeeksDay() {
        assertParses("monday", date(2026, 11, 30));
    }

    @Test
    void readsNextFridayFromAMondayAsTheComingFriday() {
        assertParses("next friday", date(2026, 11, 27));
        assertParses("this Friday", date(2026, 11, 27));
    }

    @Test
    void readsLastWeekdayAsTheMostRecentOneBeforeToday() {
        assertParses("last tuesday", date(2026, 11, 17));
        assertParses("last Friday", date(2026, 11, 20));
        assertParses("last monday", date(2026, 11, 16));
    }

    @Test
    void readsPeriodsAhead() {
        assertParses("in 3 days", date(2026, 11, 26));
        assertParses("in 2 weeks", date(2026, 12, 7));
        assertParses("in 1 month", date(2026, 12, 23));
        assertParses("in a week", date(2026, 11, 30));
        assertParses("in two weeks", date(2026, 12, 7));
    }

    @Test
    void readsPeriodsAgo() {
        assertParses("3 days ago", date(2026, 11, 20));
        assertParses("2 weeks ago", date(2026, 11, 9));
        assertParses("a month ago", date(2026, 10, 23));
        assertParses("twelve months ago", date(2025, 11, 23));
    }

    @Test
    void readsNextAndLastWeekAndMonth() {
        assertParses("next week", date(2026, 11, 30));
        assertParses("last week", date(2026, 11, 16));
        assertParses("next month", date(2026, 12, 23));
    }

    @Test
    void readsEndOfMonthAndYear() {
        assertParses("end of month", date(2026, 11, 30));
        assertParses("End of the month", date(2026, 11, 30));
        assertParses("end of year", date(2026, 12, 31));
        assertThat(FlexibleDate.parse("end of month", date(2028, 2, 3))).hasValue(date(2028, 2, 29));
    }

    @Test
    void rejectsTextThatIsNotJustADate() {
        assertRejects("");
        assertRejects("   ");
        assertRejects(null);
        assertRejects("soon");
        assertRejects("15");
        assertRejects("December");
        assertRejects("in 3.5 days");
        assertRejects("in -2 days");
        assertRejects("in an hour");
        assertRejects("friday afternoon");
        assertRejects("last day");
    }

    @Test
    void findsLastWeekdayInASentence() {
        assertThat(FlexibleDate.findIn("Dana Whitfield, CFO, met her last Tuesday", TODAY)).hasValue(date(2026, 11, 17));
    }

    @Test
    void findsAMonthDayInASentence() {
        assertThat(FlexibleDate.findIn("spoke on Nov 9 about pricing", TODAY)).hasValue(date(2026, 11, 9));
        assertThat(FlexibleDate.findIn("kickoff is on the 15th of December, confirmed", TODAY))
                .hasValue(date(2026, 12, 15));
        assertThat(FlexibleDate.findIn("signed Dec 15, 2025 with legal", TODAY)).hasValue(date(2025, 12, 15));
    }

    @Test
    void findsRelativePhrasesInASentence() {
        assertThat(FlexibleDate.findIn("call 2 weeks ago", TODAY)).hasValue(date(2026, 11, 9));
        assertThat(FlexibleDate.findIn("Raj (VP Ops), worked with him yesterday", TODAY)).hasValue(date(2026, 11, 22));
        assertThat(FlexibleDate.findIn("Demo's booked for Friday.", TODAY)).hasValue(date(2026, 11, 27));
        assertThat(FlexibleDate.findIn("next call is Wed 3pm", TODAY)).hasValue(date(2026, 11, 25));
        assertThat(FlexibleDate.findIn("they want to close by end of the month", TODAY)).hasValue(date(2026, 11, 30));
        assertThat(FlexibleDate.findIn("contract sent 2026-11-02, no reply", TODAY)).hasValue(date(2026, 11, 2));
    }

    @Test
    void prefersTheLongestPhraseThenTheLeftmost() {
        assertThat(FlexibleDate.findIn("met Friday, follow-up in 2 weeks", TODAY)).hasValue(date(2026, 12, 7));
        assertThat(FlexibleDate.findIn("yesterday or tomorrow", TODAY)).hasValue(date(2026, 11, 22));
    }

    @Test
    void findsNothingInASentenceWithoutADate() {
        assertThat(FlexibleDate.findIn("they cut churn 8% with 2 new hires", TODAY)).isEmpty();
        assertThat(FlexibleDate.findIn("they may sign if legal agrees", TODAY)).isEmpty();
        assertThat(FlexibleDate.findIn("we sat down with the Sun team", TODAY)).isEmpty();
        assertThat(FlexibleDate.findIn("invoice dated 12/15/2026", TODAY)).isEmpty();
        assertThat(FlexibleDate.findIn("", TODAY)).isEmpty();
        assertThat(FlexibleDate.findIn(null, TODAY)).isEmpty();
    }
}
