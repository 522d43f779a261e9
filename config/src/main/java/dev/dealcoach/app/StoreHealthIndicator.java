package dev.dealcoach.app;

import dev.dealcoach.core.store.StoreUnavailableException;
import dev.dealcoach.core.backend.Stores;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Reports the store as the {@code store} component of {@code /actuator/health}. */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

    private final Stores stores;

    StoreHealthIndicator(Stores stores) {
        this.stores = stores;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        try {
            stores.ping();
        } catch (StoreUnavailableException e) {
            health = Health.down().withDetail("error", e.getMessage());
        }
        return health.withDetail("kind", stores.kind()).withDetail("location", stores.location()).build();
    }
}
