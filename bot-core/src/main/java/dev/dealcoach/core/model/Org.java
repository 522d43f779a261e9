package dev.dealcoach.core.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sales org: a validated tree of people (director, managers, reps, at any depth) with the
 * fiscal calendar and currency they report in. Immutable; look-ups are by id, email or chat identity.
 */
public final class Org {

    private final FiscalCalendar calendar;
    private final Currency currency;
    private final List<Person> people;
    private final CheckInPolicy checkIns;
    private final Map<String, AlertChannels> alertChannels;
    private final Map<String, Person> byId = new LinkedHashMap<>();
    private final Map<String, Person> byEmail = new HashMap<>();
    private final Map<String, Person> bySlackUser = new HashMap<>();
    private final Map<String, Person> byTeamsObject = new HashMap<>();
    private final Map<String, List<Person>> directReports = new HashMap<>();

    private Org(FiscalCalendar calendar, Currency currency, List<Person> people, CheckInPolicy checkIns,
                Map<String, AlertChannels> alertChannels) {
        this.calendar = calendar;
        this.currency = currency;
        this.people = List.copyOf(people);
        this.checkIns = checkIns;
        this.alertChannels = Map.copyOf(alertChannels);
        for (Person person : this.people) {
            byId.put(person.id(), person);
            byEmail.put(emailKey(person.email()), person);
            person.slackUser().ifPresent(id -> bySlackUser.put(id, person));
            person.teamsObject().ifPresent(id -> byTeamsObject.put(id.toLowerCase(Locale.ROOT), person));
            person.manager().ifPresent(m -> directReports.computeIfAbsent(m, k -> new ArrayList<>()).add(person));
        }
        directReports.replaceAll((manager, reports) -> Collections.unmodifiableList(reports));
    }

