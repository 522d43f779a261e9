package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.review.ReviewStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryReviewStore implements ReviewStore {

    private final Map<String, List<DealReview>> byDeal = new ConcurrentHashMap<>();

    @Override
    public void save(DealReview review) {
        byDeal.compute(review.dealId(), (id, reviews) -> {
            List<DealReview> next = new ArrayList<>(KEPT_PER_DEAL);
            next.add(review);
            if (reviews != null) {
                next.addAll(reviews.subList(0, Math.min(reviews.size(), KEPT_PER_DEAL - 1)));
            }
            return List.copyOf(next);
        });
    }

    @Override
    public Optional<DealReview> latest(String dealId) {
        return history(dealId).stream().findFirst();
    }

    @Override
    public List<DealReview> history(String dealId) {
        return byDeal.getOrDefault(dealId, List.of());
    }

    /** Drops the reviews made before {@code cutoff}; how many. */
    int prune(java.time.Instant cutoff) {
        int[] dropped = {0};
        byDeal.replaceAll((deal, reviews) -> {
            List<DealReview> kept = reviews.stream().filter(review -> !review.at().isBefore(cutoff)).toList();
            dropped[0] += reviews.size() - kept.size();
            return kept;
        });
        byDeal.values().removeIf(List::isEmpty);
        return dropped[0];
    }
}
