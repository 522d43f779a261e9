package dev.dealcoach.core.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Numbers as a row of bars, lowest to highest: {@code ▂▃▃▅▅▆}. */
final class Sparkline {

    private static final String BARS = "▁▂▃▄▅▆▇█";

    private Sparkline() {
    }

    static String of(List<BigDecimal> values) {
        BigDecimal min = values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal span = max.subtract(min);
        StringBuilder bars = new StringBuilder();
        for (BigDecimal value : values) {
            int level = span.signum() == 0 ? BARS.length() / 2
                    : value.subtract(min).multiply(BigDecimal.valueOf(BARS.length() - 1)).divide(span, 0, RoundingMode.HALF_UP).intValue();
            bars.append(BARS.charAt(level));
        }
        return bars.toString();
    }
}
