package dev.dealcoach.core.conversation;

import java.util.List;
import java.util.Optional;

/**
 * A conversation that asks questions one at a time. The engine asks them, reads and checks the
 * answers, keeps the state, and handles {@code back}, {@code cancel} and {@code help}; the flow says
 * what to ask and what to do with the answers.
 */
public interface Flow {

    /** The name kept in the conversation state. */
    String name();

    /** The questions, fixed by the state's context when the flow started. */
    List<Question> questions(ConversationState state);

    /** What the flow is about, for "you are in the middle of ...": {@code the review of Globex - Platform}. */
    String subject(ConversationState state);

    /** What a person types to start this run again, for "kept for later": {@code review D-1028}. */
    String command(ConversationState state);

    /**
     * Why {@code answer} to {@code question} cannot stand beside the answers before it (a best case
     * below the commit just given), as a one-line hint; empty when it can. Asked again when refused.
     */
    default Optional<String> refuse(ConversationState state, Question question, Answer answer) {
        return Optional.empty();
    }

    /** True when the questions left are best asked as one form now (after "Adjust"): the form is shown instead of the next question. */
    default boolean asksByForm(ConversationState state) {
        return false;
    }

    /** Called once every question is answered: keeps what must be kept, says the result, and may tell others. */
    Reply finish(ConversationState state, Speaker speaker);
}
