package dev.dealcoach.core.review;

import dev.dealcoach.core.review.DealReview;
import java.util.List;
import java.util.Optional;

/** Keeps each deal's reviews, newest first. */
public interface ReviewStore {

    /** How many reviews are kept per deal; older ones are dropped. */
    int KEPT_PER_DEAL = 50;

    void save(DealReview review);

    Optional<DealReview> latest(String dealId);

    /** The deal's reviews, newest first. */
    List<DealReview> history(String dealId);
}
