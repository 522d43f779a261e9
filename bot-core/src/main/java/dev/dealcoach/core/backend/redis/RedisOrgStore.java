package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.store.OrgStore;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;

/** The whole org as one JSON value, so that it is replaced in one step and read back consistent. */
final class RedisOrgStore implements OrgStore {

    private record StoredOrg(int fiscalYearStartMonth, Currency currency, List<Person> people) {
    }

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisOrgStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void save(Org org) {
        redis.set(keys.org(), StoreJson.write(new StoredOrg(org.calendar().startMonth(), org.currency(), org.people())));
    }

    @Override
    public Optional<Org> load() {
        String json = redis.get(keys.org());
        if (json == null) {
            return Optional.empty();
        }
        StoredOrg stored = StoreJson.read(json, StoredOrg.class);
        return Optional.of(Org.of(new FiscalCalendar(stored.fiscalYearStartMonth()), stored.currency(), stored.people()));
    }
}
