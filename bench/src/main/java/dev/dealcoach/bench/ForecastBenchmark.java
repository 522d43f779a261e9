package dev.dealcoach.bench;

import dev.dealcoach.core.DealCoachCore;
import dev.dealcoach.core.backend.redis.RedisSettings;
import dev.dealcoach.core.backend.redis.RedisStores;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.Origin;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.forecast.CurrentForecast;
import dev.dealcoach.core.forecast.DealNumbers;
import dev.dealcoach.core.forecast.ForecastCall;
import dev.dealcoach.core.forecast.ForecastNumbers;
import dev.dealcoach.core.forecast.ForecastWeek;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.review.Playbooks;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Times {@code /forecast} on Redis for a large org: the top director's rollup and a manager's, as
 * the core answers them (the org read, the rollup, the message), and one deal update; with 20,000
 * deals and then 200,000, counting Redis round trips through a relay. Checks that the rollup's
 * deals add up to the deals written. Settings: {@link ForecastBenchSettings}; see bench/README.md.
 * Exits 1 when a check fails, 2 on bad settings.
 */
public final class ForecastBenchmark {

    private static final int SAVING_THREADS = 8;

    private final ForecastBenchSettings settings;
    private final ForecastBenchOrg bench;
    private final PrintStream out;
    private final Clock clock = Clock.systemUTC();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private boolean checksPassed = true;

