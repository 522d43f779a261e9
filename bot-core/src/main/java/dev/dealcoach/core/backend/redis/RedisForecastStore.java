package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.forecast.ForecastCall;
import dev.dealcoach.core.forecast.ForecastNumbers;
import dev.dealcoach.core.forecast.ForecastStore;
import dev.dealcoach.core.forecast.WeekLine;
import dev.dealcoach.core.model.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/**
 * Per week a hash of the calls that count (person id -> call) and a set of who is away; per person
 * and week a list of every version, the last saved first. A week gone by has a hash of its lines and
 * a closed quarter one of its accuracy, each with an empty field that marks it kept: it is written
 * under a key of its own and renamed into place only if nobody kept it first.
 */
final class RedisForecastStore implements ForecastStore {

    /**
     * Keeps the version and, in the same step, makes it the one that counts unless that one is newer:
     * two instances saving at once cannot leave an older call counting. The numbers called go beside
     * it in a compact form of their own, which is all a rollup reads. Jackson writes an instant as
     * ISO-8601 with 0, 3, 6 or 9 fraction digits; padded to 9 they compare as text (for four-digit years).
     */
    private static final String SAVE = """
            local function instant(json)
              local whole, fraction = string.match(cjson.decode(json)['at'], '^([^.Z]+)%.?(%d*)Z$')
              return whole .. fraction .. string.rep('0', 9 - #fraction)
            end
            redis.call('LPUSH', KEYS[2], ARGV[2])
            local current = redis.call('HGET', KEYS[1], ARGV[1])
            if not current or instant(current) <= instant(ARGV[2]) then
              redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
              redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
            end
            return 1
            """;

    /** The field that marks a kept hash: no person id is empty. */
    private static final String KEPT = "";

    /** Up to how many people {@link #called} asks Redis for by name. */
    private static final int PICKED_OUT = 1_000;

    private static final Comparator<ForecastCall> NEWEST_FIRST = Comparator.comparing(ForecastCall::at).reversed();

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisForecastStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void save(ForecastCall call) {
        redis.eval(SAVE, List.of(keys.forecastWeek(call.week()), keys.forecastVersions(call.week(), call.personId()),
                keys.forecastCalled(call.week())), List.of(call.personId(), StoreJson.write(call), numbers(call.called())));
    }

    @Override
    public Optional<ForecastCall> latest(String personId, String week) {
        return Optional.ofNullable(redis.hget(keys.forecastWeek(week), personId)).map(RedisForecastStore::read);
    }

    /** The list is in save order, so sorting it stably puts the later saved first among equal times. */
    @Override
    public List<ForecastCall> versions(String personId, String week) {
        return redis.lrange(keys.forecastVersions(week, personId), 0, -1).stream()
                .map(RedisForecastStore::read)
                .sorted(NEWEST_FIRST)
                .toList();
    }

    @Override
    public Map<String, ForecastCall> week(String week) {
        return calls(redis.hgetAll(keys.forecastWeek(week)));
    }

    /**
     * From the compact numbers kept beside the calls: a few people's picked out by Redis, many read
     * whole. A week saved before those were kept has them written from its calls first, each only
     * where a save has not written it meanwhile (HSETNX).
     */
    @Override
    public Map<String, ForecastNumbers> called(String week, Collection<String> people) {
        String key = keys.forecastCalled(week);
        Map<String, String> found = new HashMap<>();
        Response<Boolean> exists;
        try (AbstractPipeline pipeline = redis.pipelined()) {
            exists = pipeline.exists(key);
            if (people.size() > PICKED_OUT) {
                Response<Map<String, String>> all = pipeline.hgetAll(key);
                pipeline.sync();
                found.putAll(all.get());
            } else {
                String[] asked = people.toArray(String[]::new);
                Response<List<String>> some = pipeline.hmget(key, asked);
                pipeline.sync();
                for (int i = 0; i < asked.length; i++) {
                    if (some.get().get(i) != null) {
                        found.put(asked[i], some.get().get(i));
                    }
                }
            }
        }
        if (!exists.get()) {
            return calledFromCalls(week, people);
        }
        Set<String> wanted = people instanceof Set<String> set ? set : Set.copyOf(people);
        Map<String, ForecastNumbers> called = new HashMap<>();
        found.forEach((person, text) -> {
            if (wanted.contains(person)) {
                called.put(person, numbers(text.split(" "), 1, text.substring(0, text.indexOf(' '))));
            }
        });
        return called;
    }

    private Map<String, ForecastNumbers> calledFromCalls(String week, Collection<String> people) {
        Map<String, ForecastCall> calls = week(week);
        if (!calls.isEmpty()) {
            try (AbstractPipeline pipeline = redis.pipelined()) {
                calls.forEach((person, call) -> pipeline.hsetnx(keys.forecastCalled(week), person, numbers(call.called())));
                pipeline.sync();
            }
        }
        return ForecastStore.called(calls, people);
    }

    /** Every week asked for in one pipelined round trip. */
    @Override
    public Map<String, Map<String, ForecastCall>> weeks(List<String> weeks) {
        Map<String, Response<Map<String, String>>> responses = new LinkedHashMap<>();
        try (AbstractPipeline pipeline = redis.pipelined()) {
            weeks.forEach(week -> responses.put(week, pipeline.hgetAll(keys.forecastWeek(week))));
            pipeline.sync();
        }
        Map<String, Map<String, ForecastCall>> byWeek = new LinkedHashMap<>();
        responses.forEach((week, response) -> byWeek.put(week, calls(response.get())));
        return byWeek;
    }

    private Map<String, ForecastCall> calls(Map<String, String> stored) {
        Map<String, ForecastCall> calls = new HashMap<>();
        stored.forEach((person, json) -> calls.put(person, read(json)));
        return Collections.unmodifiableMap(calls);
    }

