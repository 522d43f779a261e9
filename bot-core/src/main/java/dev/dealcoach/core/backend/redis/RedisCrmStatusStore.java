package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.crm.CrmStatus;
import dev.dealcoach.core.crm.CrmStatusStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.UnifiedJedis;

/** One hash: cursor, last-success, last-error, last-error-at (absent fields are null). */
final class RedisCrmStatusStore implements CrmStatusStore {

    private static final String REPLACE = """
            redis.call('DEL', KEYS[1])
            if #ARGV > 0 then redis.call('HSET', KEYS[1], unpack(ARGV)) end
            return 1
            """;

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisCrmStatusStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public CrmStatus load() {
        Map<String, String> fields = redis.hgetAll(keys.crmStatus());
        return new CrmStatus(fields.get("cursor"), instant(fields.get("last-success")), fields.get("last-error"),
                instant(fields.get("last-error-at")));
    }

    @Override
    public void save(CrmStatus status) {
        Map<String, String> fields = new HashMap<>();
        put(fields, "cursor", status.cursor());
        put(fields, "last-success", status.lastSuccess());
        put(fields, "last-error", status.lastError());
        put(fields, "last-error-at", status.lastErrorAt());
        // Replaced whole, in one step: a reader never sees a new cursor beside an old error.
        List<String> args = new ArrayList<>();
        fields.forEach((name, value) -> {
            args.add(name);
            args.add(value);
        });
        redis.eval(REPLACE, List.of(keys.crmStatus()), args);
    }

    private static void put(Map<String, String> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value.toString());
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
