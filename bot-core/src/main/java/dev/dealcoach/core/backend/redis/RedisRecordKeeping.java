package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.conversation.ConversationState;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.forecast.ForecastCall;
import dev.dealcoach.core.pipeline.DeliveryOutcome;
import dev.dealcoach.core.privacy.Cutoffs;
import dev.dealcoach.core.privacy.Pruned;
import dev.dealcoach.core.privacy.RecordKeeping;
import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.risk.DealChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import redis.clients.jedis.ScanIteration;
import redis.clients.jedis.UnifiedJedis;

/**
 * Finds a person's keys and old entries by {@code SCAN}ning the key layout of {@link RedisKeys}: an
 * admin request or a daily job, never on a chat turn. Lists are trimmed from the end that holds the
 * old entries with {@code LTRIM}, so an entry pushed meanwhile at the other end is kept.
 */
final class RedisRecordKeeping implements RecordKeeping {

    private static final int SCAN_COUNT = 1_000;

    /**
     * The places of {@link dev.dealcoach.core.conversation.Destination#key()} and parked flows: a person
     * id may contain a colon, so only keys whose rest is exactly a place belong to this person.
     */
    private static final Pattern PLACE = Pattern.compile("dm|(channel|thread):(slack|teams|playground):.+|parked:[0-9a-f-]+");

    /** A forecast week's key ({@code ForecastWeek#key}). */
    private static final Pattern WEEK = Pattern.compile("FY\\d\\d-Q\\d-W\\d\\d");

    /** A quarter's key ({@code FiscalQuarter#key}). */
    private static final Pattern QUARTER = Pattern.compile("FY\\d\\d-Q\\d");

