package dev.dealcoach.core.backend;

import dev.dealcoach.core.activity.ActivityStoreContract;
import dev.dealcoach.core.backend.redis.RedisStores;
import dev.dealcoach.core.crm.CrmStoresContract;
import dev.dealcoach.core.forecast.DealTotalsContract;
import dev.dealcoach.core.forecast.ForecastStore;
import dev.dealcoach.core.forecast.ForecastStoreContract;
import dev.dealcoach.core.pipeline.ContactStoreContract;
import dev.dealcoach.core.pipeline.Outbox;
import dev.dealcoach.core.pipeline.OutboxContract;
import dev.dealcoach.core.privacy.RecordKeepingContract;
import dev.dealcoach.core.risk.DealHistoryStoreContract;
import dev.dealcoach.core.risk.RiskStoreContract;
import dev.dealcoach.core.schedule.PreferenceStoreContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every store contract against a real three-master Redis Cluster (REDIS_URL=redis-cluster://...). */
class RedisClusterContractsTest {

    @RegisterExtension
    static final TestRedisCluster CLUSTER = new TestRedisCluster();
    private static final AtomicInteger STORES_CREATED = new AtomicInteger();

    /** The connections a test opened beside its own stores: a second instance's. */
    private final List<Stores> others = new ArrayList<>();

    private static String prefix() {
        return "stores-" + STORES_CREATED.incrementAndGet() + ":";
    }

    private static Stores fresh() {
        return RedisStores.connect(CLUSTER.settings(prefix()));
    }

    private static void sleep(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void closeOthers() {
        others.forEach(Stores::close);
        others.clear();
    }

    @Nested
    class AllStores extends StoreContract {
        @Override
        protected Stores createEmptyStores() {
            return fresh();
        }

        @Override
        protected void letTimePass(Duration duration) {
            sleep(duration);
        }
    }

    @Nested
    class TheOutbox extends OutboxContract {
        private String prefix;

        @Override
        protected Stores createEmptyStores() {
            prefix = prefix();
            return RedisStores.connect(CLUSTER.settings(prefix));
        }

        @Override
        protected Outbox outboxOfAnotherInstance() {
            Stores other = RedisStores.connect(CLUSTER.settings(prefix));
            others.add(other);
            return other.outbox();
        }

        @Override
        protected void letTimePass(Duration duration) {
            sleep(duration);
        }
    }

    @Nested
    class Forecasts extends ForecastStoreContract {
        private String prefix;

        @Override
        protected Stores createEmptyStores() {
            prefix = prefix();
            return RedisStores.connect(CLUSTER.settings(prefix));
        }

        @Override
        protected ForecastStore forecastsOfAnotherInstance() {
            Stores other = RedisStores.connect(CLUSTER.settings(prefix));
            others.add(other);
            return other.forecasts();
        }
    }

    @Nested
    class DealTotals extends DealTotalsContract {
        @Override
        protected Stores createEmptyStores() {
            return fresh();
        }
    }

    @Nested
    class Activity extends ActivityStoreContract {
        @Override
        protected Stores createEmptyStores() {
            return fresh();
        }
    }

    @Nested
    class Contacts extends ContactStoreContract {
        @Override
        protected Stores createEmptyStores() {
            return fresh();
        }
    }

    @Nested
    class Preferences extends PreferenceStoreContract {
        @Override
        protected Stores createEmptyStores() {
            return fresh();
        }
    }

    @Nested
    class Risk extends RiskStoreContract {
        @Override
        protected Stores createEmptyStores() {
            return fresh();
        }
    }

    @Nested
    class DealHistory extends DealHistoryStoreContract {
        @Override
        protected Stores createEmptyStores() {
            return fresh();
        }
    }

    @Nested
    class Crm extends CrmStoresContract {
        @Override
        protected Stores createEmptyStores() {
            return fresh();
        }

        @Override
        protected void pass(Duration time) {
            sleep(time);
        }
    }

    @Nested
    class Records extends RecordKeepingContract {
        @Override
        protected Stores createEmptyStores() {
            return fresh();
        }
    }
}
