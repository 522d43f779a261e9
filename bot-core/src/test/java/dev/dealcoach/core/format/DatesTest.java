package dev.dealcoach.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void writesADateThisYearAsMonthAndDay() {
        assertThat(Dates.date(LocalDate.of(2026, 12, 12), TODAY)).isEqualTo("Dec 12");
        assertThat(Dates.date(LocalDate.of(2026, 9, 3), TODAY)).isEqualTo("Sep 3");
        assertThat(Dates.date(LocalDate.of(2026, 1, 1), TODAY)).isEqualTo("Jan 1");
    }

    @Test
    void writesTheYearOfADateInAnotherYear() {
        assertThat(Dates.date(LocalDate.of(2027, 1, 5), TODAY)).isEqualTo("Jan 5, 2027");
        assertThat(Dates.date(LocalDate.of(2025, 11, 23), TODAY)).isEqualTo("Nov 23, 2025");
    }

    @Test
    void saysTodayTomorrowAndYesterday() {
        assertThat(Dates.distance(TODAY, TODAY)).isEqualTo("today");
        assertThat(Dates.distance(TODAY.plusDays(1), TODAY)).isEqualTo("tomorrow");
        assertThat(Dates.distance(TODAY.minusDays(1), TODAY)).isEqualTo("yesterday");
    }

    @Test
    void countsDaysAheadAndAgo() {
        assertThat(Dates.distance(LocalDate.of(2026, 12, 12), TODAY)).isEqualTo("19 days");
        assertThat(Dates.distance(LocalDate.of(2026, 11, 16), TODAY)).isEqualTo("7 days ago");
        assertThat(Dates.distance(TODAY.plusDays(2), TODAY)).isEqualTo("2 days");
        assertThat(Dates.distance(TODAY.minusDays(2), TODAY)).isEqualTo("2 days ago");
        assertThat(Dates.distance(LocalDate.of(2027, 11, 23), TODAY)).isEqualTo("365 days");
    }

    @Test
    void writesADateWithItsDistance() {
        assertThat(Dates.withDistance(LocalDate.of(2026, 12, 12), TODAY)).isEqualTo("Dec 12 (19 days)");
        assertThat(Dates.withDistance(LocalDate.of(2026, 11, 16), TODAY)).isEqualTo("Nov 16 (7 days ago)");
        assertThat(Dates.withDistance(TODAY, TODAY)).isEqualTo("Nov 23 (today)");
        assertThat(Dates.withDistance(LocalDate.of(2027, 1, 5), TODAY)).isEqualTo("Jan 5, 2027 (43 days)");
    }

    @Test
    void countsAcrossTheTurnOfTheYear() {
        LocalDate newYearsEve = LocalDate.of(2026, 12, 31);

        assertThat(Dates.withDistance(LocalDate.of(2027, 1, 1), newYearsEve)).isEqualTo("Jan 1, 2027 (tomorrow)");
        assertThat(Dates.withDistance(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 1)))
                .isEqualTo("Dec 30, 2026 (2 days ago)");
    }
}
