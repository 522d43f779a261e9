package dev.dealcoach.core.crm;

import java.time.Instant;

/**
 * Where syncing with the CRM stands: where the next pull starts, the last sync that worked, and the
 * last error (kept until a later sync works).
 */
public record CrmStatus(String cursor, Instant lastSuccess, String lastError, Instant lastErrorAt) {

    public static final CrmStatus NEVER = new CrmStatus(null, null, null, null);

    public CrmStatus succeeded(String newCursor, Instant at) {
        return new CrmStatus(newCursor, at, null, null);
    }

    public CrmStatus failed(String error, Instant at) {
        return new CrmStatus(cursor, lastSuccess, error, at);
    }
}
