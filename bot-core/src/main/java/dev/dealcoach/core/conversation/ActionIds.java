package dev.dealcoach.core.conversation;

import java.util.Optional;

/**
 * The action ids the engine's buttons carry, written and read in one place. A question's buttons
 * carry the flow run id, so a button left over from an earlier run is recognised as stale.
 */
public final class ActionIds {

    /** A button that runs a command: the value is the command line, like {@code review D-1028}. */
    public static final String RUN = "run";
    /** The button that offers every remaining question as one form; its value, and the form's id, is the run id. */
    public static final String FORM = "form";
    private static final String ANSWER = "answer:";

    private ActionIds() {
    }

    /** A button that runs {@code commandLine} as if the person had typed it. */
    public static Block.Button run(String label, String commandLine, Block.Style style) {
        return new Block.Button(RUN, label, commandLine, style);
    }

    /** {@code answer:<run id>:<question id>}, the value being the option's value. */
    static String answer(ConversationState state, Question question) {
        return ANSWER + state.id() + ":" + question.id();
    }

    static boolean isAnswer(String actionId) {
        return actionId.startsWith(ANSWER);
    }

    /** The command line a {@link #RUN} button carries, or empty for any other action. */
    static Optional<CommandLine> command(Inbound.Action action) {
        return action.actionId().equals(RUN) ? Optional.of(CommandLine.parse(action.value())) : Optional.empty();
    }
}
