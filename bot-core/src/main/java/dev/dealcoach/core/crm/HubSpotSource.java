package dev.dealcoach.core.crm;

import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.pipeline.CrmWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deals from HubSpot's CRM v3 API: every deal the first time (the list endpoint, which has no cap),
 * then those modified since the last sync (the search API, on {@code hs_lastmodifieddate}, paced to
 * its 5 requests a second), and those archived since. Owners map {@code hubspot_owner_id} to an email,
 * the deal pipelines name the stages, and each deal's first associated company is its account. Every
 * list is followed through {@code paging.next.after} to the end.
 */
public final class HubSpotSource implements DealSource, CrmWriter {

    static final List<String> PROPERTIES = List.of("dealname", "amount", "dealstage", "pipeline", "closedate", "hubspot_owner_id",
            "hs_lastmodifieddate", "createdate", "hs_manual_forecast_category", "hs_next_step", "notes_last_updated", "hs_is_closed",
            "hs_is_closed_won");
    static final int PAGE = 100;
    /** The search API takes 5 requests a second per account, and no more than 10,000 results per query. */
    static final Duration SEARCH_PACE = Duration.ofMillis(200);
    static final int SEARCH_CAP = 10_000;
    private static final int TRIES = 5;
    /** Each incremental search starts this far before the cursor: HubSpot's index lags changes by moments. */
    static final Duration OVERLAP = Duration.ofMinutes(5);
    static final Duration WHOLE_EVERY = Duration.ofDays(1);
    /** HubSpot's association type of a deal's primary company. */
    private static final int PRIMARY_COMPANY = 5;

    private final HubSpotSettings settings;
    private final HttpJson http = new HttpJson("HubSpot");
    private final java.time.Clock clock;
    private final Sleeper sleeper;
    /** Syncs run one at a time (CrmSync), so the pace needs no lock. */
    private long lastSearchAt;

    /** Waits; a test's is instant. */
    interface Sleeper {
        void sleep(Duration time);
    }

