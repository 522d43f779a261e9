package dev.dealcoach.bench;

import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Role;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A large org made up for the benchmark: a director, a manager per {@value #TEAM} reps, and the
 * reps, each linked to a Slack user ({@code U0000001}, ...) so that no DM needs an email look-up.
 */
final class BenchOrg {

    static final int TEAM = 100;
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Money QUOTA = Money.of("250000", "EUR");

    private BenchOrg() {
    }

    static Org of(int reps) {
        List<Person> people = new ArrayList<>();
        people.add(new Person("director", "Bench Director", "director@bench.example", Role.DIRECTOR, null, ZONE, QUOTA, "UD0000001", null));
        int managers = (reps + TEAM - 1) / TEAM;
        for (int m = 1; m <= managers; m++) {
            people.add(new Person(managerId(m), "Bench Manager " + m, managerId(m) + "@bench.example", Role.MANAGER, "director", ZONE,
                    QUOTA, "UM%07d".formatted(m), null));
        }
        for (int r = 1; r <= reps; r++) {
            people.add(new Person(repId(r), "Bench Rep " + r, repId(r) + "@bench.example", Role.REP, managerId((r - 1) / TEAM + 1), ZONE,
                    QUOTA, slackUser(r), null));
        }
        return Org.of(new FiscalCalendar(1), Currency.getInstance("EUR"), people);
    }

    static String repId(int rep) {
        return "rep-%05d".formatted(rep);
    }

    static String slackUser(int rep) {
        return "U%07d".formatted(rep);
    }

    private static String managerId(int manager) {
        return "manager-%03d".formatted(manager);
    }
}
