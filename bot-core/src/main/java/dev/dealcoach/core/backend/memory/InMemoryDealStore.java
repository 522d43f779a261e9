package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.store.DealStore;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

final class InMemoryDealStore implements DealStore {

    private volatile TreeMap<String, Deal> deals = new TreeMap<>();

    @Override
    public synchronized void replaceAll(Collection<Deal> newDeals) {
        TreeMap<String, Deal> replacement = new TreeMap<>();
        newDeals.forEach(deal -> replacement.put(deal.id(), deal));
        deals = replacement;
    }

    @Override
    public synchronized void save(Deal deal) {
        TreeMap<String, Deal> copy = new TreeMap<>(deals);
        copy.put(deal.id(), deal);
        deals = copy;
    }

    @Override
    public Optional<Deal> find(String id) {
        return Optional.ofNullable(deals.get(id));
    }

    @Override
    public List<Deal> all() {
        return List.copyOf(deals.values());
    }

    @Override
    public List<Deal> ownedBy(String personId) {
        return deals.values().stream().filter(d -> d.ownerId().equals(personId)).toList();
    }
}
