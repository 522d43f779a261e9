package dev.dealcoach.bench;

import static dev.dealcoach.bench.BenchSettings.number;
import static dev.dealcoach.bench.BenchSettings.text;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What one run of {@link ForecastBenchmark} does, from {@code -Dbench.forecast.*} system properties
 * (and {@code bench.redisUrl}); an empty or missing property takes the default.
 *
 * @param reps       reps ({@code bench.forecast.reps})
 * @param managers   managers, the reps shared evenly among them ({@code bench.forecast.managers})
 * @param directors  directors: one at the top, the others under them, the managers shared evenly among all ({@code bench.forecast.directors})
 * @param deals      open deals in each round, from the fewest ({@code bench.forecast.deals}, comma separated)
 * @param samples    timed rollups of each kind per round ({@code bench.forecast.samples})
 * @param updates    timed deal updates ({@code bench.forecast.updates})
 * @param redisUrl   the Redis server; keys go under a prefix of the run's own, removed afterwards ({@code bench.redisUrl})
 */
record ForecastBenchSettings(int reps, int managers, int directors, List<Integer> deals, int samples, int updates, URI redisUrl) {

    ForecastBenchSettings {
        deals = List.copyOf(deals);
        if (reps < 1 || managers < 1 || directors < 1 || samples < 1 || updates < 1 || deals.isEmpty()
                || deals.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("bench.forecast.* must be positive");
        }
        for (int i = 1; i < deals.size(); i++) {
            if (deals.get(i) < deals.get(i - 1)) {
                throw new IllegalArgumentException("bench.forecast.deals must go from the fewest to the most, like 20000,100000,200000");
            }
        }
        if (managers > reps || directors > managers) {
            throw new IllegalArgumentException("bench.forecast: at least one rep per manager and one manager per director");
        }
    }

    static ForecastBenchSettings from(Properties properties) {
        return new ForecastBenchSettings(
                number(properties, "bench.forecast.reps", 10_000),
                number(properties, "bench.forecast.managers", 500),
                number(properties, "bench.forecast.directors", 50),
                numbers(properties, "bench.forecast.deals", List.of(20_000, 100_000, 200_000)),
                number(properties, "bench.forecast.samples", 100),
                number(properties, "bench.forecast.updates", 2_000),
                URI.create(text(properties, "bench.redisUrl", "redis://127.0.0.1:6379")));
    }

    private static List<Integer> numbers(Properties properties, String name, List<Integer> otherwise) {
        String value = text(properties, name, null);
        if (value == null) {
            return otherwise;
        }
        try {
            return Arrays.stream(value.split(",")).map(String::trim).map(n -> Integer.parseInt(n.replace("_", ""))).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be whole numbers separated by commas, not '" + value + "'");
        }
    }
}
