package dev.dealcoach.core.conversation;

import java.util.List;
import java.util.Objects;

/**
 * One question of a flow.
 *
 * @param options the choices of a {@link AnswerType#CHOICE} or {@link AnswerType#YES_NO} question, else empty
 * @param hint    what a good answer looks like; shown with the question, may be empty
 * @param prefill a suggested answer, as a person would type it (forecast numbers from the deals); may be empty
 * @param notPast a {@link AnswerType#DATE} answer must be today or later (a signing date still to come)
 */
public record Question(String id, String prompt, AnswerType type, List<Block.Option> options, String hint, String prefill,
                       boolean notPast) {

    public static final List<Block.Option> YES_NO = List.of(new Block.Option("yes", "Yes"), new Block.Option("no", "No"));

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(type, "type");
        options = type == AnswerType.YES_NO && (options == null || options.isEmpty()) ? YES_NO
                : options == null ? List.of() : List.copyOf(options);
        hint = hint == null ? "" : hint;
        prefill = prefill == null ? "" : prefill.strip();
    }

    public Question(String id, String prompt, AnswerType type, List<Block.Option> options, String hint) {
        this(id, prompt, type, options, hint, "", false);
    }

    /** This question with {@code value} suggested as its answer. */
    public Question prefilled(String value) {
        return new Question(id, prompt, type, options, hint, value, notPast);
    }
}
