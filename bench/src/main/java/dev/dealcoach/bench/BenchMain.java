package dev.dealcoach.bench;

/** Runs the benchmark named by {@code -Dbench=}: {@code slack-send}, {@code forecast} or {@code nudges}. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "slack-send" : args[0];
        switch (which) {
            case "slack-send" -> SlackSendBenchmark.main(new String[0]);
            case "forecast" -> ForecastBenchmark.main(new String[0]);
            case "nudges" -> NudgeFanOutBenchmark.main(new String[0]);
            default -> {
                System.err.println("bench: -Dbench= must be slack-send, forecast or nudges, not '" + which + "'");
                System.exit(2);
            }
        }
    }
}
