package dev.dealcoach.core.crm;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.risk.DealChange;
import java.util.List;
import java.util.Set;

/**
 * What one pull from a {@link DealSource} brought.
 *
 * @param deals    the deals read, mapped
 * @param complete {@code deals} is the whole book: a stored deal not among them was removed
 * @param removed  ids removed or archived in the source since the cursor (when not complete)
 * @param history  changes the source recorded itself (Salesforce's field history); empty when it keeps none
 * @param skipped  ids of records left out (their stored version, if any, stays as it was)
 * @param problems records left out (a stage that maps to nothing, an owner not in the org file) and values taken as a default,
 *                 each named
 * @param read     records the source returned, those left out included
 * @param cursor   where the next pull starts
 */
public record Pull(List<Deal> deals, boolean complete, Set<String> removed, List<DealChange> history, Set<String> skipped,
                   List<String> problems, int read, String cursor) {

    public Pull {
        deals = List.copyOf(deals);
        removed = Set.copyOf(removed);
        skipped = Set.copyOf(skipped);
        history = List.copyOf(history);
        problems = List.copyOf(problems);
    }
}