    @Override
    public void markAway(String personId, String week) {
        redis.sadd(keys.forecastAway(week), personId);
    }

    @Override
    public void unmarkAway(String personId, String week) {
        redis.srem(keys.forecastAway(week), personId);
    }

    @Override
    public Set<String> away(String week) {
        return Set.copyOf(redis.smembers(keys.forecastAway(week)));
    }

    private static ForecastCall read(String json) {
        return StoreJson.read(json, ForecastCall.class);
    }

    @Override
    public void keepLines(String week, Map<String, WeekLine> lines) {
        Map<String, String> fields = new HashMap<>();
        lines.forEach((person, line) -> fields.put(person, line(line)));
        keepOnce(keys.forecastLines(week), fields);
    }

    @Override
    public Map<String, Map<String, WeekLine>> keptLines(List<String> weeks, Collection<String> people) {
        return kept(weeks, keys::forecastLines, people, RedisForecastStore::line);
    }

    @Override
    public Map<String, Map<String, WeekLine>> keptLines(List<String> weeks) {
        Map<String, Response<Map<String, String>>> responses = new LinkedHashMap<>();
        try (AbstractPipeline pipeline = redis.pipelined()) {
            weeks.forEach(week -> responses.put(week, pipeline.hgetAll(keys.forecastLines(week))));
            pipeline.sync();
        }
        Map<String, Map<String, WeekLine>> byWeek = new LinkedHashMap<>();
        responses.forEach((week, response) -> {
            Map<String, String> fields = response.get();
            if (fields.containsKey(KEPT)) {
                Map<String, WeekLine> lines = new HashMap<>();
                fields.forEach((person, value) -> {
                    if (!person.equals(KEPT)) {
                        lines.put(person, line(value));
                    }
                });
                byWeek.put(week, Collections.unmodifiableMap(lines));
            }
        });
        return byWeek;
    }

    @Override
    public void keepAccuracy(String quarter, Map<String, Double> accuracy) {
        Map<String, String> fields = new HashMap<>();
        accuracy.forEach((person, value) -> fields.put(person, Double.toString(value)));
        keepOnce(keys.forecastAccuracy(quarter), fields);
    }

    @Override
    public Map<String, Map<String, Double>> keptAccuracy(List<String> quarters, Collection<String> people) {
        return kept(quarters, keys::forecastAccuracy, people, Double::valueOf);
    }

    /** Writes the hash under a key of its own, then renames it into place unless the key is there already (RENAMENX is atomic). */
    private void keepOnce(String key, Map<String, String> fields) {
        String draft = key + ":draft:" + UUID.randomUUID();
        Map<String, String> marked = new HashMap<>(fields);
        marked.put(KEPT, "1");
        redis.hset(draft, marked);
        if (redis.renamenx(draft, key) == 0) {
            redis.del(draft);
        }
    }

    /** The fields of {@code people} in each kept hash, in one pipelined round trip. */
    private <T> Map<String, Map<String, T>> kept(List<String> names, Function<String, String> key, Collection<String> people,
                                                 Function<String, T> read) {
        List<String> fields = new ArrayList<>();
        fields.add(KEPT);
        fields.addAll(people);
        String[] asked = fields.toArray(String[]::new);
        Map<String, Response<List<String>>> responses = new LinkedHashMap<>();
        try (AbstractPipeline pipeline = redis.pipelined()) {
            names.forEach(name -> responses.put(name, pipeline.hmget(key.apply(name), asked)));
            pipeline.sync();
        }
        Map<String, Map<String, T>> byName = new LinkedHashMap<>();
        responses.forEach((name, response) -> {
            List<String> values = response.get();
            if (values.get(0) != null) {
                Map<String, T> found = new HashMap<>();
                for (int i = 1; i < asked.length; i++) {
                    if (values.get(i) != null) {
                        found.put(asked[i], read.apply(values.get(i)));
                    }
                }
                byName.put(name, Collections.unmodifiableMap(found));
            }
        });
        return byName;
    }

    /** {@code 1 USD 100 300 400 900 100 350 450 900}: whether anyone called, the currency, the deals' four numbers, the counted four. */
    private static String line(WeekLine line) {
        StringBuilder text = new StringBuilder(line.anyoneCalled() ? "1" : "0").append(' ')
                .append(line.deals().commit().currency().getCurrencyCode());
        for (ForecastNumbers numbers : List.of(line.deals(), line.counted())) {
            for (Money money : List.of(numbers.closed(), numbers.commit(), numbers.bestCase(), numbers.pipeline())) {
                text.append(' ').append(money.amount().toPlainString());
            }
        }
        return text.toString();
    }

    /** {@code USD 100 300 400 900}: the currency, then closed, commit, best case and pipeline. */
    private static String numbers(ForecastNumbers numbers) {
        StringBuilder text = new StringBuilder(numbers.commit().currency().getCurrencyCode());
        for (Money money : List.of(numbers.closed(), numbers.commit(), numbers.bestCase(), numbers.pipeline())) {
            text.append(' ').append(money.amount().toPlainString());
        }
        return text.toString();
    }

    private static WeekLine line(String text) {
        String[] parts = text.split(" ");
        String currency = parts[1];
        return new WeekLine(numbers(parts, 2, currency), numbers(parts, 6, currency), parts[0].equals("1"));
    }

    private static ForecastNumbers numbers(String[] parts, int from, String currency) {
        return new ForecastNumbers(Money.of(parts[from], currency), Money.of(parts[from + 1], currency),
                Money.of(parts[from + 2], currency), Money.of(parts[from + 3], currency));
    }
}
