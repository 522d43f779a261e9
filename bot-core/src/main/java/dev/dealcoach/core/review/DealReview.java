package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.model.Deal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A finished review as kept: who did it and when, the deal as it stood, the answers and the outcome.
 * The outcome is kept, not recomputed, so a review reads the same after its playbook changes.
 */
public record DealReview(
        String id,
        String reviewerId,
        Instant at,
        String playbookId,
        Deal deal,
        Map<String, Answer> answers,
        ReviewOutcome outcome) {

    public DealReview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(playbookId, "playbookId");
        Objects.requireNonNull(deal, "deal");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        Objects.requireNonNull(outcome, "outcome");
    }

    public String dealId() {
        return deal.id();
    }
}
