package dev.dealcoach.core.load;

import dev.dealcoach.core.forecast.DealNumbers;
import dev.dealcoach.core.forecast.ForecastCall;
import dev.dealcoach.core.forecast.ForecastNumbers;
import dev.dealcoach.core.forecast.ForecastStore;
import dev.dealcoach.core.forecast.ForecastWeek;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Forecast calls for the demo org's last weeks, so that a first run's {@code forecast} shows a
 * trend, week-over-week changes and a realistic missing list rather than zeros. The numbers follow
 * each rep's deals, called low early in the quarter and rising towards them, with a wobble of the
 * rep's own; a few reps have not called this week and one is away. Last quarter has its weekly calls
 * too, so its accuracy can be shown. A week that already has calls
 * (a restart on Redis) is left as it is.
 */
final class DemoForecastHistory {

    private static final int WEEKS = 6;
    /** Reps who have not called this week, and the one away, picked by position so the demo is the same every run. */
    private static final int MISSING_EVERY = 4;
    private static final LocalTime CALLED_AT = LocalTime.of(9, 30);

    private DemoForecastHistory() {
    }

    static void seed(ForecastStore forecasts, Org org, List<Deal> deals, LocalDate today) {
        ForecastWeek now = ForecastWeek.of(org.calendar(), today);
        Map<String, List<Deal>> byOwner = deals.stream().collect(Collectors.groupingBy(Deal::ownerId));
        List<Person> reps = org.people().stream().filter(p -> org.directReports(p.id()).isEmpty()).toList();
        seedLastQuarter(forecasts, org, byOwner, reps, org.calendar().previous(now.quarter()));
        for (int n = Math.max(1, now.number() - WEEKS + 1); n <= now.number(); n++) {
            ForecastWeek week = new ForecastWeek(now.quarter(), n);
            if (!forecasts.week(week.key()).isEmpty()) {
                continue;
            }
            boolean thisWeek = n == now.number();
            for (int i = 0; i < reps.size(); i++) {
                Person rep = reps.get(i);
                if (thisWeek && i % MISSING_EVERY == MISSING_EVERY - 1) {
                    if (i == MISSING_EVERY - 1) {
                        forecasts.markAway(rep.id(), week.key());
                    }
                    continue;
                }
                ForecastNumbers fromDeals = DealNumbers.of(byOwner.getOrDefault(rep.id(), List.of()), now.quarter(), org.currency())
                        .numbers();
                forecasts.save(new ForecastCall(rep.id(), week.key(), called(fromDeals, rep, n, now.number()), fromDeals, "",
                        rep.id(), week.start().atTime(CALLED_AT).atZone(rep.timeZone()).toInstant()));
            }
        }
    }

    /**
     * Last quarter's weekly calls, for its accuracy: each rep's commit starts up to a quarter away from
     * what closed won (most above it, some below) and closes in on it, so the accuracies differ from rep to rep.
     */
    private static void seedLastQuarter(ForecastStore forecasts, Org org, Map<String, List<Deal>> byOwner, List<Person> reps,
                                        FiscalQuarter quarter) {
        for (int n = 1; n <= quarter.weeks(); n++) {
            ForecastWeek week = new ForecastWeek(quarter, n);
            if (!forecasts.week(week.key()).isEmpty()) {
                continue;
            }
            for (Person rep : reps) {
                ForecastNumbers closed = DealNumbers.of(byOwner.getOrDefault(rep.id(), List.of()), quarter, org.currency()).numbers();
                if (closed.closed().amount().signum() == 0) {
                    continue;
                }
                double lean = ((rep.id().hashCode() >>> 8 & 0xff) / 255.0 - 0.3) * 0.4;
                double share = 1 + lean * (quarter.weeks() - n) / quarter.weeks();
                Money commit = scaled(closed.closed(), share);
                ForecastNumbers called = new ForecastNumbers(Money.zero(org.currency()), commit, commit, commit);
                forecasts.save(new ForecastCall(rep.id(), week.key(), called, called, "", rep.id(),
                        week.start().atTime(CALLED_AT).atZone(rep.timeZone()).toInstant()));
            }
        }
    }

    /** The deals' numbers scaled: 85% in the first week shown, rising to 100% this week, give or take the rep's own 4%. */
    private static ForecastNumbers called(ForecastNumbers deals, Person rep, int week, int thisWeek) {
        int weeksBack = thisWeek - week;
        double wobble = ((rep.id().hashCode() & 0xff) / 255.0 - 0.5) * 0.08;
        double share = Math.min(1.05, 1.0 - 0.03 * weeksBack + wobble);
        Money commit = atLeast(scaled(deals.commit(), share), deals.closed());
        return new ForecastNumbers(deals.closed(), commit, atLeast(scaled(deals.bestCase(), share), commit), deals.pipeline());
    }

    private static Money atLeast(Money money, Money floor) {
        return money.compareTo(floor) < 0 ? floor : money;
    }

    private static Money scaled(Money money, double share) {
        BigDecimal amount = money.amount().multiply(BigDecimal.valueOf(share)).setScale(-3, RoundingMode.HALF_UP).setScale(0);
        return new Money(amount, money.currency());
    }
}
