package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.forecast.DealTally;
import dev.dealcoach.core.forecast.DealTotals;
import dev.dealcoach.core.forecast.QuarterTotals;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.store.DealStore;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Deals by id and, beside them, each owner's {@link DealTally} sums per month, changed under one lock. */
final class InMemoryDealStore implements DealStore, DealTotals {

    private final TreeMap<String, Deal> deals = new TreeMap<>();
    private final Map<YearMonth, Map<String, Map<String, Long>>> totals = new HashMap<>();

    @Override
    public synchronized void replaceAll(Collection<Deal> newDeals) {
        deals.clear();
        totals.clear();
        newDeals.forEach(deal -> deals.put(deal.id(), deal));
        deals.values().forEach(deal -> add(DealTally.of(deal), 1));
    }

    @Override
    public synchronized void save(Deal deal) {
        Deal old = deals.put(deal.id(), deal);
        if (old != null) {
            add(DealTally.of(old), -1);
        }
        add(DealTally.of(deal), 1);
    }

    private void add(DealTally tally, int sign) {
        Map<String, Map<String, Long>> month = totals.computeIfAbsent(tally.month(), m -> new HashMap<>());
        Map<String, Long> owner = month.computeIfAbsent(tally.ownerId(), o -> new HashMap<>());
        tally.addTo(owner, sign);
        if (owner.isEmpty()) {
            month.remove(tally.ownerId());
        }
    }

    @Override
    public synchronized Optional<Deal> find(String id) {
        return Optional.ofNullable(deals.get(id));
    }

    @Override
    public synchronized List<Deal> all() {
        return List.copyOf(deals.values());
    }

    @Override
    public synchronized List<Deal> ownedBy(String personId) {
        return deals.values().stream().filter(d -> d.ownerId().equals(personId)).toList();
    }

    @Override
    public Map<String, QuarterTotals> of(FiscalQuarter quarter, Currency currency) {
        return of(quarter, currency, owner -> true);
    }

    @Override
    public Map<String, QuarterTotals> of(FiscalQuarter quarter, Currency currency, Set<String> owners) {
        return of(quarter, currency, owners::contains);
    }

    private synchronized Map<String, QuarterTotals> of(FiscalQuarter quarter, Currency currency, Predicate<String> owners) {
        Map<String, Map<String, Long>> sums = new HashMap<>();
        for (YearMonth month : quarter.months()) {
            totals.getOrDefault(month, Map.of()).forEach((owner, fields) -> {
                if (owners.test(owner)) {
                    fields.forEach((field, value) -> sums.computeIfAbsent(owner, o -> new HashMap<>()).merge(field, value, Long::sum));
                }
            });
        }
        Map<String, QuarterTotals> byOwner = new HashMap<>();
        sums.forEach((owner, fields) -> byOwner.put(owner, QuarterTotals.of(fields, currency)));
        return Collections.unmodifiableMap(byOwner);
    }
}
