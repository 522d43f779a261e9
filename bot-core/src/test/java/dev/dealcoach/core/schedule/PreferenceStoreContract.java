package dev.dealcoach.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PreferenceStore} must do; subclasses supply fresh, empty stores. */
public abstract class PreferenceStoreContract {

    protected Stores stores;
    protected PreferenceStore preferences;

    protected abstract Stores createEmptyStores();

    @BeforeEach
    void openStores() {
        stores = createEmptyStores();
        preferences = stores.preferences();
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }

    @Test
    void nobodyHasPreferencesUntilTheySetThem() {
        assertThat(preferences.of("ria")).isEqualTo(Preferences.NONE);
        assertThat(preferences.all()).isEmpty();
    }

    @Test
    void preferencesComeBackAsSavedAndEveryoneWithSomeInOneRead() {
        Preferences ria = Preferences.NONE.away(LocalDate.of(2026, 12, 24)).snoozed(Instant.parse("2026-12-01T18:30:00.5Z"));
        Preferences ana = Preferences.NONE.dailyNudge(false);
        preferences.save("ria", ria);
        preferences.save("ana", ana);

        assertThat(preferences.of("ria")).isEqualTo(ria);
        assertThat(preferences.all()).isEqualTo(Map.of("ria", ria, "ana", ana));
    }

    @Test
    void backToNoneIsForgotten() {
        preferences.save("ria", Preferences.NONE.away(LocalDate.of(2026, 12, 24)));
        preferences.save("ria", preferences.of("ria").back());

        assertThat(preferences.of("ria")).isEqualTo(Preferences.NONE);
        assertThat(preferences.all()).isEmpty();
    }
}
