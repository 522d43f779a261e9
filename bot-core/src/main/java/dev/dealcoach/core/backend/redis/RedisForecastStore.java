package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.forecast.ForecastCall;
import dev.dealcoach.core.forecast.ForecastStore;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/**
 * Per week a hash of the calls that count (person id -> call) and a set of who is away; per person
 * and week a list of every version, the last saved first.
 */
final class RedisForecastStore implements ForecastStore {

    /**
     * Keeps the version and, in the same step, makes it the one that counts unless that one is newer:
     * two instances saving at once cannot leave an older call counting. Jackson writes an instant as
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
            end
            return 1
            """;

    private static final Comparator<ForecastCall> NEWEST_FIRST = Comparator.comparing(ForecastCall::at).reversed();

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisForecastStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void save(ForecastCall call) {
        redis.eval(SAVE, List.of(keys.forecastWeek(call.week()), keys.forecastVersions(call.week(), call.personId())),
                List.of(call.personId(), StoreJson.write(call)));
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
        return stored.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> read(entry.getValue())));
    }

    @Override
    public void markAway(String personId, String week) {
        redis.sadd(keys.forecastAway(week), personId);
    }

    @Override
    public Set<String> away(String week) {
        return Set.copyOf(redis.smembers(keys.forecastAway(week)));
    }

    private static ForecastCall read(String json) {
        return StoreJson.read(json, ForecastCall.class);
    }
}
