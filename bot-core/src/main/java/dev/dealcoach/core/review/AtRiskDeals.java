package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.model.Deal;
import java.util.List;

/** Which of some deals are at risk of slipping for this person, worst first, each with its heaviest reason: what {@code review} offers first. */
public interface AtRiskDeals {

    /** A deal at risk and why. */
    record Flagged(Deal deal, String reason) {
    }

    List<Flagged> of(Speaker speaker, List<Deal> deals);
}
