package dev.dealcoach.core.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One command people can give, typed or as a slash command: {@code review globex}. */
public interface CommandHandler {

    /** The command word and its aliases, lowercase. */
    List<String> names();

    /** One line for {@code help}, in {@link Markup}: {@code `review <deal>`: pressure-test a deal}. */
    String help();

    /** The line for {@code help} as this person sees it (a manager may do more than a rep; blank: not for them); {@link #help()} unless overridden. */
    default String help(Speaker speaker) {
        return help();
    }

    /**
     * Whether {@code arguments} mean this command to this person (a deal they name, a known setting):
     * while a flow waits for an answer, only a command that recognises its arguments is run instead.
     */
    default boolean recognises(Speaker speaker, String arguments) {
        return true;
    }

    /** A one-sentence suggestion to try this command, for a greeting, in {@link Markup}; empty when it has none. */
    default Optional<String> suggestion(Speaker speaker) {
        return Optional.empty();
    }

    Result run(Speaker speaker, String arguments);

    /** What a command does: answer (a {@link Reply}), start a flow, or start one in someone else's DM. */
    sealed interface Result permits Reply, StartFlow, StartFlowFor {
    }

    /** @param intro said before the first question */
    record StartFlow(String flow, Map<String, String> context, Message intro) implements Result {
    }

    /**
     * Starts {@code flow} in {@code personId}'s DM, once per {@code key} (a manager asks a rep to review a
     * deal with them).
     *
     * @param told   said to the speaker when it started
     * @param ifBusy sent to the person instead when another flow waits for their answer (a button to start it later)
     */
    record StartFlowFor(String personId, StartFlow flow, String key, Message told, Message ifBusy) implements Result {
    }
}
