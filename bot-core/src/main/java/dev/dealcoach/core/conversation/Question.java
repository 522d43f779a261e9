package dev.dealcoach.core.conversation;

import java.util.List;
import java.util.Objects;

/**
 * One question of a flow.
 *
 * @param options the choices of a {@link AnswerType#CHOICE} or {@link AnswerType#YES_NO} question, else empty
 * @param hint    what a good answer looks like; shown with the question, may be empty
 */
public record Question(String id, String prompt, AnswerType type, List<Block.Option> options, String hint) {

    public static final List<Block.Option> YES_NO = List.of(new Block.Option("yes", "Yes"), new Block.Option("no", "No"));

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(type, "type");
        options = type == AnswerType.YES_NO && (options == null || options.isEmpty()) ? YES_NO
                : options == null ? List.of() : List.copyOf(options);
        hint = hint == null ? "" : hint;
    }
}
