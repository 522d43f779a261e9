package dev.dealcoach.core.backend.redis;

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
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Finds a person's keys and old entries by {@code SCAN}ning the key layout of {@link RedisKeys}: an
 * admin request or a daily job, never on a chat turn. Lists are trimmed from the end that holds the
 * old entries with {@code LTRIM}, so an entry pushed meanwhile at the other end is kept.
 */
final class RedisRecordKeeping implements RecordKeeping {

    private static final int SCAN_COUNT = 1_000;

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
        scan(start.replace(personId, glob(personId)) + "*", key -> {
            String place = key.substring(start.length());
            String json = redis.get(key);
            if (isPlace(place) && json != null) {
                found.put(place, StoreJson.read(json, ConversationState.class));
            }
        });
        return found;
    }

    /** A person id may contain a colon: only keys whose rest is a place belong to this person. */
    private static boolean isPlace(String place) {
        return place.equals("dm") || place.startsWith("channel:") || place.startsWith("thread:") || place.startsWith("parked:");
    }

    @Override
    public List<String> forecastWeeksOf(String personId) {
        TreeSet<String> weeks = new TreeSet<>();
        String start = keys.prefix() + "forecast:";
        String end = ":" + personId + ":versions";
        scan(start + "*" + glob(end), key -> weeks.add(key.substring(start.length(), key.length() - end.length())));
        return List.copyOf(weeks);
    }

    @Override
    public List<DeliveryOutcome> deliveriesTo(String personId) {
        List<DeliveryOutcome> found = new ArrayList<>();
        scan(keys.outboxOutcome("*") + glob(":person:" + personId), key -> {
            String json = redis.get(key);
            if (json != null) {
                found.add(StoreJson.read(json, DeliveryOutcome.class));
            }
        });
        return found;
    }

    @Override
    public void forget(String personId) {
        String start = keys.prefix() + "conversation:" + personId + ":";
        scan(start.replace(personId, glob(personId)) + "*", key -> {
            if (isPlace(key.substring(start.length()))) {
                redis.del(key);
            }
        });
        redis.del(keys.activity(personId));
        redis.hdel(keys.preferences(), personId);
        redis.hdel(keys.preferredContacts(), personId);
        redis.hdel(keys.lastContacts(), personId);
        for (Platform platform : Platform.values()) {
            redis.hdel(keys.addresses(platform.id()), personId);
        }
        String person = glob(":person:" + personId);
        scan(keys.outboxOutcome("*") + person, redis::del);
        scan(keys.outboxKey("*") + person, redis::del);
        for (String week : forecastWeeksOf(personId)) {
            String json = redis.hget(keys.forecastWeek(week), personId);
            redis.del(keys.forecastVersions(week, personId));
            if (json != null) {
                String counted = StoreJson.write(withoutNote(StoreJson.read(json, ForecastCall.class)));
                redis.hset(keys.forecastWeek(week), personId, counted);
                redis.lpush(keys.forecastVersions(week, personId), counted);
            }
        }
        scan(keys.forecastAway("*"), key -> redis.srem(key, personId));
        redis.srem(keys.riskMorningDigest(), personId);
        redis.del(keys.riskHeld(personId));
        scan(keys.riskRecord("*", glob(personId), "alerted"), redis::del);
        scan(keys.riskRecord("*", glob(personId), "acted"), redis::del);
    }

    static ForecastCall withoutNote(ForecastCall call) {
        return new ForecastCall(call.personId(), call.week(), call.called(), call.fromDeals(), "", call.submittedBy(), call.at());
    }

    @Override
    public Pruned prune(Cutoffs cutoffs) {
        int[] deliveries = {0};
        scan(keys.outboxOutcome("*"), key -> {
            String json = redis.get(key);
            if (json != null && StoreJson.read(json, DeliveryOutcome.class).at().isBefore(cutoffs.deliveries())) {
                deliveries[0] += (int) redis.del(key);
            }
        });
        int[] days = {0};
        scan(keys.activity("*"), key -> {
            List<String> old = redis.hkeys(key).stream()
                    .filter(field -> LocalDate.parse(field.substring(0, field.indexOf(':'))).isBefore(cutoffs.history())).toList();
            if (!old.isEmpty()) {
                redis.hdel(key, old.toArray(String[]::new));
                days[0] += (int) old.stream().filter(field -> field.endsWith(":logged")).count();
            }
        });
        int[] changes = {0};
        scan(keys.dealHistory("*"), key -> {
            int old = leading(redis.lrange(key, 0, -1),
                    json -> StoreJson.read(json, DealChange.class).on().isBefore(cutoffs.history()));
            if (old > 0) {
                redis.ltrim(key, old, -1);
                changes[0] += old;
            }
        });
        int[] reviews = {0};
        scan(keys.reviews("*"), key -> {
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
        String forecast = keys.prefix() + "forecast:";
        scan(forecast + "*", key -> {
            String rest = key.substring(forecast.length());
            String week = rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : rest;
            if (week.compareTo(cutoffs.forecastWeek()) < 0) {
                redis.del(key);
                weeks.add(week);
            }
        });
        int[] quarters = {0};
        Predicate<String> oldQuarter = quarter -> quarter.compareTo(cutoffs.quarter()) < 0;
        String accuracy = keys.forecastAccuracy("");
        scan(accuracy + "*", key -> {
            if (oldQuarter.test(key.substring(accuracy.length()))) {
                quarters[0] += (int) redis.del(key);
            }
        });
        for (String kind : List.of("alerted", "acted")) {
            String records = keys.riskRecord("", "", kind);
            String start = records.substring(0, records.length() - 1);
            scan(start + "*", key -> {
                String rest = key.substring(start.length());
                if (rest.contains(":") && oldQuarter.test(rest.substring(0, rest.indexOf(':')))) {
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

    private void scan(String pattern, Consumer<String> each) {
        ScanParams params = new ScanParams().match(pattern).count(SCAN_COUNT);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, params);
            page.getResult().forEach(each);
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    }

    /** {@code literal} as a SCAN pattern that matches only itself. */
    static String glob(String literal) {
        return literal.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }
}
