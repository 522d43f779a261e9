package dev.dealcoach.core.settings;

import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Feature;
import dev.dealcoach.core.pipeline.ContactStore;
import dev.dealcoach.core.schedule.PreferenceStore;
import java.util.List;

/** A person's settings: what the org file says about them, and the platform they choose. */
public final class Settings implements Feature {

    private final ContactStore contacts;
    private final PreferenceStore preferences;

    public Settings(ContactStore contacts, PreferenceStore preferences) {
        this.contacts = contacts;
        this.preferences = preferences;
    }

    @Override
    public List<CommandHandler> commands() {
        return List.of(new SettingsCommand(contacts, preferences));
    }
}
