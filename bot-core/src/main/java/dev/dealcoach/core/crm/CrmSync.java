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
import java.util.concurrent.locks.ReentrantLock;
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
    /** One sync at a time in this instance too (the scheduled one and an admin's); the lease keeps other instances out. */
    private final ReentrantLock running = new ReentrantLock();

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

    /** A sync against the org in the store. */
    public Result run() {
        Optional<Org> org = orgs.load();
        if (org.isEmpty()) {
            return Result.failed(source.name(), "no org is loaded: deals are matched to its people");
        }
        return run(org.get());
    }

    /** A sync matching owners against {@code org} (one just read, about to be stored). */
    public Result run(Org org) {
        if (!running.tryLock()) {
            return Result.busy(source.name());
        }
        String holder = UUID.randomUUID().toString();
        try {
            if (!leases.acquire(LEASE, holder, LEASE_TIME)) {
                return Result.busy(source.name());
            }
            try {
                return sync(org);
            } finally {
                leases.release(LEASE, holder);
            }
        } finally {
            running.unlock();
        }
    }

    private Result sync(Org org) {
        CrmStatus before = status.load();
        Pull pull;
        try {
            pull = source.pull(org, Optional.ofNullable(before.cursor()));
        } catch (CrmException e) {
            log.warn("{} sync failed ({}): {}; the deals stay as they were", source.name(), e.kind(), e.getMessage());
            status.save(before.failed(e.getMessage(), clock.instant()));
            return Result.failed(source.name(), e.getMessage());
        } catch (RuntimeException e) {
            // A bug or an answer nobody foresaw: reported like any failure, the deals untouched.
            String error = source.name() + " sync failed unexpectedly: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
            log.warn("{}; the deals stay as they were", error, e);
            status.save(before.failed(error, clock.instant()));
            return Result.failed(source.name(), error);
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
     * The source's own history, and for a field it recorded nothing about in this pull (its history
     * tracking may be off), what changed between the stored deal and the pulled one, dated today;
     * without what the history holds already (a pull overlaps the last on purpose).
     */
    private List<DealChange> newChanges(Pull pull, Map<String, Deal> stored) {
        List<DealChange> changes = new ArrayList<>(pull.history());
        Set<String> recorded = new HashSet<>();
        pull.history().forEach(change -> recorded.add(change.dealId() + "|" + change.field()));
        LocalDate today = LocalDate.now(clock);
        for (Deal deal : pull.deals()) {
            Deal earlier = stored.get(deal.id());
            if (earlier != null) {
                DealChange.between(earlier, deal, today).stream().filter(change -> !recorded.contains(change.dealId() + "|" + change.field()))
                        .forEach(changes::add);
            }
        }
        if (changes.isEmpty()) {
            return changes;
        }
        Set<DealChange> known = new HashSet<>();
        history.of(changes.stream().map(DealChange::dealId).distinct().toList()).values().forEach(known::addAll);
        return changes.stream().filter(change -> !known.contains(change)).toList();
    }
}
