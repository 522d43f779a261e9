package dev.dealcoach.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {

    private final FiscalCalendar february = new FiscalCalendar(2);

    @Test
    void novemberIsTheLastQuarterOfAFebruaryYearNamedAfterTheYearItEnds() {
        FiscalQuarter q = february.quarterOf(LocalDate.of(2026, 11, 23));

        assertThat(q.label()).isEqualTo("Q4 FY27");
        assertThat(q.start()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(q.end()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(q.weekOf(LocalDate.of(2026, 11, 23))).isEqualTo(4);
        assertThat(q.weeks()).isEqualTo(13);
    }

    @Test
    void januaryStillBelongsToTheFiscalYearThatStartedLastFebruary() {
        FiscalQuarter q = february.quarterOf(LocalDate.of(2027, 1, 31));

        assertThat(q.fiscalYear()).isEqualTo(2027);
        assertThat(q.quarter()).isEqualTo(4);
        assertThat(february.next(q).label()).isEqualTo("Q1 FY28");
        assertThat(february.next(q).start()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(february.previous(q).label()).isEqualTo("Q3 FY27");
    }

    @Test
    void calendarYearQuartersWhenTheYearStartsInJanuary() {
        FiscalCalendar january = new FiscalCalendar(1);

        assertThat(january.quarterOf(LocalDate.of(2026, 3, 31)).label()).isEqualTo("Q1 FY26");
        assertThat(january.quarterOf(LocalDate.of(2026, 4, 1)).label()).isEqualTo("Q2 FY26");
        assertThat(january.quarterOf(LocalDate.of(2024, 2, 29)).end()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void currentQuarterFollowsTheInjectedClockAndItsZone() {
        Instant newYearInLondon = Instant.parse("2026-10-31T23:30:00Z");
        Clock london = Clock.fixed(newYearInLondon, ZoneId.of("Europe/London"));
        Clock tokyo = Clock.fixed(newYearInLondon, ZoneId.of("Asia/Tokyo"));

        assertThat(february.currentQuarter(london).label()).isEqualTo("Q3 FY27");
        assertThat(february.currentQuarter(tokyo).label()).isEqualTo("Q4 FY27");
    }

    @Test
    void rejectsMonthsOutsideTheYear() {
        assertThatThrownBy(() -> new FiscalCalendar(13)).hasMessageContaining("1 to 12");
        assertThatThrownBy(() -> new FiscalCalendar(0)).hasMessageContaining("1 to 12");
    }
}
