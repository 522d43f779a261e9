package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.model.Deal;
import java.time.LocalDate;
import java.util.Optional;

/** What a {@link Condition} is checked against: answers, element scores, the deal, and today. */
public interface Facts {

    /** The answer given to {@code question}; empty when it was not asked. */
    Optional<Answer> answer(String question);

    /** The element's score; 0 when it has none. */
    int score(String element);

    Deal deal();

    LocalDate today();
}
