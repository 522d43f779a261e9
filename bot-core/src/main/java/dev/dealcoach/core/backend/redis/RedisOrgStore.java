package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.model.AlertChannels;
import dev.dealcoach.core.model.CheckInPolicy;
import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.store.OrgStore;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import redis.clients.jedis.UnifiedJedis;

/**
 * The whole org as one JSON value, so that it is replaced in one step and read back consistent, with
 * a version beside it. Everything the bot says asks who people are, and a large org is half a
 * megabyte of JSON: the parsed org is kept and read again only when the version changed (another
 * instance saved a new org).
 */
final class RedisOrgStore implements OrgStore {

    /** @param checkIns null in an org saved before check-ins existed: the defaults */
    private record StoredOrg(int fiscalYearStartMonth, Currency currency, List<Person> people, CheckInPolicy checkIns,
                             Map<String, AlertChannels> alertChannels) {
    }

    private record Parsed(String version, Org org) {
    }

    private static final String SAVE = """
            redis.call('SET', KEYS[1], ARGV[1])
            redis.call('SET', KEYS[2], ARGV[2])
            return 1
            """;

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private volatile Parsed parsed;

    RedisOrgStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void save(Org org) {
        String json = StoreJson.write(new StoredOrg(org.calendar().startMonth(), org.currency(), org.people(), org.checkIns(), org.alertChannels()));
        redis.eval(SAVE, List.of(keys.org(), keys.orgVersion()), List.of(json, UUID.randomUUID().toString()));
    }

    @Override
    public Optional<Org> load() {
        String version = redis.get(keys.orgVersion());
        Parsed known = parsed;
        if (version != null && known != null && version.equals(known.version())) {
            return Optional.of(known.org());
        }
        List<String> both = redis.mget(keys.orgVersion(), keys.org());
        if (both.get(1) == null) {
            return Optional.empty();
        }
        StoredOrg stored = StoreJson.read(both.get(1), StoredOrg.class);
        Org org = Org.of(new FiscalCalendar(stored.fiscalYearStartMonth()), stored.currency(), stored.people())
                .withCheckIns(stored.checkIns() == null ? CheckInPolicy.defaults() : stored.checkIns())
                .withAlertChannels(stored.alertChannels() == null ? Map.of() : stored.alertChannels());
        if (both.get(0) != null) {
            parsed = new Parsed(both.get(0), org);
        }
        return Optional.of(org);
    }
}
