package dev.dealcoach.bench;

import dev.dealcoach.core.forecast.ForecastCall;
import dev.dealcoach.core.forecast.ForecastNumbers;
import dev.dealcoach.core.forecast.ForecastWeek;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Role;
import dev.dealcoach.core.model.Stage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * The forecast benchmark's org, deals and calls, the same on every run (a fixed seed): a director
 * at the top with the other directors under them, the managers shared among all directors, the reps
 * among the managers; open deals closing over this quarter and the next three, one closed-won deal
 * per rep in this quarter and the last; and weekly calls from nine reps in ten.
 */
final class ForecastBenchOrg {

    static final String TOP = "director-000";
    static final FiscalCalendar CALENDAR = new FiscalCalendar(2);
    private static final ZoneId ZONE = ZoneId.of("UTC");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Stage[] OPEN = {Stage.DISCOVERY, Stage.EVALUATION, Stage.PROOF, Stage.NEGOTIATION, Stage.CLOSE};

    private final ForecastBenchSettings settings;

    ForecastBenchOrg(ForecastBenchSettings settings) {
        this.settings = settings;
    }

    Org org() {
        List<Person> people = new ArrayList<>();
        for (int d = 0; d < settings.directors(); d++) {
            people.add(person(director(d), Role.DIRECTOR, d == 0 ? null : TOP, 40_000_000));
        }
        for (int m = 0; m < settings.managers(); m++) {
            people.add(person(manager(m), Role.MANAGER, director(m % settings.directors()), 4_000_000));
        }
        for (int r = 0; r < settings.reps(); r++) {
            people.add(person(rep(r), Role.REP, manager(r % settings.managers()), 800_000));
        }
        return Org.of(CALENDAR, USD, people);
    }

    /** A manager under the top director whose reps are all in the bench's org: the one a manager's rollup is timed for. */
    static String aManager() {
        return manager(0);
    }

    /** {@code count} open deals, spread over the reps, numbered from {@code from}, closing from {@code today} to a year on. */
    List<Deal> openDeals(int from, int count, LocalDate today) {
        Random random = new Random(42L + from);
        List<Deal> deals = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            Stage stage = OPEN[random.nextInt(OPEN.length)];
            ForecastCategory category = switch (stage) {
                case DISCOVERY, EVALUATION -> ForecastCategory.PIPELINE;
                case PROOF -> random.nextBoolean() ? ForecastCategory.BEST_CASE : ForecastCategory.PIPELINE;
                default -> random.nextInt(3) == 0 ? ForecastCategory.BEST_CASE : ForecastCategory.COMMIT;
            };
            deals.add(deal("D-%07d".formatted(i), rep(i % settings.reps()), 5_000 + random.nextInt(200) * 1_000, stage, category,
                    today.plusDays(random.nextInt(365)), today));
        }
        return deals;
    }

    /** One closed-won deal per rep in this quarter and one in the last, so that attainment and accuracy have something to show. */
    List<Deal> wonDeals(LocalDate today) {
        FiscalQuarter now = CALENDAR.quarterOf(today);
        FiscalQuarter last = CALENDAR.previous(now);
        List<Deal> deals = new ArrayList<>();
        for (int r = 0; r < settings.reps(); r++) {
            deals.add(deal("W-%06d".formatted(r), rep(r), 150_000 + (r % 7) * 10_000, Stage.CLOSED_WON, ForecastCategory.CLOSED,
                    now.start(), today));
            deals.add(deal("L-%06d".formatted(r), rep(r), 300_000 + (r % 5) * 20_000, Stage.CLOSED_WON, ForecastCategory.CLOSED,
                    last.end().minusDays(r % 30), today));
        }
        return deals;
    }

    /** The call of every rep but one in ten for the week: commit near {@code around}, made on the week's first day. */
    List<ForecastCall> calls(ForecastWeek week, long around) {
        Random random = new Random(week.key().hashCode());
        List<ForecastCall> calls = new ArrayList<>();
        for (int r = 0; r < settings.reps(); r++) {
            if (random.nextInt(10) == 0) {
                continue;
            }
            Money commit = Money.of(Long.toString(around / 2 + random.nextInt((int) around)), "USD");
            Money best = commit.plus(Money.of("100000", "USD"));
            ForecastNumbers called = new ForecastNumbers(Money.zero(USD), commit, best, best.plus(Money.of("1000000", "USD")));
            calls.add(new ForecastCall(rep(r), week.key(), called, called, "", rep(r),
                    week.start().atStartOfDay(ZONE).toInstant().plusSeconds(r)));
        }
        return calls;
    }

    private static Deal deal(String id, String owner, long amount, Stage stage, ForecastCategory category, LocalDate close,
                             LocalDate today) {
        return new Deal(id, "Bench deal " + id, "Account " + id, owner, Money.of(Long.toString(amount), "USD"), stage, category, close,
                "", today.minusDays(3), today.minusDays(60));
    }

    private static Person person(String id, Role role, String manager, long quota) {
        return new Person(id, "Bench " + id, id + "@bench.example", role, manager, ZONE, Money.of(Long.toString(quota), "USD"), null, null);
    }

    static String director(int d) {
        return "director-%03d".formatted(d);
    }

    static String manager(int m) {
        return "manager-%03d".formatted(m);
    }

    static String rep(int r) {
        return "rep-%05d".formatted(r);
    }
}