    /** Builds the org, or throws {@link InvalidOrgException} listing every problem found. */
    public static Org of(FiscalCalendar calendar, Currency currency, List<Person> people) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(currency, "currency");
        List<OrgProblem> problems = problems(people.stream().map(Entry::of).toList());
        if (!problems.isEmpty()) {
            throw new InvalidOrgException(problems);
        }
        return new Org(calendar, currency, people, CheckInPolicy.defaults(), Map.of());
    }

    /** This org with {@code policy} as its check-in rules. */
    public Org withCheckIns(CheckInPolicy policy) {
        return new Org(calendar, currency, people, Objects.requireNonNull(policy, "policy"), alertChannels);
    }

    /** This org with each manager's slip-risk alert channels ({@code alert-channel:} in the org file), by person id. */
    public Org withAlertChannels(Map<String, AlertChannels> channels) {
        return new Org(calendar, currency, people, checkIns, channels);
    }

    /** Where the person's slip-risk alerts go, every person id with any. */
    public Map<String, AlertChannels> alertChannels() {
        return alertChannels;
    }

    /** When and how the bot checks in with people: the org file's {@code check-ins:}, else the defaults. */
    public CheckInPolicy checkIns() {
        return checkIns;
    }

    /**
     * What one entry of an org says about where its person sits, as far as it could be read: any
     * field may be {@code null}. An org file with bad fields is still checked as a tree with these,
     * so that every problem is found in one pass.
     */
    public record Entry(String id, String email, Role role, String managerId, String slackUserId, String teamsObjectId) {

        public static Entry of(Person person) {
            return new Entry(person.id(), person.email(), person.role(), person.managerId(), person.slackUserId(),
                    person.teamsObjectId());
        }

        /** How problems name the entry: {@code person 'ria'}, or {@code person #3} (its place) without an id. */
        String label(int index) {
            return id == null ? "person #" + (index + 1) : "person '" + id + "'";
        }
    }

    /**
     * Everything that keeps {@code entries} from being one org: duplicate ids, emails or chat
     * identities, unknown managers, reps managing others, and management chains that loop. A field
     * that is {@code null} is left out of the checks that need it.
     */
    public static List<OrgProblem> problems(List<Entry> entries) {
        List<OrgProblem> problems = new ArrayList<>();
        if (entries.isEmpty()) {
            problems.add(new OrgProblem(0, "the org has no people"));
            return problems;
        }
        Map<String, Entry> firstById = new HashMap<>();
        Set<String> emails = new HashSet<>();
        Set<String> slackUsers = new HashSet<>();
        Set<String> teamsObjects = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String label = e.label(i);
            if (e.id() != null && firstById.putIfAbsent(e.id(), e) != null) {
                problems.add(new OrgProblem(i, label + ": id is already used by an earlier entry"));
            }
            if (e.email() != null && !emails.add(emailKey(e.email()))) {
                problems.add(new OrgProblem(i, label + ": email " + e.email() + " is already used by an earlier entry"));
            }
            if (e.slackUserId() != null && !slackUsers.add(e.slackUserId())) {
                problems.add(new OrgProblem(i, label + ": Slack id " + e.slackUserId() + " is already used by an earlier entry"));
            }
            if (e.teamsObjectId() != null && !teamsObjects.add(e.teamsObjectId().toLowerCase(Locale.ROOT))) {
                problems.add(new OrgProblem(i, label + ": Teams id " + e.teamsObjectId() + " is already used by an earlier entry"));
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.managerId() == null) {
                continue;
            }
            Entry manager = firstById.get(e.managerId());
            if (e.managerId().equals(e.id())) {
                problems.add(new OrgProblem(i, e.label(i) + ": cannot be their own manager"));
            } else if (manager == null) {
                problems.add(new OrgProblem(i, e.label(i) + ": manager '" + e.managerId() + "' is not in the org"));
            } else if (manager.role() == Role.REP) {
                problems.add(new OrgProblem(i, e.label(i) + ": manager '" + e.managerId() + "' is a rep, and reps manage no one"));
            }
        }
        problems.addAll(loops(entries, firstById));
        return problems;
    }

    private static List<OrgProblem> loops(List<Entry> entries, Map<String, Entry> firstById) {
        List<OrgProblem> problems = new ArrayList<>();
        Set<Set<String>> reported = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry start = entries.get(i);
            if (start.id() == null) {
                continue;
            }
            List<String> chain = new ArrayList<>(List.of(start.id()));
            Set<String> seen = new HashSet<>(chain);
            String next = start.managerId();
            while (next != null && firstById.containsKey(next) && !next.equals(start.id()) && seen.add(next)) {
                chain.add(next);
                next = firstById.get(next).managerId();
            }
            if (start.id().equals(next) && chain.size() > 1 && reported.add(new TreeSet<>(chain))) {
                problems.add(new OrgProblem(i, start.label(i) + ": management chain loops: "
                        + String.join(" -> ", chain) + " -> " + start.id()));
            }
        }
        return problems;
    }

    private static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public FiscalCalendar calendar() {
        return calendar;
    }

    public Currency currency() {
        return currency;
    }

    public List<Person> people() {
        return people;
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Person> byEmail(String email) {
        return email == null ? Optional.empty() : Optional.ofNullable(byEmail.get(emailKey(email)));
    }

    public Optional<Person> bySlackUser(String slackUserId) {
        return Optional.ofNullable(bySlackUser.get(slackUserId));
    }

    public Optional<Person> byTeamsObject(String objectId) {
        return objectId == null ? Optional.empty() : Optional.ofNullable(byTeamsObject.get(objectId.toLowerCase(Locale.ROOT)));
    }

    public List<Person> directReports(String personId) {
        return directReports.getOrDefault(personId, List.of());
    }

    /** Everyone below {@code personId}, at any depth, breadth first; not the person themself. */
    public List<Person> below(String personId) {
        List<Person> result = new ArrayList<>();
        Deque<Person> queue = new ArrayDeque<>(directReports(personId));
        while (!queue.isEmpty()) {
            Person next = queue.removeFirst();
            result.add(next);
            queue.addAll(directReports(next.id()));
        }
        return result;
    }

    /** True when {@code personId} is {@code leaderId} or anywhere below them. */
    public boolean isWithin(String personId, String leaderId) {
        String current = personId;
        while (current != null) {
            if (current.equals(leaderId)) {
                return true;
            }
            Person person = byId.get(current);
            current = person == null ? null : person.managerId();
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Org other && calendar.equals(other.calendar)
                && currency.equals(other.currency) && people.equals(other.people) && checkIns.equals(other.checkIns)
                && alertChannels.equals(other.alertChannels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(calendar, currency, people, checkIns, alertChannels);
    }

    @Override
    public String toString() {
        return "Org[" + people.size() + " people, " + currency + ", " + calendar + "]";
    }
}
