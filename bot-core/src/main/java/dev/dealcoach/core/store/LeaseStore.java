package dev.dealcoach.core.store;

import java.time.Duration;

/**
 * Named leases, so that one instance at a time does a job (a CRM sync): held until released or until
 * they run out, so a holder that died does not block the job for good.
 */
public interface LeaseStore {

    /** True when {@code holder} now holds {@code name} for {@code ttl}; false when someone else does. */
    boolean acquire(String name, String holder, Duration ttl);

    /** Gives {@code name} up, if {@code holder} still holds it. */
    void release(String name, String holder);
}
