package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.model.Deal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of one review: the answers given (a question not asked has no entry), the element
 * scores, the deal, and the reviewer's today.
 */
public record ReviewFacts(Map<String, Answer> answers, Map<String, Integer> scores, Deal deal, LocalDate today)
        implements Facts {

    public ReviewFacts {
        answers = Map.copyOf(answers);
        scores = Map.copyOf(scores);
    }

    boolean asked(String question) {
        return answers.containsKey(question);
    }

    @Override
    public Optional<Answer> answer(String question) {
        return Optional.ofNullable(answers.get(question));
    }

    @Override
    public int score(String element) {
        return scores.getOrDefault(element, 0);
    }

    @Override
    public boolean scored(String element) {
        return scores.containsKey(element);
    }
}
