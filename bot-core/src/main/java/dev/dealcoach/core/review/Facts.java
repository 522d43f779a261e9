package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.DealTrack;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a {@link Condition} is checked against: answers, element scores, the deal, and today; for
 * slip-risk rules also the deal's history this quarter and its latest review's verdict.
 */
public interface Facts {

    /** The answer given to {@code question}; empty when it was not asked. */
    Optional<Answer> answer(String question);

    /** The element's score; 0 when it has none. */
    int score(String element);

    /** True when {@code element} was scored at all (a review with another playbook may not have it). */
    default boolean scored(String element) {
        return true;
    }

    /** What the deal's history says this quarter; nothing when it is not known here. */
    default DealTrack track() {
        return DealTrack.NONE;
    }

    /** The verdict of the deal's latest finished review; empty when there is none. */
    default Optional<Verdict> verdict() {
        return Optional.empty();
    }

    Deal deal();

    LocalDate today();
}
