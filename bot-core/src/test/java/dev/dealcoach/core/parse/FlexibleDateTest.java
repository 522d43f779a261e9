package dev.dealcoach.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.model.FiscalCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FlexibleDateTest {

    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** Fiscal years from Feb 1: Nov 23, 2026 is in Q4 FY27 (Nov 1 to Jan 31). */
    private static final FiscalCalendar FEBRUARY = new FiscalCalendar(2);
    private static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(1);

    private static void assertParses(String text, LocalDate expected) {
        assertThat(FlexibleDate.parse(text, TODAY)).as(text).hasValue(expected);
    }

    private static void assertRejects(String text) {
        assertThat(FlexibleDate.parse(text, TODAY)).as(text).isEmpty();
    }

    private static void assertFinds(String sentence, LocalDate expected) {
        assertThat(FlexibleDate.findIn(sentence, TODAY)).as(sentence).hasValue(expected);
    }

    @Test
    void todayIsAMonday() {
        assertThat(TODAY.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-15      | 2026-12-15
            ' 2027-01-05. ' | 2027-01-05
            """)
    void readsIsoDates(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dec 15      | 2026-12-15
            December 15 | 2026-12-15
            15 Dec      | 2026-12-15
            15 december | 2026-12-15
            Dec. 15.    | 2026-12-15
            sept 3      | 2026-09-03
            """)
    void readsMonthAndDayInEitherOrder(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dec 15th             | 2026-12-15
            1st of December      | 2026-12-01
            the 15th of December | 2026-12-15
            December 15th, 2027  | 2027-12-15
            """)
    void readsOrdinalDays(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Dec 15 2026  | 2026-12-15
            Dec 15, 2026 | 2026-12-15
            15 Dec 2026  | 2026-12-15
            Nov 9 2028   | 2028-11-09
            """)
    void readsExplicitYears(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Nov 9  | 2026-11-09
            Jan 10 | 2027-01-10
            Dec 15 | 2026-12-15
            May 24 | 2027-05-24
            May 25 | 2026-05-25
            """)
    void picksTheYearThatPutsAMonthDayClosestToToday(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            15/12      | MONTH_FIRST | 2026-12-15
            12/15      | DAY_FIRST   | 2026-12-15
            12/15/2026 | DAY_FIRST   | 2026-12-15
            15/12/2026 | MONTH_FIRST | 2026-12-15
            15.12.2026 | MONTH_FIRST | 2026-12-15
            15.12.     | MONTH_FIRST | 2026-12-15
            15/12/26   | MONTH_FIRST | 2026-12-15
            3/4        | MONTH_FIRST | 2027-03-04
            3/4        | DAY_FIRST   | 2027-04-03
            3/4/2027   | MONTH_FIRST | 2027-03-04
            3.4.2027   | MONTH_FIRST | 2027-04-03
            by 1/2     | DAY_FIRST   | 2027-02-01
            """)
    void readsANumericDateByTheNumberOver12OrElseInTheOrgsOrder(String text, DayMonthOrder order, LocalDate expected) {
        assertThat(FlexibleDate.parse(text, TODAY, CALENDAR_YEAR, order)).as(text).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3/4", "12/11/2026", "1/2"})
    void refusesANumericDateThatCouldBeEitherWayRoundWhenNoOrderIsGiven(String text) {
        assertRejects(text);
    }

    @Test
    void readsANumericDateWithADayOver12WithoutAnOrder() {
        assertParses("15/12", LocalDate.of(2026, 12, 15));
        assertParses("12/15/2026", LocalDate.of(2026, 12, 15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02", "13/13", "15/13/2026", "0/5", "12/0", "1/2/3", "15-12-2026", "15/12/202"})
    void refusesNumericDatesThatAreNotThere(String text) {
        assertThat(FlexibleDate.parse(text, TODAY, CALENDAR_YEAR, DayMonthOrder.DAY_FIRST)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            January          | 2027-01-31
            Jan              | 2027-01-31
            november         | 2026-11-30
            October          | 2027-10-31
            end of January   | 2027-01-31
            end of Jan 2028  | 2028-01-31
            mid January      | 2027-01-15
            mid-Jan          | 2027-01-15
            middle of March  | 2027-03-15
            early Feb        | 2027-02-07
            early-February   | 2027-02-07
            late February    | 2027-02-28
            late Feb 2028    | 2028-02-29
            mid November     | 2026-11-15
            by end of Jan    | 2027-01-31
            mid next month   | 2026-12-15
            early this month | 2026-11-07
            May 2027         | 2027-05-31
            """)
    void readsAMonthAsItsLastDayAndItsEarlyMidAndLatePartsAsThe7th15thAndLastDay(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"early", "mid", "late next week", "mid Q1", "early 2027", "end of Smarch", "mid Jan 15",
            "this month", "January 27th 2026 12"})
    void refusesPartsOfWhatIsNotAMonth(String text) {
        assertRejects(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            next quarter    | 2027-03-31
            this quarter    | 2026-12-31
            last quarter    | 2026-09-30
            by next quarter | 2027-03-31
            """)
    void readsARelativeQuarterAsItsLastDay(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Feb 30", "2026-13-01", "2026-02-29", "Dec 32", "Feb 29"})
    void rejectsDaysThatDoNotExist(String text) {
        assertRejects(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            today     | 2026-11-23
            Tomorrow. | 2026-11-24
            YESTERDAY | 2026-11-22
            """)
    void readsTodayTomorrowAndYesterday(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            friday | 2026-11-27
            Fri    | 2026-11-27
            tues   | 2026-11-24
            """)
    void readsABareWeekdayAsTheComingOne(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @Test
    void readsTodaysWeekdayAsNextWeeksDay() {
        assertParses("monday", LocalDate.of(2026, 11, 30));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            next friday | 2026-11-27
            this Friday | 2026-11-27
            """)
    void readsNextFridayFromAMondayAsTheComingFriday(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            last tuesday | 2026-11-17
            last Friday  | 2026-11-20
            last monday  | 2026-11-16
            """)
    void readsLastWeekdayAsTheMostRecentOneBeforeToday(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            in 3 days    | 2026-11-26
            in 2 weeks   | 2026-12-07
            in 1 month   | 2026-12-23
            in a week    | 2026-11-30
            in two weeks | 2026-12-07
            """)
    void readsPeriodsAhead(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3 days ago        | 2026-11-20
            2 weeks ago       | 2026-11-09
            a month ago       | 2026-10-23
            twelve months ago | 2025-11-23
            """)
    void readsPeriodsAgo(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            next week  | 2026-11-30
            last week  | 2026-11-16
            next month | 2026-12-23
            """)
    void readsNextAndLastWeekAndMonth(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            end of month     | 2026-11-30
            End of the month | 2026-11-30
            end of year      | 2026-12-31
            """)
    void readsEndOfMonthAndYear(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            end of quarter        | 2026-12-31
            End of the quarter.   | 2026-12-31
            EOQ                   | 2026-12-31
            end of this quarter   | 2026-12-31
            end of next quarter   | 2027-03-31
            EOM                   | 2026-11-30
            end of next month     | 2026-12-31
            end of last month     | 2026-10-31
            EOY                   | 2026-12-31
            end of next year      | 2027-12-31
            by end of month       | 2026-11-30
            by Friday             | 2026-11-27
            """)
    void readsEndsOfPeriodsAndTheirShortForms(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Q4         | 2026-12-31
            Q1         | 2027-03-31
            q3         | 2027-09-30
            by Q2      | 2027-06-30
            end of Q1  | 2027-03-31
            Q1 2027    | 2027-03-31
            Q1 2026    | 2026-03-31
            Q2 FY27    | 2027-06-30
            FY2028 Q3  | 2028-09-30
            """)
    void readsAQuarterAsItsLastDayTheNextOneThatHasNotEndedUnlessAYearIsGiven(String text, LocalDate expected) {
        assertParses(text, expected);
    }

    @Test
    void readsTheQuarterWeAreInAsThisOne() {
        assertThat(FlexibleDate.parse("Q1", LocalDate.of(2027, 3, 31))).hasValue(LocalDate.of(2027, 3, 31));
        assertThat(FlexibleDate.parse("Q1", LocalDate.of(2027, 4, 1))).hasValue(LocalDate.of(2028, 3, 31));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            end of quarter      | 2027-01-31
            end of next quarter | 2027-04-30
            Q4                  | 2027-01-31
            Q1                  | 2027-04-30
            Q1 2027             | 2026-04-30
            Q2 FY28             | 2027-07-31
            end of fiscal year  | 2027-01-31
            EOFY                | 2027-01-31
            end of next FY      | 2028-01-31
            end of year         | 2027-01-31
            EOY                 | 2027-01-31
            end of next year    | 2028-01-31
            end of calendar year | 2026-12-31
            next quarter        | 2027-04-30
            end of month        | 2026-11-30
            """)
    void readsQuartersAndFiscalYearsInTheOrgsFiscalCalendar(String text, LocalDate expected) {
        assertThat(FlexibleDate.parse(text, TODAY, FEBRUARY, DayMonthOrder.DAY_FIRST)).as(text).hasValue(expected);
    }

    @Test
    void endsAFiscalYearThatEndsInFebruaryOnALeapDay() {
        FiscalCalendar march = new FiscalCalendar(3);

        assertThat(FlexibleDate.parse("end of next fiscal year", LocalDate.of(2027, 5, 1), march, DayMonthOrder.DAY_FIRST))
                .hasValue(LocalDate.of(2029, 2, 28));
        assertThat(FlexibleDate.parse("EOFY", LocalDate.of(2027, 5, 1), march, DayMonthOrder.DAY_FIRST)).hasValue(LocalDate.of(2028, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q5", "Q0", "Q", "end of", "end of next", "Q1 Q2", "Q1 someday", "end of week", "by"})
    void rejectsQuartersAndPeriodsThatAreNotThere(String text) {
        assertRejects(text);
    }

    @Test
    void readsEndOfAFebruaryInALeapYearAsItsTwentyNinth() {
        assertThat(FlexibleDate.parse("end of month", LocalDate.of(2028, 2, 3))).hasValue(LocalDate.of(2028, 2, 29));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "soon", "15", "in 3.5 days", "in -2 days", "in an hour",
            "friday afternoon", "last day"})
    void rejectsTextThatIsNotJustADate(String text) {
        assertRejects(text);
    }

    @Test
    void findsLastWeekdayInASentence() {
        assertFinds("Dana Whitfield, CFO, met her last Tuesday", LocalDate.of(2026, 11, 17));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            spoke on Nov 9 about pricing                     | 2026-11-09
            kickoff is on the 15th of December, confirmed    | 2026-12-15
            signed Dec 15, 2025 with legal                   | 2025-12-15
            """)
    void findsAMonthDayInASentence(String sentence, LocalDate expected) {
        assertFinds(sentence, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            call 2 weeks ago                         | 2026-11-09
            Raj (VP Ops), worked with him yesterday  | 2026-11-22
            Demo's booked for Friday.                | 2026-11-27
            next call is Wed 3pm                     | 2026-11-25
            they want to close by end of the month   | 2026-11-30
            contract sent 2026-11-02, no reply       | 2026-11-02
            """)
    void findsRelativePhrasesInASentence(String sentence, LocalDate expected) {
        assertFinds(sentence, expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            met Friday, follow-up in 2 weeks | 2026-12-07
            yesterday or tomorrow            | 2026-11-22
            """)
    void prefersTheLongestPhraseThenTheLeftmost(String sentence, LocalDate expected) {
        assertFinds(sentence, expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"they cut churn 8% with 2 new hires", "they may sign if legal agrees",
            "we sat down with the Sun team", "invoice dated 12/15/2026", "losing renewals since January",
            "we may march on"})
    void findsNothingInASentenceWithoutADate(String sentence) {
        assertThat(FlexibleDate.findIn(sentence, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            blorp, zzz, met on the 45th of Smarch | 45th of Smarch
            2026-13-45                            | 2026-13-45
            signed Feb 30 with legal              | Feb 30
            kickoff on 31 June, then Dec 3        | 31 June
            the 32nd of December                  | 32nd of December
            met Dec 3 and Feb 29                  | Feb 29
            """)
    void namesTheFirstBitShapedLikeADateThatIsNotOne(String text, String unreadable) {
        assertThat(FlexibleDate.unreadableIn(text, TODAY)).as(text).hasValue(unreadable);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"losing 3 enterprise renewals a quarter", "save $400k a year", "cut onboarding from 6 weeks to 2",
            "IT review Dec 3, then CFO sign-off", "old contract ends Jan 31", "contract sent 2026-11-02, no reply",
            "invoice dated 12/15/2026", "close in Q3 2027", "go-live in May 2027", "24/7 support", "the 2nd of three vendors",
            "Dana, CFO, met her last Tuesday", "15th of December"})
    void findsNothingUnreadableInTextWithNumbersThatAreNotDates(String text) {
        assertThat(FlexibleDate.unreadableIn(text, TODAY)).as(text).isEmpty();
    }
}
