package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import java.util.List;
import java.util.Set;

/** A manager's reps (direct reports without reports of their own) who have not called this week and are not away. */
public final class MissingCalls {

    private MissingCalls() {
    }

    public static List<Person> of(Org org, Person manager, ForecastWeek week, ForecastStore forecasts) {
        Set<String> away = forecasts.away(week.key());
        List<Person> reps = org.directReports(manager.id()).stream().filter(p -> org.directReports(p.id()).isEmpty()).toList();
        Set<String> called = forecasts.called(week.key(), reps.stream().map(Person::id).toList()).keySet();
        return reps.stream().filter(p -> !called.contains(p.id()) && !away.contains(p.id())).toList();
    }
}
