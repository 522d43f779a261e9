package dev.dealcoach.core.load;

import dev.dealcoach.core.model.AlertChannels;
import dev.dealcoach.core.model.CheckInPolicy;
import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.OrgProblem;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.PersonCheckIns;
import dev.dealcoach.core.model.Role;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the org YAML file ({@code fiscal-year-start-month}, {@code currency}, {@code people}). The org
 * is all or nothing: any problem fails the whole file, and every problem is reported with its line.
 */
public final class OrgYamlReader {

    // Person entries are read one at a time from the middle of the stream.
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> PERSON_KEYS =
            Set.of("id", "name", "email", "role", "manager", "time-zone", "quota", "slack", "teams", "nudge-time", "working-days", "alert-channel");

    public Org read(String source, Reader reader) {
        Parsed parsed = new Parsed(source);
        try (JsonParser parser = YAML.createParser(reader)) {
            parsed.document(parser);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(e.getLocation().getLineNr(), 1);
            parsed.broken(line, "not valid YAML: " + e.getOriginalMessage());
        }
        return parsed.toOrg();
    }

    /** The state of one read: what was found so far and what was wrong with it. */
    private static final class Parsed {
        private final String source;
        private final List<LoadProblem> problems = new ArrayList<>();
        private final List<Map.Entry<Integer, JsonNode>> personNodes = new ArrayList<>();
        private int startMonth = 1;
        private Currency currency = Currency.getInstance("USD");
        private boolean sawPeople;
        private CheckInPolicy checkIns = CheckInPolicy.defaults();
        private final Map<String, PersonCheckIns> ownTimes = new HashMap<>();
        private final Map<String, AlertChannels> alertChannels = new HashMap<>();
        private int peopleLine = 1;
        /** False when the YAML broke off or people is no list: which people there are is unknown, so the tree is not checked. */
        private boolean entriesKnown = true;

        Parsed(String source) {
            this.source = source;
        }

        void problem(int line, String reason) {
            problems.add(new LoadProblem(source, line, reason));
        }

        void broken(int line, String reason) {
            entriesKnown = false;
            problem(line, reason);
        }