    ForecastBenchmark(ForecastBenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.bench = new ForecastBenchOrg(settings);
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        ForecastBenchSettings settings;
        try {
            settings = ForecastBenchSettings.from(System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        boolean passed = new ForecastBenchmark(settings, System.out).run();
        System.out.flush();
        System.exit(passed ? 0 : 1);
    }

    /** A timed sample: how long, and the Redis round trips it made. */
    private record Sample(long nanos, long trips) {
    }

    boolean run() throws Exception {
        String prefix = "dealcoach-bench:" + UUID.randomUUID() + ":";
        try (RoundTripCounter counter = new RoundTripCounter(settings.redisUrl());
             RedisStores stores = RedisStores.connect(new RedisSettings(counter.url(settings.redisUrl()), prefix, Duration.ofSeconds(10)))) {
            Org org = bench.org();
            stores.org().save(org);
            ForecastWeek week = ForecastWeek.of(org.calendar(), today);
            printf("DealCoach forecast benchmark (Redis at %s, keys under %s)%n", settings.redisUrl(), prefix);
            printf("  org: %d people: %d directors (one at the top, %d under them), %d managers, %d reps%n", org.people().size(),
                    settings.directors(), settings.directors() - 1, settings.managers(), settings.reps());
            printf("  today %s: %s, %s%n", today, week.quarter().label(), week.label());
            seedCalls(stores, week);
            Coach coach = DealCoachCore.coach(stores, stores.contacts(), Playbooks.bundled(), clock);

            List<Round> rounds = new ArrayList<>();
            List<Deal> deals = List.of();
            for (int openDeals : settings.deals()) {
                deals = new ArrayList<>(bench.wonDeals(today));
                deals.addAll(bench.openDeals(0, openDeals, today));
                rounds.add(round(stores, coach, counter, org, deals, openDeals, rounds.isEmpty()));
            }

            List<Sample> updates = updates(stores, counter, deals);
            check(stores, org, deals, "after the updates");

            Clock nextWeek = Clock.offset(clock, Duration.ofDays(7));
            Coach mondayCoach = DealCoachCore.coach(stores, stores.contacts(), Playbooks.bundled(), nextWeek);
            Sample newWeek = time(counter, () -> forecast(mondayCoach, ForecastBenchOrg.TOP));

            out.println();
            out.println("Results");
            printf("  %-44s %s%n", "", "p50 ms   p99 ms   max ms   Redis round trips");
            rounds.forEach(Round::print);
            print("one deal update (" + settings.updates() + ")", updates);
            printf("  %-44s %8.1f ms, %d round trips%n", "first top rollup of a new week (keeps last)", newWeek.nanos() / 1e6, newWeek.trips());
            out.println("  top director rollup p50 against the fewest deals' (a rollup reads a total per owner and month of the quarter):");
            Round fewest = rounds.get(0);
            for (Round round : rounds) {
                printf("    %,9d deals: %.2f (%,d owner-months with deals this quarter)%n", round.openDeals, round.top.p50() / fewest.top.p50(),
                        round.ownerMonths);
            }
            out.println(checksPassed ? "RESULT: OK (the rollups' deals add up to the deals written)" : "RESULT: FAILED (see the checks)");
            return checksPassed;
        } finally {
            BenchStores.removeKeys(settings.redisUrl(), prefix);
        }
    }

    /** Every rep's weekly calls, nine in ten, for the last quarter and this one up to this week, saved by several threads. */
    private void seedCalls(RedisStores stores, ForecastWeek week) throws Exception {
        List<ForecastWeek> weeks = new ArrayList<>();
        FiscalQuarter last = ForecastBenchOrg.CALENDAR.previous(week.quarter());
        for (int n = 1; n <= last.weeks(); n++) {
            weeks.add(new ForecastWeek(last, n));
        }
        for (int n = 1; n <= week.number(); n++) {
            weeks.add(new ForecastWeek(week.quarter(), n));
        }
        long started = System.nanoTime();
        List<ForecastCall> calls = new ArrayList<>();
        weeks.forEach(w -> calls.addAll(bench.calls(w, 400_000)));
        ExecutorService pool = Executors.newFixedThreadPool(SAVING_THREADS);
        try {
            List<Future<?>> saving = new ArrayList<>();
            for (int t = 0; t < SAVING_THREADS; t++) {
                int first = t;
                saving.add(pool.submit(() -> {
                    for (int i = first; i < calls.size(); i += SAVING_THREADS) {
                        stores.forecasts().save(calls.get(i));
                    }
                }));
            }
            for (Future<?> done : saving) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        printf("  calls: %,d saved in %.1f s (%d weeks of %s and %d of %s; history not kept yet)%n", calls.size(),
                (System.nanoTime() - started) / 1e9, last.weeks(), last.label(), week.number(), week.quarter().label());
    }

    /** One round at a number of deals: the load, the first rollup after it, then the timed rollups. */
    private final class Round {
        private int openDeals;
        /** The totals a rollup reads: one set per owner and month with deals closing in this quarter. */
        private long ownerMonths;
        private Sample load;
        private Sample first;
        private boolean firstKeptHistory;
        private Timings top;
        private Timings manager;

        void print() {
            String at = "%,d deals".formatted(openDeals);
            printf("  %-44s %8.1f ms, %d round trips%n", "load " + at + " (replaceAll, as at start-up)", load.nanos() / 1e6, load.trips());
            printf("  %-44s %8.1f ms, %d round trips%n", "first top rollup after it" + (firstKeptHistory ? " (keeps the history)" : ""),
                    first.nanos() / 1e6, first.trips());
            ForecastBenchmark.this.print("top director rollup, " + at, top.samples);
            ForecastBenchmark.this.print("manager rollup, " + at, manager.samples);
        }
    }

    private Round round(RedisStores stores, Coach coach, RoundTripCounter counter, Org org, List<Deal> deals, int openDeals,
                        boolean historyNotKept) {
        Round round = new Round();
        round.openDeals = openDeals;
        FiscalQuarter quarter = ForecastWeek.of(org.calendar(), today).quarter();
        round.ownerMonths = deals.stream().filter(d -> quarter.contains(d.closeDate())).map(d -> d.ownerId() + " " + YearMonth.from(d.closeDate())).distinct().count();
        round.load = time(counter, () -> {
            stores.deals().replaceAll(deals);
            return "";
        });
        round.first = time(counter, () -> forecast(coach, ForecastBenchOrg.TOP));
        round.firstKeptHistory = historyNotKept;
        check(stores, org, deals, "at %,d deals".formatted(openDeals));
        List<Sample> top = new ArrayList<>();
        List<Sample> manager = new ArrayList<>();
        for (int i = 0; i < settings.samples(); i++) {
            top.add(time(counter, () -> forecast(coach, ForecastBenchOrg.TOP)));
            manager.add(time(counter, () -> forecast(coach, ForecastBenchOrg.aManager())));
        }
        round.top = new Timings(top);
        round.manager = new Timings(manager);
        return round;
    }

    /** Moves deals' amounts, close dates and categories, one save each, as CRM updates arrive; the list follows. */
    private List<Sample> updates(RedisStores stores, RoundTripCounter counter, List<Deal> deals) {
        Random random = new Random(7);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < settings.updates(); i++) {
            int at = random.nextInt(deals.size());
            Deal deal = deals.get(at);
            Deal updated = new Deal(deal.id(), deal.name(), deal.account(), deal.ownerId(),
                    deal.amount().plus(Money.of("1000", "USD")), deal.stage(), deal.forecastCategory(),
                    deal.closeDate().plusDays(random.nextInt(21) - 10), deal.nextStep(), today, deal.createdDate());
            deals.set(at, updated);
            samples.add(time(counter, () -> {
                stores.deals().save(updated);
                return "";
            }));
        }
        return samples;
    }

    /** The top director's rollup must show exactly what the deals written add up to this quarter. */
    private void check(RedisStores stores, Org org, List<Deal> deals, String when) {
        FiscalQuarter quarter = ForecastWeek.of(org.calendar(), today).quarter();
        ForecastNumbers expected = DealNumbers.of(deals, quarter, org.currency()).numbers();
        ForecastNumbers rolledUp = CurrentForecast.of(org, today, ForecastBenchOrg.TOP, stores.dealTotals(), stores.forecasts())
                .rollup().line(ForecastBenchOrg.TOP).deals();
        boolean same = expected.equals(rolledUp);
        checksPassed &= same;
        printf("  check %s: the top line's deals %s the deals written (%s commit, %s pipeline)%n", when,
                same ? "match" : "DO NOT match", amount(rolledUp.commit()), amount(rolledUp.pipeline()));
        if (!same) {
            printf("    expected %s%n    rolled up %s%n", expected, rolledUp);
        }
    }

    /** The person's {@code /forecast}, as the core answers it; fails the run on anything but a rollup. */
    private String forecast(Coach coach, String personId) {
        List<Outgoing> replies = coach.handle(new Inbound.Command(new Origin(personId, Destination.dm(personId),
                "bench:" + UUID.randomUUID()), "forecast", ""));
        String heading = replies.stream().filter(Outgoing.Send.class::isInstance).map(Outgoing.Send.class::cast)
                .flatMap(send -> send.message().blocks().stream()).filter(Block.Heading.class::isInstance)
                .map(b -> ((Block.Heading) b).text()).findFirst().orElse("");
        if (!heading.contains("forecast")) {
            checksPassed = false;
            printf("  check: %s's /forecast answered no rollup: %s%n", personId, replies);
        }
        return heading;
    }

    private static Sample time(RoundTripCounter counter, Supplier<String> work) {
        long trips = counter.trips();
        long started = System.nanoTime();
        work.get();
        return new Sample(System.nanoTime() - started, counter.trips() - trips);
    }

    private record Timings(List<Sample> samples) {
        double p50() {
            return percentile(samples, 0.50);
        }
    }

    private void print(String label, List<Sample> samples) {
        long[] trips = samples.stream().mapToLong(Sample::trips).sorted().toArray();
        String tripText = trips[0] == trips[trips.length - 1] ? Long.toString(trips[0])
                : trips[0] + " to " + trips[trips.length - 1] + " (median " + trips[trips.length / 2] + ")";
        printf("  %-44s %6.1f   %6.1f   %6.1f   %s%n", label, percentile(samples, 0.50), percentile(samples, 0.99),
                percentile(samples, 1.0), tripText);
    }

    /** The sample at {@code share} in milliseconds, nearest rank. */
    private static double percentile(List<Sample> samples, double share) {
        long[] sorted = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static String amount(Money money) {
        return money.currency().getSymbol(Locale.US) + String.format(Locale.ROOT, "%,.0f", money.amount());
    }

    private void printf(String format, Object... args) {
        out.printf(Locale.ROOT, format, args);
    }
}
