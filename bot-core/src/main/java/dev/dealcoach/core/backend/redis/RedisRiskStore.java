package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.risk.RiskStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;

/** One hash: deal id -> the risk state last alerted; changed by a script that says whether it changed. */
final class RedisRiskStore implements RiskStore {

    private static final String MARK = """
            local before = redis.call('HGET', KEYS[1], ARGV[1])
            if before == ARGV[2] then
              return 0
            end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            return 1
            """;

    private static final String TAKE = """
            local held = redis.call('SMEMBERS', KEYS[1])
            redis.call('DEL', KEYS[1])
            return held
            """;

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisRiskStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Optional<String> alerted(String dealId) {
        return Optional.ofNullable(redis.hget(keys.riskAlerted(), dealId));
    }

    @Override
    public boolean markAlerted(String dealId, String state) {
        return Long.valueOf(1).equals(redis.eval(MARK, List.of(keys.riskAlerted()), List.of(dealId, state)));
    }

    @Override
    public void clear(String dealId) {
        redis.hdel(keys.riskAlerted(), dealId);
    }

    @Override
    public void snooze(String dealId, LocalDate until) {
        redis.hset(keys.riskSnoozed(), dealId, until.toString());
    }

    @Override
    public Optional<LocalDate> snoozedUntil(String dealId) {
        return Optional.ofNullable(redis.hget(keys.riskSnoozed(), dealId)).map(LocalDate::parse);
    }

    @Override
    public void dismiss(String dealId, String facts) {
        redis.hset(keys.riskDismissed(), dealId, facts);
    }

    @Override
    public Optional<String> dismissed(String dealId) {
        return Optional.ofNullable(redis.hget(keys.riskDismissed(), dealId));
    }

    @Override
    public void recordAlerted(String managerId, String quarter, String dealId) {
        redis.sadd(keys.riskRecord(quarter, managerId, "alerted"), dealId);
    }

    @Override
    public void recordActed(String managerId, String quarter, String dealId) {
        redis.sadd(keys.riskRecord(quarter, managerId, "acted"), dealId);
    }

    @Override
    public AlertRecord record(String managerId, String quarter) {
        java.util.Set<String> alerted = redis.smembers(keys.riskRecord(quarter, managerId, "alerted"));
        java.util.Set<String> acted = new java.util.HashSet<>(redis.smembers(keys.riskRecord(quarter, managerId, "acted")));
        acted.retainAll(alerted);
        return new AlertRecord(java.util.Set.copyOf(alerted), java.util.Set.copyOf(acted));
    }

    /** A hash per date, kept three days: long enough for every zone's day. */
    @Override
    public int countAlert(String managerId, LocalDate date) {
        String key = keys.riskSent(date.toString());
        long count = redis.hincrBy(key, managerId, 1);
        if (count == 1) {
            redis.expire(key, java.time.Duration.ofDays(3).toSeconds());
        }
        return Math.toIntExact(count);
    }

    @Override
    public void morningDigest(String managerId, boolean on) {
        if (on) {
            redis.sadd(keys.riskMorningDigest(), managerId);
        } else {
            redis.srem(keys.riskMorningDigest(), managerId);
        }
    }

    @Override
    public java.util.Set<String> morningDigestManagers() {
        return java.util.Set.copyOf(redis.smembers(keys.riskMorningDigest()));
    }

    @Override
    public void hold(String managerId, String dealId) {
        redis.sadd(keys.riskHeld(managerId), dealId);
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Set<String> takeHeld(String managerId) {
        return java.util.Set.copyOf((List<String>) redis.eval(TAKE, List.of(keys.riskHeld(managerId)), List.of()));
    }
}
