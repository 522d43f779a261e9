package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.forecast.DealTally;
import dev.dealcoach.core.forecast.DealTotals;
import dev.dealcoach.core.forecast.QuarterTotals;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.store.DealStore;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/**
 * Deals in one hash (deal id -> JSON); beside them each deal's {@link DealTally} (deal id -> JSON
 * list: the month, then field and value pairs) and, per month, a hash of every owner's sums
 * ({@code <owner>:<field>} -> integer). A save is one Lua script that takes the deal's old tally
 * off the sums and adds the new one, so no reader sees a deal without its part in the totals.
 */
final class RedisDealStore implements DealStore, DealTotals {

    /**
     * KEYS: deals, tallies, the set of months with sums. ARGV: deal id, deal JSON, tally JSON, the
     * prefix of the months' keys. Values are integers as text, so negating one is a sign change; a
     * field that comes to zero is removed.
     */
    private static final String SAVE = """
            local function apply(json, negate)
              local tally = cjson.decode(json)
              local key = ARGV[4] .. tally[1]
              for i = 2, #tally, 2 do
                local by = tally[i + 1]
                if negate then
                  if string.sub(by, 1, 1) == '-' then by = string.sub(by, 2) else by = '-' .. by end
                end
                if redis.call('HINCRBY', key, tally[i], by) == 0 then
                  redis.call('HDEL', key, tally[i])
                end
              end
              redis.call('SADD', KEYS[3], tally[1])
            end
            local old = redis.call('HGET', KEYS[2], ARGV[1])
            if old then
              apply(old, true)
            end
            apply(ARGV[3], false)
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
            return 1
            """;

    /** KEYS: the set of months with sums. ARGV: the prefix of the months' keys. Deletes every month's sums and the set. */
    private static final String CLEAR_TOTALS = """
            for _, month in ipairs(redis.call('SMEMBERS', KEYS[1])) do
              redis.call('DEL', ARGV[1] .. month)
            end
            redis.call('DEL', KEYS[1])
            return 1
            """;

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisDealStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void replaceAll(Collection<Deal> deals) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> tallies = new LinkedHashMap<>();
        Map<YearMonth, Map<String, Long>> sums = new HashMap<>();
        for (Deal deal : deals) {
            DealTally tally = DealTally.of(deal);
            fields.put(deal.id(), StoreJson.write(deal));
            tallies.put(deal.id(), tallyJson(tally));
            Map<String, Long> month = sums.computeIfAbsent(tally.month(), m -> new HashMap<>());
            tally.fields().forEach((field, value) -> month.merge(tally.ownerId() + ":" + field, value, Long::sum));
        }
        try (AbstractTransaction tx = redis.multi()) {
            tx.eval(CLEAR_TOTALS, List.of(keys.dealTotalsMonths()), List.of(keys.dealTotals("")));
            tx.del(keys.deals(), keys.dealTallies());
            if (!fields.isEmpty()) {
                tx.hset(keys.deals(), fields);
                tx.hset(keys.dealTallies(), tallies);
            }
            sums.forEach((month, monthSums) -> {
                Map<String, String> nonZero = new HashMap<>();
                monthSums.forEach((field, value) -> {
                    if (value != 0) {
                        nonZero.put(field, Long.toString(value));
                    }
                });
                if (!nonZero.isEmpty()) {
                    tx.hset(keys.dealTotals(month.toString()), nonZero);
                }
                tx.sadd(keys.dealTotalsMonths(), month.toString());
            });
            tx.exec();
        }
    }

    @Override
    public void save(Deal deal) {
        redis.eval(SAVE, List.of(keys.deals(), keys.dealTallies(), keys.dealTotalsMonths()),
                List.of(deal.id(), StoreJson.write(deal), tallyJson(DealTally.of(deal)), keys.dealTotals("")));
    }

    private static String tallyJson(DealTally tally) {
        List<String> list = new ArrayList<>();
        list.add(tally.month().toString());
        tally.fields().forEach((field, value) -> {
            list.add(tally.ownerId() + ":" + field);
            list.add(Long.toString(value));
        });
        return StoreJson.write(list);
    }

    @Override
    public Optional<Deal> find(String id) {
        return Optional.ofNullable(redis.hget(keys.deals(), id)).map(json -> StoreJson.read(json, Deal.class));
    }

    @Override
    public List<Deal> all() {
        return redis.hgetAll(keys.deals()).values().stream()
                .map(json -> StoreJson.read(json, Deal.class))
                .sorted(Comparator.comparing(Deal::id))
                .toList();
    }

    @Override
    public List<Deal> ownedBy(String personId) {
        return all().stream().filter(deal -> deal.ownerId().equals(personId)).toList();
    }

    /** The quarter's three months in one round trip; a field is {@code <owner>:<field>}, and fields have no colon. */
    @Override
    public Map<String, QuarterTotals> of(FiscalQuarter quarter, Currency currency) {
        List<Response<Map<String, String>>> months = new ArrayList<>();
        try (AbstractPipeline pipeline = redis.pipelined()) {
            quarter.months().forEach(month -> months.add(pipeline.hgetAll(keys.dealTotals(month.toString()))));
            pipeline.sync();
        }
        Map<String, Map<String, Long>> sums = new HashMap<>();
        for (Response<Map<String, String>> month : months) {
            month.get().forEach((field, value) -> {
                int colon = field.lastIndexOf(':');
                sums.computeIfAbsent(field.substring(0, colon), owner -> new HashMap<>())
                        .merge(field.substring(colon + 1), Long.parseLong(value), Long::sum);
            });
        }
        Map<String, QuarterTotals> byOwner = new HashMap<>();
        sums.forEach((owner, fields) -> byOwner.put(owner, QuarterTotals.of(fields, currency)));
        return Map.copyOf(byOwner);
    }
}
