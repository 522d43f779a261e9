package dev.dealcoach.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.model.Money;
import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Typed logs, the way reps type them, and what is refused rather than guessed. */
class ActivityTextTest {

    private static final Currency USD = Currency.getInstance("USD");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2 discovery 1 exec                | 1 | 2 | 0 | 0",
            "1 exec meeting, 3 discovery calls | 1 | 3 | 0 | 0",
            "exec 2 disco 4                    | 2 | 4 | 0 | 0",
            "1 proposal $120k pipeline         | 0 | 0 | 1 | 120000",
            "pipeline 1,200,000 and 2 pocs     | 0 | 0 | 2 | 1200000",
            "3 calls                           | 0 | 3 | 0 | 0",
            "nothing                           | 0 | 0 | 0 | 0",
            "1 exec 50k new pipeline           | 1 | 0 | 0 | 50000"})
    void readsCountsAndNewPipelineInAnyOrder(String text, int exec, int discovery, int proposals, long pipeline) {
        assertThat(ActivityText.read(text, USD)).contains(new ActivityLog(exec, discovery, proposals,
                Money.of(Long.toString(pipeline), "USD")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "a lot", "2 discovery and lunch", "2 discovery 3 discovery", "exec", "-1 exec", "pipeline",
            "5 widgets", "1 exec pipeline 10k pipeline 5k", "3000000000 calls", "100 exec", "2 exec $5000000000 pipeline"})
    void refusesWhatItCannotPlaceRatherThanGuess(String text) {
        assertThat(ActivityText.read(text, USD)).isEmpty();
    }
}