    public HubSpotSource(HubSpotSettings settings, java.time.Clock clock) {
        this(settings, clock, time -> {
            try {
                Thread.sleep(time.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CrmException(CrmException.Kind.UNAVAILABLE, "HubSpot sync interrupted", e);
            }
        });
    }

    HubSpotSource(HubSpotSettings settings, java.time.Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public String name() {
        return "hubspot";
    }

    /** Where the next pull starts: the newest {@code hs_lastmodifieddate} seen, and when the book was last read whole (daily). */
    record Cursor(Instant modified, Instant whole) {

        static Optional<Cursor> parse(Optional<String> text) {
            try {
                return text.filter(t -> t.startsWith("modified=")).map(t -> {
                    String[] parts = t.split(";");
                    return new Cursor(Instant.parse(parts[0].substring("modified=".length())), Instant.parse(parts[1].substring("whole=".length())));
                });
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return "modified=" + modified + ";whole=" + whole;
        }
    }

    @Override
    public Pull pull(Org org, Optional<String> cursorText) {
        Instant started = clock.instant();
        Optional<Cursor> cursor = Cursor.parse(cursorText).filter(c -> c.whole().plus(WHOLE_EVERY).isAfter(started));
        Optional<Instant> since = cursor.map(Cursor::modified);
        Map<String, String> owners = owners();
        Map<String, String> stageLabels = stageLabels();
        List<JsonNode> records = since.isPresent() ? modifiedSince(since.get().minus(OVERLAP)) : list(false);
        Map<String, String> accounts = accounts(records.stream().map(r -> r.path("id").asString()).toList());
        Instant modified = since.orElse(Instant.EPOCH);
        List<Deal> deals = new ArrayList<>();
        Set<String> skipped = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode record : records) {
            modified = later(modified, instant(record.path("properties").path("hs_lastmodifieddate")).orElse(Instant.EPOCH));
            Optional<Deal> deal = deal(record, org, owners, stageLabels, accounts, problems);
            if (deal.isPresent()) {
                deals.add(deal.get());
            } else {
                skipped.add(record.path("id").asString());
            }
        }
        Set<String> removed = new HashSet<>();
        if (since.isPresent()) {
            for (JsonNode archived : list(true)) {
                Optional<Instant> at = instant(archived.path("archivedAt"));
                if (at.isEmpty() || at.get().isAfter(since.get().minus(OVERLAP))) {
                    removed.add(archived.path("id").asString());
                }
            }
        }
        // The list endpoint is no snapshot: a whole read's cursor is no later than its start, so what changed meanwhile is read again.
        Instant next = since.isEmpty() && modified.isAfter(started) ? started : modified;
        Instant whole = cursor.map(Cursor::whole).orElse(started);
        return new Pull(deals, since.isEmpty(), removed, List.of(), skipped, problems, records.size(), new Cursor(next, whole).toString());
    }

    private Optional<Deal> deal(JsonNode record, Org org, Map<String, String> owners, Map<String, String> stageLabels,
                                Map<String, String> accounts, List<String> problems) {
        String id = record.path("id").asString();
        JsonNode p = record.path("properties");
        String name = text(p, "dealname");
        String ownerId = text(p, "hubspot_owner_id");
        String email = owners.getOrDefault(ownerId, "");
        Optional<Person> owner = org.byEmail(email);
        if (owner.isEmpty()) {
            problems.add(id + " (" + name + "): owner " + (email.isBlank() ? (ownerId.isBlank() ? "(none)" : "id " + ownerId) : email)
                    + " is not in the org file");
            return Optional.empty();
        }
        String stageId = text(p, "dealstage");
        Optional<Stage> stage = settings.mapping().stage(stageId).or(() -> settings.mapping().stage(stageLabels.get(stageId)));
        boolean closed = "true".equals(text(p, "hs_is_closed"));
        if (stage.isEmpty() && closed) {
            stage = Optional.of("true".equals(text(p, "hs_is_closed_won")) ? Stage.CLOSED_WON : Stage.CLOSED_LOST);
        }
        if (stage.isEmpty()) {
            problems.add(id + " (" + name + "): stage '" + stageLabels.getOrDefault(stageId, stageId) + "' (" + stageId
                    + ") maps to no DealCoach stage");
            return Optional.empty();
        }
        ForecastCategory category = settings.mapping().category(text(p, "hs_manual_forecast_category"))
                .orElse(stage.get().isOpen() ? ForecastCategory.PIPELINE : ForecastCategory.CLOSED);
        try {
            // A close date is a calendar date: HubSpot keeps it as midnight UTC, so its UTC date is the date.
            LocalDate close = instant(p.path("closedate")).map(at -> at.atZone(ZoneOffset.UTC).toLocalDate())
                    .orElseThrow(() -> new IllegalArgumentException("no close date"));
            BigDecimal amount = text(p, "amount").isBlank() ? BigDecimal.ZERO : new BigDecimal(text(p, "amount"));
            LocalDate created = instant(p.path("createdate")).or(() -> instant(record.path("createdAt")))
                    .map(at -> at.atZone(ZoneOffset.UTC).toLocalDate()).orElse(close);
            LocalDate lastActivity = instant(p.path("notes_last_updated")).map(at -> at.atZone(ZoneOffset.UTC).toLocalDate()).orElse(null);
            return Optional.of(new Deal(id, name, accounts.getOrDefault(id, ""), owner.get().id(), Amounts.money(amount, settings.currency()),
                    stage.get(), category, close, text(p, "hs_next_step"), lastActivity, created));
        } catch (IllegalArgumentException e) {
            problems.add(id + " (" + name + "): " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The fields on the deal, by {@code PATCH /crm/v3/objects/deals/{id}} with {@code {"properties": ...}}. */
    @Override
    public CrmWriter.Result write(Outgoing.Write write) {
        ObjectNode body = HttpJson.JSON.createObjectNode();
        ObjectNode properties = body.putObject("properties");
        write.fields().forEach(properties::put);
        URI uri = URI.create(settings.apiUrl().toString().replaceAll("/+$", "") + "/crm/v3/objects/deals/"
                + URLEncoder.encode(write.dealId(), StandardCharsets.UTF_8));
        try {
            HttpJson.Answer answer = http.send("PATCH", uri, Map.of("Authorization", "Bearer " + settings.accessToken()), body.toString(),
                    "application/json");
            if (answer.ok()) {
                return new CrmWriter.Written();
            }
            CrmException failure = failure(answer);
            if (answer.status() == 429) {
                return new CrmWriter.RetryLater(answer.header("Retry-After").map(HubSpotSource::seconds).orElse(Duration.ofSeconds(10)),
                        failure.getMessage());
            }
            return failure.kind() == CrmException.Kind.UNAVAILABLE ? new CrmWriter.RetryLater(Duration.ofMinutes(1), failure.getMessage())
                    : new CrmWriter.Failed(failure.getMessage());
        } catch (CrmException e) {
            return new CrmWriter.RetryLater(Duration.ofMinutes(1), e.getMessage());
        }
    }

    /** Owner id -> email, every page, deactivated owners too (their deals still have them). */
    private Map<String, String> owners() {
        Map<String, String> emails = new HashMap<>();
        for (String archived : List.of("true", "false")) {
            for (JsonNode owner : pages("/crm/v3/owners", Map.of("limit", String.valueOf(PAGE), "archived", archived))) {
                emails.put(owner.path("id").asString(), owner.path("email").asString(""));
            }
        }
        return emails;
    }

    /** Stage id -> label across the deal pipelines. */
    private Map<String, String> stageLabels() {
        Map<String, String> labels = new HashMap<>();
        JsonNode answer = call("GET", "/crm/v3/pipelines/deals", null, false);
        for (JsonNode pipeline : answer.path("results")) {
            for (JsonNode stage : pipeline.path("stages")) {
                labels.put(stage.path("id").asString(), stage.path("label").asString(""));
            }
        }
        return labels;
    }

    /** Every deal, or every archived one, through the list endpoint. */
    private List<JsonNode> list(boolean archived) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("limit", String.valueOf(PAGE));
        query.put("properties", String.join(",", PROPERTIES));
        query.put("archived", String.valueOf(archived));
        return pages("/crm/v3/objects/deals", query);
    }

    /**
     * Deals modified after {@code since}, oldest first, through the search API; near its 10,000-result
     * cap the search starts again after the newest modification seen.
     */
    private List<JsonNode> modifiedSince(Instant since) {
        List<JsonNode> found = new ArrayList<>();
        Instant from = since;
        String after = null;
        int inThisSearch = 0;
        while (true) {
            ObjectNode body = HttpJson.JSON.createObjectNode();
            ObjectNode filter = body.putArray("filterGroups").addObject().putArray("filters").addObject();
            filter.put("propertyName", "hs_lastmodifieddate").put("operator", "GTE").put("value", String.valueOf(from.toEpochMilli()));
            body.putArray("sorts").addObject().put("propertyName", "hs_lastmodifieddate").put("direction", "ASCENDING");
            ArrayNode properties = body.putArray("properties");
            PROPERTIES.forEach(properties::add);
            body.put("limit", PAGE);
            if (after != null) {
                body.put("after", after);
            }
            JsonNode page = call("POST", "/crm/v3/objects/deals/search", body.toString(), true);
            page.path("results").forEach(found::add);
            inThisSearch += page.path("results").size();
            after = page.path("paging").path("next").path("after").asString(null);
            if (after == null || after.isBlank()) {
                return found;
            }
            if (inThisSearch + PAGE > SEARCH_CAP && !found.isEmpty()) {
                // Paging past 10,000 is refused: search again from the newest modification seen.
                from = later(from, instant(found.get(found.size() - 1).path("properties").path("hs_lastmodifieddate")).orElse(from));
                after = null;
                inThisSearch = 0;
            }
        }
    }

    /** Each deal's primary company's name (else its first associated company's), in batches. */
    private Map<String, String> accounts(List<String> dealIds) {
        Map<String, String> companyOf = new HashMap<>();
        for (int i = 0; i < dealIds.size(); i += PAGE) {
            ObjectNode body = HttpJson.JSON.createObjectNode();
            ArrayNode inputs = body.putArray("inputs");
            dealIds.subList(i, Math.min(dealIds.size(), i + PAGE)).forEach(id -> inputs.addObject().put("id", id));
            JsonNode answer = call("POST", "/crm/v4/associations/deals/companies/batch/read", body.toString(), false);
            for (JsonNode result : answer.path("results")) {
                JsonNode chosen = result.path("to").path(0);
                for (JsonNode to : result.path("to")) {
                    for (JsonNode type : to.path("associationTypes")) {
                        if (type.path("typeId").asInt() == PRIMARY_COMPANY) {
                            chosen = to;
                        }
                    }
                }
                if (!chosen.isMissingNode()) {
                    companyOf.put(result.path("from").path("id").asString(), chosen.path("toObjectId").asString());
                }
            }
        }
        List<String> companies = companyOf.values().stream().distinct().toList();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < companies.size(); i += PAGE) {
            ObjectNode body = HttpJson.JSON.createObjectNode();
            body.putArray("properties").add("name");
            ArrayNode inputs = body.putArray("inputs");
            companies.subList(i, Math.min(companies.size(), i + PAGE)).forEach(id -> inputs.addObject().put("id", id));
            JsonNode answer = call("POST", "/crm/v3/objects/companies/batch/read", body.toString(), false);
            answer.path("results").forEach(company -> names.put(company.path("id").asString(),
                    company.path("properties").path("name").asString("")));
        }
        Map<String, String> accounts = new HashMap<>();
        companyOf.forEach((deal, company) -> accounts.put(deal, names.getOrDefault(company, "")));
        return accounts;
    }

    /** Every result of a GET list, following {@code paging.next.after} until there is none (a short page is not the end). */
    private List<JsonNode> pages(String path, Map<String, String> query) {
        List<JsonNode> results = new ArrayList<>();
        String after = null;
        do {
            Map<String, String> params = new LinkedHashMap<>(query);
            if (after != null) {
                params.put("after", after);
            }
            StringBuilder url = new StringBuilder(path);
            String sep = "?";
            for (Map.Entry<String, String> param : params.entrySet()) {
                url.append(sep).append(param.getKey()).append('=').append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
                sep = "&";
            }
            JsonNode page = call("GET", url.toString(), null, false);
            page.path("results").forEach(results::add);
            after = page.path("paging").path("next").path("after").asString(null);
        } while (after != null && !after.isBlank());
        return results;
    }

    /** One call; a 429 waits (its Retry-After, else a second) and tries again, a few times. */
    private JsonNode call(String method, String pathAndQuery, String body, boolean search) {
        URI uri = URI.create(settings.apiUrl().toString().replaceAll("/+$", "") + pathAndQuery);
        for (int attempt = 1; ; attempt++) {
            if (search) {
                pace();
            }
            HttpJson.Answer answer = http.send(method, uri, Map.of("Authorization", "Bearer " + settings.accessToken()), body,
                    "application/json");
            if (answer.ok() && answer.json() != null) {
                return answer.json();
            }
            boolean daily = answer.json() != null && "DAILY".equals(answer.json().path("policyName").asString(""));
            if (answer.status() == 429 && !daily && attempt < TRIES) {
                // Retry-After when given, else 1, 2, 4, 8 s: together longer than HubSpot's ten-second window.
                sleeper.sleep(answer.header("Retry-After").map(HubSpotSource::seconds).orElse(Duration.ofSeconds(1L << (attempt - 1))));
                continue;
            }
            throw failure(answer);
        }
    }

    private void pace() {
        long wait = lastSearchAt + SEARCH_PACE.toMillis() - System.currentTimeMillis();
        if (wait > 0) {
            sleeper.sleep(Duration.ofMillis(wait));
        }
        lastSearchAt = System.currentTimeMillis();
    }

    /** HubSpot's error, {@code {"status": "error", "message", "category"}}, as one line. */
    private static CrmException failure(HttpJson.Answer answer) {
        JsonNode json = answer.json();
        String category = json == null ? "" : json.path("category").asString(json.path("errorType").asString(""));
        String message = json == null ? "HTTP " + answer.status() : json.path("message").asString("HTTP " + answer.status());
        String line = (category.isBlank() ? "" : category + ": ") + message;
        if (answer.status() == 429) {
            return new CrmException(CrmException.Kind.LIMIT, "HubSpot's rate limit is reached (" + line + "); the deals stay as they were "
                    + "and the next sync tries again");
        }
        if (answer.status() == 401 || answer.status() == 403) {
            return new CrmException(CrmException.Kind.AUTHENTICATION, "HubSpot refused the access token (" + line + ")");
        }
        return new CrmException(answer.status() >= 500 ? CrmException.Kind.UNAVAILABLE : CrmException.Kind.BAD_ANSWER,
                "HubSpot could not answer (" + line + ")");
    }

    private static Duration seconds(String header) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private static String text(JsonNode properties, String name) {
        JsonNode value = properties.path(name);
        return value.isNull() || value.isMissingNode() ? "" : value.asString("");
    }

    /** An ISO instant, with or without milliseconds ({@code 2026-12-12T00:00:00Z}); empty when absent or unreadable. */
    private static Optional<Instant> instant(JsonNode node) {
        if (!node.isString() || node.asString().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(node.asString()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }
}
