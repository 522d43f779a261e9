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
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/**
 * Deals in one hash (deal id -> JSON); beside them each deal's {@link DealTally} (deal id -> JSON
 * list: the month, the owner, then field and value pairs) and, per month, a hash of every owner's
 * sums (owner id -> {@code field=integer field=integer ...}), one field per owner so that a rollup
 * reads thousands of owners quickly and a small team's by name. A save is one Lua script that takes
 * the deal's old tally off the sums and adds the new one, so no reader sees a deal without its part
 * in the totals.
 */
final class RedisDealStore implements DealStore, DealTotals {

    /**
     * KEYS: deals, tallies, the set of months with sums. ARGV: deal id, deal JSON, tally JSON, the
     * prefix of the months' keys. Sums are whole minor units: Lua's numbers are exact up to 2^53, and
     * {@code %.0f} writes them without an exponent. A field that comes to zero is left out, an owner
     * whose fields all do is removed.
     */
    private static final String SAVE = """
            local function apply(json, sign)
              local tally = cjson.decode(json)
              local key = ARGV[4] .. tally[1]
              local owner = tally[2]
              local sums = {}
              local current = redis.call('HGET', key, owner)
              if current then
                for field, value in string.gmatch(current, '(%S+)=(%S+)') do
                  sums[field] = tonumber(value)
                end
              end
              for i = 3, #tally, 2 do
                sums[tally[i]] = (sums[tally[i]] or 0) + sign * tonumber(tally[i + 1])
              end
              local parts = {}
              for field, value in pairs(sums) do
                if value ~= 0 then
                  parts[#parts + 1] = field .. '=' .. string.format('%.0f', value)
                end
              end
              if #parts == 0 then
                redis.call('HDEL', key, owner)
              else
                redis.call('HSET', key, owner, table.concat(parts, ' '))
              end
              redis.call('SADD', KEYS[3], tally[1])
            end
            local old = redis.call('HGET', KEYS[2], ARGV[1])
            if old then
              apply(old, -1)
            end
            apply(ARGV[3], 1)
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
            return 1
            """;

    /**
     * Puts the staged deals, tallies and sums in place of the live ones, in one step. KEYS: the live
     * deals, tallies and months with sums, then the staged ones, then the staging's marker. ARGV: the
     * prefix of the live months' sums keys, then of the staged ones, then the marker's value. All share
     * a hash tag on a cluster ({@link RedisKeys}). Without the marker (staging incomplete, expired, or
     * swapped already by a retried call) it changes nothing: an empty staging is never taken for an empty book.
     */
    private static final String SWAP = """
            if redis.call('GET', KEYS[7]) ~= ARGV[3] then
              return redis.error_reply('the staged deals are incomplete or were swapped in already')
            end
            for _, month in ipairs(redis.call('SMEMBERS', KEYS[3])) do
              redis.call('UNLINK', ARGV[1] .. month)
            end
            redis.call('UNLINK', KEYS[1], KEYS[2], KEYS[3])
            for _, month in ipairs(redis.call('SMEMBERS', KEYS[6])) do
              if redis.call('EXISTS', ARGV[2] .. month) == 1 then
                redis.call('RENAME', ARGV[2] .. month, ARGV[1] .. month)
                redis.call('PERSIST', ARGV[1] .. month)
              end
            end
            for i = 1, 3 do
              if redis.call('EXISTS', KEYS[i + 3]) == 1 then
                redis.call('RENAME', KEYS[i + 3], KEYS[i])
                redis.call('PERSIST', KEYS[i])
              end
            end
            redis.call('DEL', KEYS[7])
            return 1
            """;

    /** How long staged deals live if the swap never comes (the process stopped in between). */
    private static final long STAGING_MILLIS = java.time.Duration.ofMinutes(30).toMillis();

