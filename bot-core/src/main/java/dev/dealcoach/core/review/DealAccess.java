package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Speaker;
import dev.dealcoach.core.model.Deal;
import java.util.List;

/** Which deals a person may see and review: their own, and those of everyone below them. */
final class DealAccess {

    private DealAccess() {
    }

    static boolean canSee(Speaker speaker, Deal deal) {
        return speaker.org().isWithin(deal.ownerId(), speaker.id());
    }

    static List<Deal> visible(Speaker speaker, List<Deal> deals) {
        return deals.stream().filter(deal -> canSee(speaker, deal)).toList();
    }

    /** The sentence for a deal that exists but is not the speaker's to see. */
    static String notYours(Speaker speaker) {
        return speaker.org().directReports(speaker.id()).isEmpty()
                ? "That deal isn't one of yours: you can review your own deals."
                : "That deal isn't in your team: you can review your own deals and your team's.";
    }
}
