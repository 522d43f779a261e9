package dev.dealcoach.app.playground;

import dev.dealcoach.core.conversation.CommandLine;
import java.util.Optional;

/**
 * A slash command typed in the playground, read the way Slack delivers one: {@code /review globex} is
 * the command {@code review} with {@code globex}, whatever a review in progress is waiting for, and
 * {@code /coach <word> <rest>} runs {@code <word>} ({@code help} alone), as the Slack app's
 * {@code /coach} does.
 */
record SlashCommand(String name, String arguments) {

    static Optional<SlashCommand> of(String text) {
        String typed = text.strip();
        if (typed.length() < 2 || typed.charAt(0) != '/' || !Character.isLetter(typed.charAt(1))) {
            return Optional.empty();
        }
        CommandLine line = CommandLine.parse(typed);
        if (!line.name().equals("coach")) {
            return Optional.of(new SlashCommand(line.name(), line.arguments()));
        }
        CommandLine word = CommandLine.parse(line.arguments());
        return Optional.of(new SlashCommand(word.name().isEmpty() ? "help" : word.name(), word.arguments()));
    }
}