    /** A list replaced by one entry, in one step. */
    private static final String ONLY_VERSION = """
            redis.call('DEL', KEYS[1])
            redis.call('LPUSH', KEYS[1], ARGV[1])
            return 1
            """;

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisRecordKeeping(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Map<String, ConversationState> conversationsOf(String personId) {
        Map<String, ConversationState> found = new LinkedHashMap<>();
        String start = keys.prefix() + "conversation:" + personId + ":";
        scan(glob(start) + "*", key -> {
            String place = key.substring(start.length());
            String json = PLACE.matcher(place).matches() ? redis.get(key) : null;
            if (json != null) {
                found.put(place, StoreJson.read(json, ConversationState.class));
            }
        });
        return found;
    }

    @Override
    public List<String> forecastWeeksOf(String personId) {
        TreeSet<String> weeks = new TreeSet<>();
        String end = ":" + personId + ":versions";
        scan(glob(keys.forecastWeeks()) + "*" + glob(end), key -> keys.weekOf(key)
                .filter(week -> WEEK.matcher(week).matches() && key.equals(keys.forecastVersions(week, personId)))
                .ifPresent(weeks::add));
        return List.copyOf(weeks);
    }

    @Override
    public List<DeliveryOutcome> deliveriesTo(String personId) {
        List<DeliveryOutcome> found = new ArrayList<>();
        scan(glob(keys.outboxOutcome("")) + "*" + glob(":person:" + personId), key -> {
            String json = redis.get(key);
            if (json != null) {
                found.add(StoreJson.read(json, DeliveryOutcome.class));
            }
        });
        return found;
    }

    @Override
    public void forget(String personId) {
        conversationsOf(personId).keySet().forEach(place -> redis.del(keys.conversation(new ConversationKey(personId, place))));
        redis.del(keys.activity(personId));
        redis.hdel(keys.preferences(), personId);
        redis.hdel(keys.preferredContacts(), personId);
        redis.hdel(keys.lastContacts(), personId);
        for (Platform platform : Platform.values()) {
            redis.hdel(keys.addresses(platform.id()), personId);
        }
        String person = glob(":person:" + personId);
        scan(glob(keys.outboxOutcome("")) + "*" + person, redis::del);
        scan(glob(keys.outboxKey("")) + "*" + person, redis::del);
        for (String week : forecastWeeksOf(personId)) {
            // The call that counts is rewritten before the versions are: a failure in between leaves the
            // versions list, by which a second forget finds the week again.
            String json = redis.hget(keys.forecastWeek(week), personId);
            if (json != null) {
                String counted = StoreJson.write(StoreJson.read(json, ForecastCall.class).withoutNote());
                redis.hset(keys.forecastWeek(week), personId, counted);
                redis.eval(ONLY_VERSION, List.of(keys.forecastVersions(week, personId)), List.of(counted));
            } else {
                redis.del(keys.forecastVersions(week, personId));
            }
        }
        scan(glob(keys.forecastWeeks()) + "*" + glob(":away"), key -> keys.weekOf(key)
                .filter(week -> WEEK.matcher(week).matches() && key.equals(keys.forecastAway(week)))
                .ifPresent(week -> redis.srem(key, personId)));
        redis.srem(keys.riskMorningDigest(), personId);
        redis.del(keys.riskHeld(personId));
        for (String kind : List.of("alerted", "acted")) {
            String start = riskRecords(kind);
            scan(glob(start) + "*" + glob(":" + personId), key -> {
                if (QUARTER.matcher(key.substring(start.length(), key.length() - personId.length() - 1)).matches()) {
                    redis.del(key);
                }
            });
        }
    }

    /** What every slip-risk record key of a kind starts with, before its quarter. */
    private String riskRecords(String kind) {
        String records = keys.riskRecord("", "", kind);
        return records.substring(0, records.length() - 1);
    }

    @Override
    public Pruned prune(Cutoffs cutoffs) {
        int[] deliveries = {0};
        scan(glob(keys.outboxOutcome("")) + "*", key -> {
            String json = redis.get(key);
            if (json != null && StoreJson.read(json, DeliveryOutcome.class).at().isBefore(cutoffs.deliveries())) {
                deliveries[0] += (int) redis.del(key);
            }
        });
        int[] days = {0};
        scan(glob(keys.activity("")) + "*", key -> {
            List<String> old = redis.hkeys(key).stream()
                    .filter(field -> LocalDate.parse(field.substring(0, field.indexOf(':'))).isBefore(cutoffs.history())).toList();
            if (!old.isEmpty()) {
                redis.hdel(key, old.toArray(String[]::new));
                days[0] += (int) old.stream().filter(field -> field.endsWith(":logged")).count();
            }
        });
        int[] changes = {0};
        scan(glob(keys.dealHistory("")) + "*", key -> {
            int old = leading(redis.lrange(key, 0, -1),
                    json -> StoreJson.read(json, DealChange.class).on().isBefore(cutoffs.history()));
            if (old > 0) {
                redis.ltrim(key, old, -1);
                changes[0] += old;
            }
        });
        int[] reviews = {0};
        scan(glob(keys.reviews("")) + "*", key -> {
            List<String> newestFirst = new ArrayList<>(redis.lrange(key, 0, -1));
            java.util.Collections.reverse(newestFirst);
            int old = leading(newestFirst, json -> StoreJson.read(json, DealReview.class).at()
                    .isBefore(cutoffs.history().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
            if (old > 0) {
                redis.ltrim(key, 0, -(old + 1));
                reviews[0] += old;
            }
        });
        TreeSet<String> weeks = new TreeSet<>();
        scan(glob(keys.forecastWeeks()) + "*", key -> keys.weekOf(key)
                .filter(week -> WEEK.matcher(week).matches() && week.compareTo(cutoffs.forecastWeek()) < 0)
                .ifPresent(week -> {
                    redis.del(key);
                    weeks.add(week);
                }));
        int[] quarters = {0};
        Predicate<String> oldQuarter = quarter -> quarter.compareTo(cutoffs.quarter()) < 0;
        scan(glob(keys.forecastAccuracies()) + "*", key -> keys.accuracyQuarterOf(key)
                .filter(quarter -> QUARTER.matcher(quarter).matches() && oldQuarter.test(quarter))
                .ifPresent(quarter -> quarters[0] += (int) redis.del(key)));
        for (String kind : List.of("alerted", "acted")) {
            String start = riskRecords(kind);
            scan(glob(start) + "*", key -> {
                String rest = key.substring(start.length());
                String quarter = rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : rest;
                if (QUARTER.matcher(quarter).matches() && oldQuarter.test(quarter)) {
                    quarters[0] += (int) redis.del(key);
                }
            });
        }
        return new Pruned(deliveries[0], days[0], changes[0], reviews[0], weeks.size(), quarters[0]);
    }

    /** How many entries at the start of {@code entries} are old. */
    private static int leading(List<String> entries, Predicate<String> old) {
        int count = 0;
        while (count < entries.size() && old.test(entries.get(count))) {
            count++;
        }
        return count;
    }

    /** Every key matching {@code pattern} once (SCAN may return a key twice; a cluster is scanned node by node). */
    private void scan(String pattern, Consumer<String> each) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        ScanIteration keysFound = redis.scanIteration(SCAN_COUNT, pattern);
        while (!keysFound.isIterationCompleted()) {
            found.addAll(keysFound.nextBatchList());
        }
        found.forEach(each);
    }

    /** {@code literal} as a SCAN pattern that matches only itself. */
    static String glob(String literal) {
        return literal.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }
}