        void document(JsonParser parser) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problem(1, "expected a mapping with fiscal-year-start-month, currency and people");
                return;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                int line = lineOf(parser);
                parser.nextToken();
                switch (key) {
                    case "fiscal-year-start-month" -> startMonth(line, YAML.readTree(parser));
                    case "currency" -> currency(line, YAML.readTree(parser));
                    case "people" -> people(line, parser);
                    case "check-ins" -> checkIns = CheckInPolicyReader.read(YAML.readTree(parser), reason -> problem(line, reason));
                    default -> {
                        problem(line, "unknown key '" + key + "' (expected fiscal-year-start-month, currency, check-ins, people)");
                        parser.skipChildren();
                    }
                }
            }
        }

        private void startMonth(int line, JsonNode node) {
            if (node.isIntegralNumber() && node.asInt() >= 1 && node.asInt() <= 12) {
                startMonth = node.asInt();
            } else {
                problem(line, "fiscal-year-start-month must be a month number from 1 to 12, was '" + node.asString() + "'");
            }
        }

        private void currency(int line, JsonNode node) {
            currencyOf(node.asString()).ifPresentOrElse(c -> currency = c,
                    () -> problem(line, "currency '" + node.asString() + "' is not an ISO 4217 code like USD"));
        }

        private void people(int line, JsonParser parser) {
            sawPeople = true;
            peopleLine = line;
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                broken(line, "people must be a list");
                parser.skipChildren();
                return;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int entryLine = lineOf(parser);
                personNodes.add(Map.entry(entryLine, YAML.readTree(parser)));
            }
        }

        Org toOrg() {
            if (problems.isEmpty() && !sawPeople) {
                problem(1, "no 'people' list");
            }
            List<Person> people = new ArrayList<>();
            List<Org.Entry> entries = new ArrayList<>();
            for (int i = 0; i < personNodes.size(); i++) {
                JsonNode node = personNodes.get(i).getValue();
                entries.add(entry(node));
                person(personNodes.get(i).getKey(), node, i + 1).ifPresent(people::add);
            }
            if (entriesKnown && sawPeople) {
                for (OrgProblem p : Org.problems(entries)) {
                    problem(p.index() < personNodes.size() ? personNodes.get(p.index()).getKey() : peopleLine, p.reason());
                }
            }
            if (problems.isEmpty()) {
                return Org.of(new FiscalCalendar(startMonth), currency, people).withCheckIns(checkIns.withPeople(ownTimes))
                        .withAlertChannels(alertChannels);
            }
            // Field problems and tree problems of one entry are found apart; the file is read top to bottom.
            problems.sort(Comparator.comparingInt(LoadProblem::line));
            throw new DataFileException(problems);
        }

        /** What the tree checks read from an entry: whatever of it is readable, even when other fields are bad. */
        private static Org.Entry entry(JsonNode node) {
            if (!node.isObject()) {
                return new Org.Entry(null, null, null, null, null, null);
            }
            return new Org.Entry(text(node, "id"), text(node, "email"), Role.parse(text(node, "role")).orElse(null),
                    text(node, "manager"), text(node, "slack"), text(node, "teams"));
        }

        private Optional<Person> person(int line, JsonNode node, int number) {
            if (!node.isObject()) {
                problem(line, "each person must be a mapping like {id: ria, name: Ria Patel, ...}");
                return Optional.empty();
            }
            String id = text(node, "id");
            String label = id == null ? "person #" + number : "person '" + id + "'";
            int before = problems.size();
            for (String key : node.propertyNames()) {
                if (!PERSON_KEYS.contains(key)) {
                    problem(line, label + ": unknown key '" + key + "' (expected one of " + String.join(", ", PERSON_KEYS.stream().sorted().toList()) + ")");
                }
            }
            String name = required(line, label, node, "name");
            String email = required(line, label, node, "email");
            required(line, label, node, "id");
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
                problem(line, label + ": email '" + email + "' is not an email address");
            }
            Role role = null;
            String roleText = required(line, label, node, "role");
            if (roleText != null) {
                role = Role.parse(roleText).orElse(null);
                if (role == null) {
                    problem(line, label + ": role '" + roleText + "' must be rep, manager or director");
                }
            }
            ZoneId zone = null;
            String zoneText = required(line, label, node, "time-zone");
            if (zoneText != null) {
                try {
                    zone = ZoneId.of(zoneText);
                } catch (DateTimeException e) {
                    problem(line, label + ": time-zone '" + zoneText + "' is not an IANA zone like Europe/London");
                }
            }
            Money quota = quota(line, label, node);
            LocalTime nudge = node.has("nudge-time") ? CheckInPolicyReader.time(node.get("nudge-time"), label + ": nudge-time",
                    reason -> problem(line, reason)) : null;
            Set<DayOfWeek> days = node.has("working-days") ? CheckInPolicyReader.days(node.get("working-days"), label + ": working-days",
                    reason -> problem(line, reason)) : null;
            if (id != null && (nudge != null || days != null)) {
                ownTimes.put(id, new PersonCheckIns(nudge, days));
            }
            if (id != null && node.has("alert-channel")) {
                alertChannel(line, label, node.get("alert-channel")).ifPresent(channels -> alertChannels.put(id, channels));
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Person(id, name, email, role, text(node, "manager"), zone, quota,
                    text(node, "slack"), text(node, "teams")));
        }

        /** {@code {slack: C0ALERTS1, teams: "19:abc@thread.tacv2", playground: team-mo}}: at least one. */
        private Optional<AlertChannels> alertChannel(int line, String label, JsonNode node) {
            List<String> keys = List.of("slack", "teams", "playground");
            if (!node.isObject() || node.isEmpty()) {
                problem(line, label + ": alert-channel must be a mapping like {slack: C0ALERTS1} (slack, teams or playground)");
                return Optional.empty();
            }
            for (String key : node.propertyNames()) {
                if (!keys.contains(key)) {
                    problem(line, label + ": alert-channel: unknown key '" + key + "' (expected slack, teams or playground)");
                    return Optional.empty();
                }
            }
            return Optional.of(new AlertChannels(text(node, "slack"), text(node, "teams"), text(node, "playground")));
        }

        private Money quota(int line, String label, JsonNode node) {
            JsonNode quota = node.get("quota");
            if (quota == null || quota.isNull()) {
                problem(line, label + ": quota is missing");
                return null;
            }
            try {
                Money money = new Money(new BigDecimal(quota.asString()), currency);
                if (!money.isNegative()) {
                    return money;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            problem(line, label + ": quota '" + quota.asString() + "' must be an amount of zero or more, like 500000");
            return null;
        }

        private String required(int line, String label, JsonNode node, String key) {
            String value = text(node, key);
            if (value == null) {
                problem(line, label + ": " + key + " is missing");
            }
            return value;
        }

        private static String text(JsonNode node, String key) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull() || value.isContainer() || value.asString().isBlank()) {
                return null;
            }
            return value.asString().trim();
        }

        private static int lineOf(JsonParser parser) {
            return Math.max(parser.currentTokenLocation().getLineNr(), 1);
        }
    }

    /** An ISO 4217 code in any case: {@code USD}, {@code usd}. */
    static Optional<Currency> currencyOf(String code) {
        try {
            return code == null ? Optional.empty() : Optional.of(Currency.getInstance(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
