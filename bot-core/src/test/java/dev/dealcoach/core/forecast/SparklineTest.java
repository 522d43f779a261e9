package dev.dealcoach.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {

    private static List<BigDecimal> values(long... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void theLowestIsTheShortestBarAndTheHighestTheTallest() {
        assertThat(Sparkline.of(values(100, 150, 150, 250, 260, 300))).isEqualTo("▁▃▃▆▇█");
    }

    @Test
    void equalValuesAreAFlatLineInTheMiddle() {
        assertThat(Sparkline.of(values(7, 7, 7))).isEqualTo("▅▅▅");
    }
}
