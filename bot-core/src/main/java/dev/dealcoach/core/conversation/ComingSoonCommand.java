package dev.dealcoach.core.conversation;

import java.util.List;

/** A command people will look for before its capability lands: it says so, instead of "unknown command". */
public final class ComingSoonCommand implements CommandHandler {

    private final String name;
    private final String help;
    private final String message;

    public ComingSoonCommand(String name, String help, String message) {
        this.name = name;
        this.help = help;
        this.message = message;
    }

    @Override
    public List<String> names() {
        return List.of(name);
    }

    @Override
    public String help() {
        return help;
    }

    @Override
    public Result run(Speaker speaker, String arguments) {
        return new Reply(Message.text(message));
    }
}
