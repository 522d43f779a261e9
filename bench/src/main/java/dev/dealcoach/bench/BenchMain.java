package dev.dealcoach.bench;

/** Runs the benchmark named by {@code -Dbench=}: {@code slack-send} or {@code forecast}. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "slack-send" : args[0];
        switch (which) {
            case "slack-send" -> SlackSendBenchmark.main(new String[0]);
            case "forecast" -> ForecastBenchmark.main(new String[0]);
            default -> {
                System.err.println("bench: -Dbench= must be slack-send or forecast, not '" + which + "'");
                System.exit(2);
            }
        }
    }
}
