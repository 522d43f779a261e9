package dev.dealcoach.core.crm;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.risk.DealChange;
import dev.dealcoach.core.risk.DealHistoryStore;
import dev.dealcoach.core.store.DealStore;
import dev.dealcoach.core.store.LeaseStore;
import dev.dealcoach.core.store.OrgStore;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync with the deal source: pulls what changed since the last sync, applies it to the deals in
 * one step (readers see the old book or the new one), keeps what changed in the deals' history, and
 * records how it went. One instance at a time syncs: the others find the lease taken and skip.
 */
public final class CrmSync {

    private static final Logger log = LoggerFactory.getLogger(CrmSync.class);
    static final String LEASE = "crm-sync";
    /** Longer than any sync should take; a holder that died gives the lease up after it. */
    static final Duration LEASE_TIME = Duration.ofMinutes(10);

    /**
     * What one sync did.
     *
     * @param ran      false when another instance was syncing, so this one did nothing
     * @param read     records the source returned
     * @param changed  deals new or different from what was stored
     * @param removed  deals that left the book
     * @param problems records left out, each named
     * @param error    why the sync failed, when it did (the deals stay as they were)
     */
    public record Result(String source, boolean ran, int read, int changed, int removed, List<String> problems, Optional<String> error) {

        public Result {
            problems = List.copyOf(problems);
        }

        static Result busy(String source) {
            return new Result(source, false, 0, 0, 0, List.of(), Optional.empty());
        }

        static Result failed(String source, String error) {
            return new Result(source, true, 0, 0, 0, List.of(), Optional.of(error));
        }
    }

    private final DealSource source;
    private final OrgStore orgs;
    private final DealStore deals;
    private final DealHistoryStore history;
    private final CrmStatusStore status;
    private final LeaseStore leases;
    private final Clock clock;
    private final String holder = UUID.randomUUID().toString();

    public CrmSync(DealSource source, OrgStore orgs, DealStore deals, DealHistoryStore history, CrmStatusStore status, LeaseStore leases,
                   Clock clock) {
        this.source = source;
        this.orgs = orgs;
        this.deals = deals;
        this.history = history;
        this.status = status;
        this.leases = leases;
        this.clock = clock;
    }

    public String sourceName() {
        return source.name();
    }

    public CrmStatus status() {
        return status.load();
    }

    public Result run() {
        if (!leases.acquire(LEASE, holder, LEASE_TIME)) {
            return Result.busy(source.name());
        }
        try {
            return sync();
        } finally {
            leases.release(LEASE, holder);
        }
    }

    private Result sync() {
        CrmStatus before = status.load();
        Optional<Org> org = orgs.load();
        if (org.isEmpty()) {
            return Result.failed(source.name(), "no org is loaded: deals are matched to its people");
        }
        Pull pull;
        try {
            pull = source.pull(org.get(), Optional.ofNullable(before.cursor()));
        } catch (CrmException e) {
            log.warn("{} sync failed ({}): {}; the deals stay as they were", source.name(), e.kind(), e.getMessage());
            status.save(before.failed(e.getMessage(), clock.instant()));
            return Result.failed(source.name(), e.getMessage());
        }
        Map<String, Deal> stored = new LinkedHashMap<>();
        deals.all().forEach(deal -> stored.put(deal.id(), deal));
        Map<String, Deal> book = new LinkedHashMap<>();
        if (pull.complete()) {
            pull.skipped().stream().filter(stored::containsKey).forEach(id -> book.put(id, stored.get(id)));
        } else {
            book.putAll(stored);
            pull.removed().forEach(book::remove);
        }
        int changed = 0;
        for (Deal deal : pull.deals()) {
            if (!deal.equals(stored.get(deal.id()))) {
                changed++;
            }
            book.put(deal.id(), deal);
        }
        int removed = (int) stored.keySet().stream().filter(id -> !book.containsKey(id)).count();
        deals.replaceAll(book.values());
        history.append(newChanges(pull, stored));
        status.save(before.succeeded(pull.cursor(), clock.instant()));
        if (!pull.problems().isEmpty()) {
            log.warn("{} sync left out {} records: {}", source.name(), pull.problems().size(), String.join("; ", pull.problems()));
        }
        log.info("{} sync: {} read, {} changed, {} removed", source.name(), pull.read(), changed, removed);
        return new Result(source.name(), true, pull.read(), changed, removed, pull.problems(), Optional.empty());
    }

    /**
     * The source's own history when it keeps one, else what changed between the stored deals and the
     * pulled ones, dated today; without what the history holds already (a pull may overlap the last).
     */
    private List<DealChange> newChanges(Pull pull, Map<String, Deal> stored) {
        List<DealChange> changes = new ArrayList<>();
        if (source.recordsHistory()) {
            changes.addAll(pull.history());
        } else {
            LocalDate today = LocalDate.now(clock);
            for (Deal deal : pull.deals()) {
                Deal earlier = stored.get(deal.id());
                if (earlier != null) {
                    changes.addAll(DealChange.between(earlier, deal, today));
                }
            }
        }
        if (changes.isEmpty()) {
            return changes;
        }
        Set<DealChange> known = new HashSet<>();
        history.of(changes.stream().map(DealChange::dealId).distinct().toList()).values().forEach(known::addAll);
        return changes.stream().filter(change -> !known.contains(change)).distinct().toList();
    }
}
