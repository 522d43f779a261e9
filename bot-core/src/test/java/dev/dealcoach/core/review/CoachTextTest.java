package dev.dealcoach.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CoachTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "Dana Whitfield, CFO, met her last Tuesday | Dana",
            "Raj Mehta, VP Ops, gets his team off spreadsheets; we met yesterday | Raj",
            "VP Ops Raj Mehta | Raj",
            "the CFO | the CFO",
            "CFO (name unknown) | CFO",
            "Zoë Brontë - head of finance | Zoë",
            "O'Neil, procurement | O'Neil",
            "王伟, CFO | 王伟",
            "someone in finance we have not met but heard of | NONE",
    })
    void theFirstNameIsTheFirstCapitalisedWordThatIsNotATitle(String answer, String name) {
        assertThat(CoachText.firstName(answer).orElse(null)).isEqualTo(name);
    }

    @Test
    void workIsDueTwoWeeksBeforeTheCloseOrThisWeekWhenThatIsTooNear() {
        LocalDate today = LocalDate.of(2026, 11, 23);

        assertThat(CoachText.by(LocalDate.of(2026, 12, 12), today)).isEqualTo("this week");
        assertThat(CoachText.by(LocalDate.of(2026, 11, 1), today)).isEqualTo("this week");
        assertThat(CoachText.by(LocalDate.of(2027, 1, 20), today)).isEqualTo("before Jan 6, 2027");
        assertThat(CoachText.by(LocalDate.of(2026, 12, 21), today)).isEqualTo("before Dec 7");
    }

    @Test
    void aPlaceholderThatIsNeitherADealFactNorAQuestionIsAProblem() {
        assertThat(CoachText.problems("Ask {champion|them} {by} about {budget-owner}", Set.of("champion")))
                .containsExactly("'{budget-owner}' is neither a question nor one of amount, by, category, close, close-days, stage");
    }
}
