package dev.dealcoach.core.conversation;

import java.util.List;
import java.util.Map;

/** One command people can give, typed or as a slash command: {@code review globex}. */
public interface CommandHandler {

    /** The command word and its aliases, lowercase. */
    List<String> names();

    /** One line for {@code help}, in {@link Markup}: {@code `review <deal>`: pressure-test a deal}. */
    String help();

    Result run(Speaker speaker, String arguments);

    /** What a command does: answer (a {@link Reply}), or start a flow. */
    sealed interface Result permits Reply, StartFlow {
    }

    /** @param intro said before the first question */
    record StartFlow(String flow, Map<String, String> context, Message intro) implements Result {
    }
}
