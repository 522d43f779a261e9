package dev.dealcoach.core.settings;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Feature;
import dev.dealcoach.core.pipeline.ContactStore;
import java.util.List;

/** A person's settings: what the org file says about them, and the platform they choose. */
public final class Settings implements Feature {

    private final ContactStore contacts;

    public Settings(ContactStore contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<CommandHandler> commands() {
        return List.of(new SettingsCommand(contacts));
    }
}
