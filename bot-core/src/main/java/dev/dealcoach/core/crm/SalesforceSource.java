package dev.dealcoach.core.crm;

import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.pipeline.CrmWriter;
import dev.dealcoach.core.risk.DealChange;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Opportunities from Salesforce's REST query API, every page to the end: all of them the first time,
 * then those modified since the last sync (on {@code SystemModstamp}), those deleted since (through
 * {@code queryAll}), and the field history of close date, stage, amount and forecast category. Writes
 * back (when that is on) with a PATCH on the Opportunity.
 */
public final class SalesforceSource implements DealSource, CrmWriter {

    static final String FIELDS = "Id, Name, Account.Name, Owner.Email, Amount, StageName, ForecastCategoryName, CloseDate, NextStep, "
            + "LastActivityDate, CreatedDate, SystemModstamp, IsClosed, IsWon";
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final Map<String, String> HISTORY_FIELDS = Map.of("CloseDate", DealChange.CLOSE_DATE, "StageName", DealChange.STAGE,
            "Amount", DealChange.AMOUNT, "ForecastCategoryName", DealChange.CATEGORY);

    private final SalesforceSettings settings;
    private final HttpJson http = new HttpJson("Salesforce");
    private final SalesforceAuth auth;

    private final Clock clock;

    public SalesforceSource(SalesforceSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.auth = new SalesforceAuth(settings, http, clock);
    }

    @Override
    public String name() {
        return "salesforce";
    }

    /**
     * Where the next pull starts: the newest {@code SystemModstamp} and field-history {@code CreatedDate}
     * seen, and when the book was last read whole (once a day it is, to catch what an incremental read
     * cannot: a deal left out before because of its owner or stage, a deletion older than the recycle bin).
     */
    record Cursor(Instant modified, Instant history, Instant whole) {

        static Optional<Cursor> parse(Optional<String> text) {
            return text.filter(t -> t.startsWith("modified=")).map(t -> {
                String[] parts = t.split(";");
                return new Cursor(Instant.parse(value(parts[0])), Instant.parse(value(parts[1])), Instant.parse(value(parts[2])));
            });
        }

        private static String value(String part) {
            return part.substring(part.indexOf('=') + 1);
        }

        @Override
        public String toString() {
            return "modified=" + modified + ";history=" + history + ";whole=" + whole;
        }
    }

    /**
     * Each incremental read starts this far before the cursor: changes committed in the cursor's own
     * second, or late, are read again rather than missed (a re-read deal changes nothing, a re-read
     * history row is dropped as known).
     */
    static final Duration OVERLAP = Duration.ofMinutes(5);
    static final Duration WHOLE_EVERY = Duration.ofDays(1);
    /** A write the CRM could not take now is tried again after this (the outbox gives up after a few tries, and says so). */
    static final Duration WRITE_RETRY = Duration.ofMinutes(1);
    /** The API request limit is counted over 24 hours: a write waits longer for it. */
    static final Duration WRITE_RETRY_AFTER_LIMIT = Duration.ofMinutes(30);

