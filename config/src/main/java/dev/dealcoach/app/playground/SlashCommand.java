package dev.dealcoach.app.playground;

import dev.dealcoach.core.conversation.CommandLine;
import java.util.Optional;

/**
 * A slash command typed in the playground, read the way Slack delivers one: {@code /review globex} is
 * the command {@code review} with {@code globex}, whatever a review in progress is waiting for
 * ({@code /coach <word> <rest>} is then read by the core as Slack's {@code /coach} is).
 */
record SlashCommand(String name, String arguments) {

    static Optional<SlashCommand> of(String text) {
        String typed = text.strip();
        if (typed.length() < 2 || typed.charAt(0) != '/' || !Character.isLetter(typed.charAt(1))) {
            return Optional.empty();
        }
        CommandLine line = CommandLine.parse(typed);
        return Optional.of(new SlashCommand(line.name(), line.arguments()));
    }
}
