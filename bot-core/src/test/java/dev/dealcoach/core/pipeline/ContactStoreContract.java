package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.backend.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.conversation.Platform;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ContactStore} must do. Subclasses supply fresh, empty stores. */
public abstract class ContactStoreContract {

    protected Stores stores;
    protected ContactStore contacts;

    protected abstract Stores createEmptyStores();

    @BeforeEach
    void openStores() {
        stores = createEmptyStores();
        contacts = stores.contacts();
    }

    @AfterEach
    void closeStores() throws Exception {
        stores.close();
    }

    @Test
    void nobodyHasAPlatformBeforeChoosingOrTalking() {
        assertThat(contacts.preferred("ria")).isEmpty();
        assertThat(contacts.lastTalkedOn("ria")).isEmpty();
    }

    @Test
    void aChosenPlatformIsKeptUntilChangedOrCleared() {
        contacts.prefer("ria", Optional.of(Platform.TEAMS));
        contacts.prefer("mo", Optional.of(Platform.SLACK));
        assertThat(contacts.preferred("ria")).contains(Platform.TEAMS);

        contacts.prefer("ria", Optional.of(Platform.SLACK));
        assertThat(contacts.preferred("ria")).contains(Platform.SLACK);

        contacts.prefer("ria", Optional.empty());
        assertThat(contacts.preferred("ria")).isEmpty();
        assertThat(contacts.preferred("mo")).contains(Platform.SLACK);
        contacts.prefer("ria", Optional.empty());
        assertThat(contacts.preferred("ria")).isEmpty();
    }

    @Test
    void theLastPlatformTalkedOnIsTheLatestAndApartFromTheChosenOne() {
        contacts.prefer("ria", Optional.of(Platform.TEAMS));
        contacts.talkedOn("ria", Platform.SLACK);
        contacts.talkedOn("ria", Platform.PLAYGROUND);
        contacts.talkedOn("mo", Platform.TEAMS);

        assertThat(contacts.lastTalkedOn("ria")).contains(Platform.PLAYGROUND);
        assertThat(contacts.lastTalkedOn("mo")).contains(Platform.TEAMS);
        assertThat(contacts.preferred("ria")).contains(Platform.TEAMS);
        assertThat(contacts.preferred("mo")).isEmpty();

        contacts.prefer("ria", Optional.empty());
        assertThat(contacts.lastTalkedOn("ria")).contains(Platform.PLAYGROUND);
    }
}
