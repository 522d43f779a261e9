package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.activity.ActivityLog;
import dev.dealcoach.core.activity.ActivityStore;
import dev.dealcoach.core.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import redis.clients.jedis.UnifiedJedis;

/**
 * Per person a hash of counters by day, {@code 2026-12-01:exec} -> integer (also {@code :discovery},
 * {@code :proposals}, {@code :pipeline:USD} in minor units, and {@code :logged}), each added with
 * {@code HINCRBY} in one script, so two logs at once both count.
 */
final class RedisActivityStore implements ActivityStore {

    private static final List<String> COUNTS = List.of("logged", "exec", "discovery", "proposals");

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    /** Adds each field's amount, all at once (a script, not MULTI: Jedis has no transactions on a cluster). */
    private static final String ADD = """
            for i = 1, #ARGV, 2 do
              redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1])
            end
            return 1
            """;

    RedisActivityStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void add(String personId, LocalDate date, ActivityLog logged) {
        String key = keys.activity(personId);
        Currency currency = logged.newPipeline().currency();
        redis.eval(ADD, List.of(key), List.of(
                date + ":logged", "1",
                date + ":exec", Integer.toString(logged.execMeetings()),
                date + ":discovery", Integer.toString(logged.discoveryCalls()),
                date + ":proposals", Integer.toString(logged.proposals()),
                date + ":pipeline:" + currency.getCurrencyCode(), Long.toString(minorUnits(logged.newPipeline()))));
    }

    @Override
    public Map<LocalDate, ActivityLog> between(String personId, LocalDate from, LocalDate to, Currency currency) {
        List<String> fields = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (String count : COUNTS) {
                fields.add(date + ":" + count);
            }
            fields.add(date + ":pipeline:" + currency.getCurrencyCode());
        }
        Map<LocalDate, ActivityLog> found = new TreeMap<>();
        if (fields.isEmpty()) {
            return found;
        }
        List<String> values = redis.hmget(keys.activity(personId), fields.toArray(String[]::new));
        int perDay = COUNTS.size() + 1;
        int day = 0;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1), day++) {
            int at = day * perDay;
            if (values.get(at) != null) {
                found.put(date, new ActivityLog(number(values.get(at + 1)), number(values.get(at + 2)), number(values.get(at + 3)),
                        new Money(BigDecimal.valueOf(values.get(at + 4) == null ? 0 : Long.parseLong(values.get(at + 4)),
                                Math.max(currency.getDefaultFractionDigits(), 0)), currency)));
            }
        }
        return found;
    }

    private static int number(String value) {
        return value == null ? 0 : Integer.parseInt(value);
    }

    private static long minorUnits(Money money) {
        return money.amount().movePointRight(Math.max(money.currency().getDefaultFractionDigits(), 0)).longValueExact();
    }
}