    /** Up to how many owners {@link #of(FiscalQuarter, Currency, Set)} asks Redis for by name; more are read whole. */
    private static final int PICKED_OUT = 1_000;

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
        Map<YearMonth, Map<String, Map<String, Long>>> sums = new HashMap<>();
        for (Deal deal : deals) {
            DealTally tally = DealTally.of(deal);
            fields.put(deal.id(), StoreJson.write(deal));
            tallies.put(deal.id(), tallyJson(tally));
            tally.addTo(sums.computeIfAbsent(tally.month(), m -> new HashMap<>()).computeIfAbsent(tally.ownerId(), o -> new HashMap<>()), 1);
        }
        // Written aside first, then swapped in by one script: readers see the old book or the new, never half
        // of each (a script, not MULTI: Jedis has no transactions on a cluster).
        String run = UUID.randomUUID().toString();
        String staging = keys.dealsStaging(run);
        List<String> staged = List.of(staging + "deals", staging + "tallies", staging + "months", staging + "ready");
        try {
            List<Response<?>> written = new ArrayList<>();
            try (AbstractPipeline pipeline = redis.pipelined()) {
                if (!fields.isEmpty()) {
                    written.add(pipeline.hset(staged.get(0), fields));
                    written.add(pipeline.hset(staged.get(1), tallies));
                    written.add(pipeline.pexpire(staged.get(0), STAGING_MILLIS));
                    written.add(pipeline.pexpire(staged.get(1), STAGING_MILLIS));
                }
                sums.forEach((month, byOwner) -> {
                    Map<String, String> nonZero = new HashMap<>();
                    byOwner.forEach((owner, ownerSums) -> {
                        if (!ownerSums.isEmpty()) {
                            nonZero.put(owner, sumsText(ownerSums));
                        }
                    });
                    if (!nonZero.isEmpty()) {
                        written.add(pipeline.hset(staging + "sums:" + month, nonZero));
                        written.add(pipeline.pexpire(staging + "sums:" + month, STAGING_MILLIS));
                    }
                    written.add(pipeline.sadd(staged.get(2), month.toString()));
                });
                written.add(pipeline.pexpire(staged.get(2), STAGING_MILLIS));
                pipeline.sync();
            }
            // A pipeline keeps its errors in the responses (and a cluster's swallows lost connections): read each.
            written.forEach(Response::get);
            redis.psetex(staged.get(3), STAGING_MILLIS, run);
            redis.eval(SWAP, List.of(keys.deals(), keys.dealTallies(), keys.dealTotalsMonths(), staged.get(0), staged.get(1), staged.get(2),
                    staged.get(3)), List.of(keys.dealTotals(""), staging + "sums:", run));
        } catch (RuntimeException e) {
            try {
                Set<String> months = redis.smembers(staged.get(2));
                months.forEach(month -> redis.del(staging + "sums:" + month));
                redis.del(staged.toArray(String[]::new));
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
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
        list.add(tally.ownerId());
        tally.fields().forEach((field, value) -> {
            list.add(field);
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

    /** The quarter's three months read whole, in one round trip. */
    @Override
    public Map<String, QuarterTotals> of(FiscalQuarter quarter, Currency currency) {
        return sum(quarter, currency, null);
    }

    /** The quarter's three months in one round trip: a small team's owners asked for by name, a large one's read whole. */
    @Override
    public Map<String, QuarterTotals> of(FiscalQuarter quarter, Currency currency, Set<String> owners) {
        return sum(quarter, currency, owners);
    }

    private Map<String, QuarterTotals> sum(FiscalQuarter quarter, Currency currency, Set<String> owners) {
        boolean byName = owners != null && owners.size() <= PICKED_OUT;
        String[] asked = byName ? owners.toArray(String[]::new) : new String[0];
        List<Response<Map<String, String>>> whole = new ArrayList<>();
        List<Response<List<String>>> named = new ArrayList<>();
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (YearMonth month : quarter.months()) {
                if (byName && asked.length > 0) {
                    named.add(pipeline.hmget(keys.dealTotals(month.toString()), asked));
                } else if (!byName) {
                    whole.add(pipeline.hgetAll(keys.dealTotals(month.toString())));
                }
            }
            pipeline.sync();
        }
        Map<String, Map<String, Long>> sums = new HashMap<>();
        for (Response<Map<String, String>> month : whole) {
            month.get().forEach((owner, text) -> {
                if (owners == null || owners.contains(owner)) {
                    addSums(sums.computeIfAbsent(owner, o -> new HashMap<>()), text);
                }
            });
        }
        for (Response<List<String>> month : named) {
            List<String> texts = month.get();
            for (int i = 0; i < asked.length; i++) {
                if (texts.get(i) != null) {
                    addSums(sums.computeIfAbsent(asked[i], o -> new HashMap<>()), texts.get(i));
                }
            }
        }
        Map<String, QuarterTotals> byOwner = new HashMap<>();
        sums.forEach((owner, fields) -> byOwner.put(owner, QuarterTotals.of(fields, currency)));
        return Collections.unmodifiableMap(byOwner);
    }

    /** {@code field=integer field=integer}, as the save script writes it. */
    private static String sumsText(Map<String, Long> sums) {
        StringBuilder text = new StringBuilder();
        sums.forEach((field, value) -> text.append(text.isEmpty() ? "" : " ").append(field).append('=').append(value));
        return text.toString();
    }

    private static void addSums(Map<String, Long> sums, String text) {
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf(' ', at);
            end = end < 0 ? text.length() : end;
            int equals = text.indexOf('=', at);
            sums.merge(text.substring(at, equals), Long.parseLong(text, equals + 1, end, 10), Long::sum);
            at = end + 1;
        }
    }
}
