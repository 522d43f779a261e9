package dev.dealcoach.core.privacy;

import dev.dealcoach.core.conversation.ConversationState;
import dev.dealcoach.core.pipeline.DeliveryOutcome;
import java.util.List;
import java.util.Map;

/**
 * What a storage back end keeps about one person across its stores, and what it keeps by age: the
 * part of a data-rights request or of retention that needs the back end's own layout.
 */
public interface RecordKeeping {

    /** The person's running conversations, by place ({@code dm}, {@code thread:slack:C1:171...}). */
    Map<String, ConversationState> conversationsOf(String personId);

    /** The weeks the person has a forecast call in, oldest first. */
    List<String> forecastWeeksOf(String personId);

    /** The delivery records of what went to the person's DM, while they are kept. */
    List<DeliveryOutcome> deliveriesTo(String personId);

    /**
     * Removes what is kept under the person's id: conversations, activity logs, check-in and contact
     * settings, chat addresses, delivery records, forecast away weeks, their slip-risk digest and
     * alert records. Their forecast calls stay, so that team totals do not change, but only the one
     * that counts in each week, without its note.
     */
    void forget(String personId);

    /** Drops what is older than the cutoffs; says how much of each. */
    Pruned prune(Cutoffs cutoffs);
}
