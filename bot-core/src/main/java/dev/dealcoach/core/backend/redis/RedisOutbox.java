package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.pipeline.DeliveryOutcome;
import dev.dealcoach.core.pipeline.Envelope;
import dev.dealcoach.core.pipeline.Outbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * A Redis stream read through one consumer group, {@value #GROUP}, that every app instance shares;
 * each worker is a consumer. A claimed entry stays in the group's pending list until completed, and
 * {@code XAUTOCLAIM} hands it to another worker once it has been idle for {@code abandonedAfter}.
 * Completed entries are deleted, so the stream holds exactly the envelopes not yet completed.
 * Entries carry the envelope's key and its JSON ({@link StoreJson}).
 */
final class RedisOutbox implements Outbox {

    static final String GROUP = "delivery";
    private static final String KEY_FIELD = "key";
    private static final String ENVELOPE_FIELD = "envelope";
    private static final Logger log = LoggerFactory.getLogger(RedisOutbox.class);

    /** Remembers the key and adds the entry only if the key was new, in one step across instances. */
    private static final String ENQUEUE = """
            if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then return 0 end
            redis.call('XADD', KEYS[2], '*', 'key', ARGV[2], 'envelope', ARGV[3])
            return 1
            """;

    /**
     * Takes over entries idle for at least ARGV[3] ms, oldest first, up to ARGV[4], each with its delivery
     * count (this delivery included): {@code {{id, deliveries, {field, value, ...}}, ...}}.
     */
    private static final String RECLAIM = """
            local max = tonumber(ARGV[4])
            local claimed = {}
            local cursor = '0-0'
            repeat
              local page = redis.call('XAUTOCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[3], cursor, 'COUNT', max - #claimed)
              cursor = page[1]
              for _, entry in ipairs(page[2]) do
                if entry and entry[2] then
                  local pending = redis.call('XPENDING', KEYS[1], ARGV[1], entry[1], entry[1], 1)
                  local deliveries = pending[1] and pending[1][4] or 1
                  claimed[#claimed + 1] = {entry[1], deliveries, entry[2]}
                elseif entry then
                  redis.call('XACK', KEYS[1], ARGV[1], entry[1])
                end
              end
            until cursor == '0-0' or #claimed >= max
            return claimed
            """;

    /** Resets the idle time of the entries ARGV[2] still holds; one taken over by another worker stays theirs. */
    private static final String TOUCH = """
            local lost = {}
            for i = 3, #ARGV do
              local pending = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[i], ARGV[i], 1, ARGV[2])
              if pending[1] then
                redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[i], 'JUSTID')
              else
                table.insert(lost, ARGV[i])
              end
            end
            return lost
            """;

    /** As {@link #TOUCH}, but makes each entry look idle for a year: the next claim by anyone takes it over. */
    private static final String RELEASE = """
            for i = 3, #ARGV do
              local pending = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[i], ARGV[i], 1, ARGV[2])
              if pending[1] then
                redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[i], 'IDLE', 31536000000, 'JUSTID')
              end
            end
            return 1
            """;

    /** Records the outcome, acknowledges and deletes the entry; a second completion of one entry changes nothing. */
    private static final String COMPLETE = """
            if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
            redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4])
            redis.call('XDEL', KEYS[1], ARGV[2])
            return 1
            """;

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final Duration longestBlock;
    private volatile boolean groupExists;

    /**
     * @param longestBlock how long one {@code XREADGROUP} may block, holding a pooled connection; a
     *                     longer wait is several reads. Keep it below the client's blocking socket timeout.
     */
    RedisOutbox(UnifiedJedis redis, RedisKeys keys, Duration longestBlock) {
        this.redis = redis;
        this.keys = keys;
        this.longestBlock = longestBlock;
    }

    @Override
    public boolean enqueue(Envelope envelope) {
        Object queued = redis.eval(ENQUEUE, List.of(keys.outboxKey(envelope.key()), keys.outbox()), List.of(
                Long.toString(KEY_MEMORY.toMillis()), envelope.key(), StoreJson.write(envelope)));
        return Long.valueOf(1).equals(queued);
    }

    @Override
    public List<Claim> claim(String worker, int max, Duration wait, Duration abandonedAfter) {
        if (max < 1) {
            throw new IllegalArgumentException("claim at least one envelope, not " + max);
        }
        List<Claim> claims = new ArrayList<>(inGroup(() -> reclaim(worker, max, abandonedAfter)));
        if (claims.size() < max) {
            Duration waitForNew = claims.isEmpty() ? wait : Duration.ZERO;
            claims.addAll(inGroup(() -> readNew(worker, max - claims.size(), waitForNew)));
        }
        return claims;
    }

    private List<Claim> reclaim(String worker, int max, Duration abandonedAfter) {
        Object rows = redis.eval(RECLAIM, List.of(keys.outbox()), List.of(
                GROUP, worker, Long.toString(Math.max(0, abandonedAfter.toMillis())), Integer.toString(max)));
        List<Claim> claims = new ArrayList<>();
        for (Object row : (List<?>) rows) {
            List<?> columns = (List<?>) row;
            String id = (String) columns.get(0);
            int deliveries = Math.toIntExact((Long) columns.get(1));
            toClaim(id, fields((List<?>) columns.get(2)), deliveries).ifPresent(claims::add);
        }
        return claims;
    }

    private static Map<String, String> fields(List<?> flat) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            fields.put((String) flat.get(i), (String) flat.get(i + 1));
        }
        return fields;
    }

    /** New entries, waiting up to {@code wait} for some in reads of at most {@link #longestBlock} each. */
    private List<Claim> readNew(String worker, int max, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long blockMillis = Math.min(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()), longestBlock.toMillis());
            XReadGroupParams params = XReadGroupParams.xReadGroupParams().count(max);
            if (blockMillis > 0) {
                params.block(Math.toIntExact(blockMillis)); // never BLOCK 0: that would wait forever
            }
            Map<String, List<StreamEntry>> read = redis.xreadGroupAsMap(GROUP, worker, params,
                    Map.of(keys.outbox(), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
            List<StreamEntry> entries = read == null ? List.of() : read.getOrDefault(keys.outbox(), List.of());
            if (!entries.isEmpty() || blockMillis <= 0) {
                List<Claim> claims = new ArrayList<>();
                entries.forEach(entry -> toClaim(entry.getID().toString(), entry.getFields(), 1).ifPresent(claims::add));
                return claims;
            }
        }
    }

    /**
     * An entry this version cannot read (written by a newer one, say) stays pending, not lost: after
     * {@code abandonedAfter} another worker, perhaps of a newer instance, takes it over.
     */
    private static Optional<Claim> toClaim(String id, Map<String, String> fields, int deliveries) {
        try {
            return Optional.of(new Claim(id, StoreJson.read(fields.get(ENVELOPE_FIELD), Envelope.class), deliveries));
        } catch (RuntimeException e) {
            log.warn("outbox entry {} (key {}) is not readable by this version; left pending for another worker",
                    id, fields.get(KEY_FIELD));
            return Optional.empty();
        }
    }

    @Override
    public Set<String> touch(String worker, List<Claim> claims) {
        if (claims.isEmpty()) {
            return Set.of();
        }
        List<String> args = new ArrayList<>(List.of(GROUP, worker));
        claims.forEach(claim -> args.add(claim.id()));
        Object lost = inGroup(() -> redis.eval(TOUCH, List.of(keys.outbox()), args));
        Set<String> ids = new HashSet<>();
        if (lost instanceof List<?> list) {
            list.forEach(id -> ids.add(String.valueOf(id)));
        }
        return ids;
    }

    @Override
    public void release(String worker, List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        List<String> args = new ArrayList<>(List.of(GROUP, worker));
        claims.forEach(claim -> args.add(claim.id()));
        inGroup(() -> redis.eval(RELEASE, List.of(keys.outbox()), args));
    }

    @Override
    public void complete(Claim claim, DeliveryOutcome outcome) {
        String key = claim.envelope().key();
        if (!key.equals(outcome.key())) {
            throw new IllegalArgumentException("the outcome of " + outcome.key() + " does not belong to envelope " + key);
        }
        Object completed = inGroup(() -> redis.eval(COMPLETE, List.of(keys.outbox(), keys.outboxOutcome(key)), List.of(
                GROUP, claim.id(), StoreJson.write(outcome), Long.toString(KEY_MEMORY.toMillis()))));
        if (!Long.valueOf(1).equals(completed)) {
            log.info("outbox entry {} (key {}) was completed before; its first outcome stands", claim.id(), key);
        }
    }

    @Override
    public Optional<DeliveryOutcome> outcome(String key) {
        return Optional.ofNullable(redis.get(keys.outboxOutcome(key))).map(json -> StoreJson.read(json, DeliveryOutcome.class));
    }

    /** {@code XLEN}: completed entries are deleted, so the stream's length counts both waiting and claimed envelopes. */
    @Override
    public long pending() {
        return redis.xlen(keys.outbox());
    }

    /** The stream's first entry: its id is the time it was added. */
    @Override
    public Optional<Instant> oldestQueuedAt() {
        return redis.xrange(keys.outbox(), (redis.clients.jedis.StreamEntryID) null, null, 1).stream().findFirst()
                .map(entry -> Instant.ofEpochMilli(entry.getID().getTime()));
    }

    /**
     * Runs a command that needs the consumer group, creating the group (and the stream) first if this
     * instance has not yet, and again if the server lost it (a restart without persistence).
     */
    private <T> T inGroup(Supplier<T> command) {
        if (!groupExists) {
            createGroup();
        }
        try {
            return command.get();
        } catch (JedisDataException e) {
            if (e.getMessage() == null || !e.getMessage().contains("NOGROUP")) {
                throw e;
            }
            groupExists = false;
            createGroup();
            return command.get();
        }
    }

    /** From the stream's start, so that envelopes queued before any instance claimed are delivered too. */
    private void createGroup() {
        try {
            redis.xgroupCreate(keys.outbox(), GROUP, new StreamEntryID(0, 0), true);
        } catch (JedisDataException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                throw e;
            }
        }
        groupExists = true;
    }
}
