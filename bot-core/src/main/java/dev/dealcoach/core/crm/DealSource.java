package dev.dealcoach.core.crm;

import dev.dealcoach.core.model.Org;
import java.util.Optional;

/**
 * Where deals come from: the deals file, or a CRM. People still come from the org file; a deal's
 * owner is matched to a person by email.
 */
public interface DealSource {

    /** {@code csv}, {@code salesforce} or {@code hubspot}. */
    String name();

    /**
     * The deals changed since {@code cursor} (from an earlier pull), or every deal when there is none,
     * mapped to {@code org}'s people.
     *
     * @throws CrmException when the source cannot be read now; nothing is changed then
     */
    Pull pull(Org org, Optional<String> cursor);
}