    @Override
    public Pull pull(Org org, Optional<String> cursorText) {
        Instant started = clock.instant();
        Optional<Cursor> previous;
        try {
            previous = Cursor.parse(cursorText);
        } catch (RuntimeException e) {
            previous = Optional.empty();
        }
        Optional<Cursor> cursor = previous.filter(c -> c.whole().plus(WHOLE_EVERY).isAfter(started));
        String where = cursor.map(c -> " WHERE SystemModstamp > " + literal(c.modified().minus(OVERLAP))).orElse("");
        List<JsonNode> records = query("SELECT " + FIELDS + " FROM Opportunity" + where + " ORDER BY SystemModstamp", false);
        Instant modified = previous.map(Cursor::modified).orElse(Instant.EPOCH);
        List<Deal> deals = new ArrayList<>();
        Set<String> skipped = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode record : records) {
            modified = later(modified, datetime(record.path("SystemModstamp")));
            Optional<Deal> deal = deal(record, org, problems);
            if (deal.isPresent()) {
                deals.add(deal.get());
            } else {
                skipped.add(record.path("Id").asString());
            }
        }
        Set<String> removed = new HashSet<>();
        if (cursor.isPresent()) {
            for (JsonNode record : query("SELECT Id FROM Opportunity WHERE IsDeleted = true AND SystemModstamp > "
                    + literal(cursor.get().modified().minus(OVERLAP)), true)) {
                removed.add(record.path("Id").asString());
            }
        }
        // The first time, the last historyDays; then from the history cursor, or from when the last pull began.
        String since = previous.map(c -> "CreatedDate > " + literal(c.history().minus(OVERLAP)))
                .orElse("CreatedDate = LAST_N_DAYS:" + settings.historyDays());
        List<DealChange> history = new ArrayList<>();
        Instant historySeen = previous.map(Cursor::history).orElse(started);
        for (JsonNode row : query("SELECT OpportunityId, Field, OldValue, NewValue, CreatedDate FROM OpportunityFieldHistory WHERE Field IN "
                + "('CloseDate', 'StageName', 'Amount', 'ForecastCategoryName') AND " + since + " ORDER BY CreatedDate", false)) {
            Instant at = datetime(row.path("CreatedDate"));
            historySeen = later(historySeen, at);
            change(row, at).ifPresent(history::add);
        }
        Instant whole = cursor.isEmpty() ? started : cursor.get().whole();
        return new Pull(deals, cursor.isEmpty(), removed, history, skipped, problems, records.size(),
                new Cursor(modified, historySeen, whole).toString());
    }

    private Optional<Deal> deal(JsonNode record, Org org, List<String> problems) {
        String id = record.path("Id").asString();
        String name = record.path("Name").asString("");
        String email = record.path("Owner").path("Email").asString("");
        Optional<Person> owner = org.byEmail(email);
        if (owner.isEmpty()) {
            problems.add(id + " (" + name + "): owner " + (email.isBlank() ? "without an email" : email) + " is not in the org file");
            return Optional.empty();
        }
        String stageName = record.path("StageName").asString("");
        Optional<Stage> stage = settings.mapping().stage(stageName);
        if (stage.isEmpty() && record.path("IsClosed").asBoolean(false)) {
            stage = Optional.of(record.path("IsWon").asBoolean(false) ? Stage.CLOSED_WON : Stage.CLOSED_LOST);
        }
        if (stage.isEmpty()) {
            problems.add(id + " (" + name + "): stage '" + stageName + "' maps to no DealCoach stage");
            return Optional.empty();
        }
        String categoryName = record.path("ForecastCategoryName").asString("");
        ForecastCategory fallback = stage.get().isOpen() ? ForecastCategory.PIPELINE : ForecastCategory.CLOSED;
        ForecastCategory category = settings.mapping().category(categoryName).orElse(fallback);
        if (!categoryName.isBlank() && settings.mapping().category(categoryName).isEmpty()) {
            problems.add(id + " (" + name + "): forecast category '" + categoryName + "' maps to no DealCoach category; taken as "
                    + fallback.label());
        }
        try {
            return Optional.of(new Deal(id, name, record.path("Account").path("Name").asString(""), owner.get().id(),
                    Amounts.money(record.path("Amount").isNumber() ? record.path("Amount").decimalValue() : java.math.BigDecimal.ZERO,
                            settings.currency()),
                    stage.get(), category, LocalDate.parse(record.path("CloseDate").asString()), record.path("NextStep").asString(""),
                    date(record.path("LastActivityDate")), datetime(record.path("CreatedDate")).atZone(ZoneOffset.UTC).toLocalDate()));
        } catch (DateTimeParseException | IllegalArgumentException | CrmException e) {
            problems.add(id + " (" + name + "): " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A field-history row as a deal change, in DealCoach's terms; empty for a value that maps to nothing. */
    private Optional<DealChange> change(JsonNode row, Instant at) {
        String field = HISTORY_FIELDS.get(row.path("Field").asString(""));
        JsonNode from = row.path("OldValue");
        JsonNode to = row.path("NewValue");
        if (field == null || from.isNull() || from.isMissingNode() || to.isNull() || to.isMissingNode()) {
            return Optional.empty();
        }
        Optional<String> before = value(field, from);
        Optional<String> after = value(field, to);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DealChange(row.path("OpportunityId").asString(), field, before.get(), after.get(),
                at.atZone(ZoneOffset.UTC).toLocalDate()));
    }

    private Optional<String> value(String field, JsonNode value) {
        try {
            return switch (field) {
                case DealChange.CLOSE_DATE -> Optional.of(LocalDate.parse(value.asString()).toString());
                case DealChange.STAGE -> settings.mapping().stage(value.asString()).map(Stage::name);
                case DealChange.CATEGORY -> settings.mapping().category(value.asString()).map(ForecastCategory::name);
                default -> Optional.of(Amounts.money(new java.math.BigDecimal(value.asString()), settings.currency()).toString());
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The fields on the Opportunity, by {@code PATCH /sobjects/Opportunity/{id}} (204 when done). */
    @Override
    public CrmWriter.Result write(Outgoing.Write write) {
        String path = "/services/data/" + settings.apiVersion() + "/sobjects/Opportunity/" + URLEncoder.encode(write.dealId(),
                StandardCharsets.UTF_8);
        String body = HttpJson.JSON.writeValueAsString(write.fields());
        try {
            HttpJson.Answer answer = patch(auth.token(), path, body);
            if (answer.status() == 401) {
                answer = patch(auth.renew(), path, body);
            }
            if (answer.ok()) {
                return new CrmWriter.Written();
            }
            CrmException failure = failure(answer, "the write to " + write.dealId());
            if (failure.kind() == CrmException.Kind.LIMIT) {
                return new CrmWriter.RetryLater(WRITE_RETRY_AFTER_LIMIT, failure.getMessage());
            }
            // A record lock is brief (another process saving the Opportunity): worth another try.
            return failure.kind() == CrmException.Kind.UNAVAILABLE || failure.getMessage().contains("UNABLE_TO_LOCK_ROW")
                    ? new CrmWriter.RetryLater(WRITE_RETRY, failure.getMessage()) : new CrmWriter.Failed(failure.getMessage());
        } catch (CrmException e) {
            return e.kind() == CrmException.Kind.UNAVAILABLE ? new CrmWriter.RetryLater(WRITE_RETRY, e.getMessage())
                    : new CrmWriter.Failed(e.getMessage());
        }
    }

    private HttpJson.Answer patch(SalesforceAuth.Token token, String path, String body) {
        URI uri = URI.create(token.instanceUrl().toString().replaceAll("/+$", "") + path);
        return http.send("PATCH", uri, Map.of("Authorization", "Bearer " + token.accessToken()), body, "application/json");
    }

    /** Every record of a SOQL query, following {@code nextRecordsUrl} until {@code done}. */
    private List<JsonNode> query(String soql, boolean all) {
        List<JsonNode> records = new ArrayList<>();
        String next = "/services/data/" + settings.apiVersion() + (all ? "/queryAll" : "/query") + "?q="
                + URLEncoder.encode(soql, StandardCharsets.UTF_8);
        while (next != null) {
            JsonNode page = get(next);
            page.path("records").forEach(records::add);
            boolean done = page.path("done").asBoolean(true);
            String more = page.path("nextRecordsUrl").asString("");
            next = done || more.isBlank() ? null : more;
        }
        return records;
    }

    /** A GET on the instance; a refused session gets a new token and one more try. */
    private JsonNode get(String pathAndQuery) {
        HttpJson.Answer answer = send(auth.token(), pathAndQuery);
        if (answer.status() == 401) {
            answer = send(auth.renew(), pathAndQuery);
        }
        if (!answer.ok()) {
            throw failure(answer, "the query");
        }
        if (answer.json() == null || !answer.json().has("records")) {
            throw new CrmException(CrmException.Kind.BAD_ANSWER, "Salesforce answered a query with something that is not a query result");
        }
        return answer.json();
    }

    private HttpJson.Answer send(SalesforceAuth.Token token, String pathAndQuery) {
        URI uri = URI.create(token.instanceUrl().toString().replaceAll("/+$", "") + pathAndQuery);
        return http.send("GET", uri, Map.of("Authorization", "Bearer " + token.accessToken()), null, null);
    }

    /** Salesforce's error list, {@code [{"message": ..., "errorCode": ...}]}, as one line. */
    private static CrmException failure(HttpJson.Answer answer, String what) {
        JsonNode first = answer.json() != null && answer.json().isArray() && !answer.json().isEmpty() ? answer.json().get(0) : null;
        String code = first == null ? "" : first.path("errorCode").asString("");
        String message = first == null ? "HTTP " + answer.status() : code + ": " + first.path("message").asString("");
        if (code.equals("REQUEST_LIMIT_EXCEEDED")) {
            return new CrmException(CrmException.Kind.LIMIT, "Salesforce's API request limit is used up (" + message + "); "
                    + (what.equals("the query") ? "the deals stay as they were and the next sync tries again" : what + " is tried again later"));
        }
        if (answer.status() == 401 || answer.status() == 403) {
            return new CrmException(CrmException.Kind.AUTHENTICATION, "Salesforce refused " + what + " (" + message + ")");
        }
        return new CrmException(answer.status() >= 500 ? CrmException.Kind.UNAVAILABLE : CrmException.Kind.BAD_ANSWER,
                "Salesforce could not take " + what + " (" + message + ")");
    }

    /** A SOQL datetime literal: unquoted, UTC, whole seconds (the second it falls in is read again, and overlaps are dropped). */
    static String literal(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Instant datetime(JsonNode node) {
        try {
            return OffsetDateTime.parse(node.asString(""), DATETIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new CrmException(CrmException.Kind.BAD_ANSWER, "Salesforce sent '" + node.asString("") + "' where a datetime belongs");
        }
    }

    private static LocalDate date(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? LocalDate.parse(node.asString()) : null;
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }
}
