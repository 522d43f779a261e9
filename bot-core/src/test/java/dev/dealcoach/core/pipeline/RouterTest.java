package dev.dealcoach.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which platform reaches a person: their choice, else where they last talked, else the first that can. */
class RouterTest {

    private final InMemoryStores stores = new InMemoryStores(MutableClock.at("2026-12-01T09:00:00Z"));
    private final RecordingMessenger slack = new RecordingMessenger(Platform.SLACK, "ria", "jo", "lee");
    private final RecordingMessenger teams = new RecordingMessenger(Platform.TEAMS, "ria", "jo", "ana");
    private final Router router = new Router(List.of(slack, teams), stores.contacts());

    private List<Platform> platformsFor(String personId) {
        return router.forPerson(personId).stream().map(Messenger::platform).toList();
    }

    @Test
    void someoneReachableOnOnePlatformIsRoutedThere() {
        assertThat(platformsFor("lee")).containsExactly(Platform.SLACK);
        assertThat(platformsFor("ana")).containsExactly(Platform.TEAMS);
        assertThat(platformsFor("priya")).isEmpty();
    }

    @Test
    void someoneOnBothIsReachedWhereTheyLastTalkedUnlessTheyChose() {
        assertThat(platformsFor("ria")).as("nothing known: the first configured").containsExactly(Platform.SLACK, Platform.TEAMS);

        stores.contacts().talkedOn("ria", Platform.TEAMS);
        assertThat(platformsFor("ria")).containsExactly(Platform.TEAMS, Platform.SLACK);

        stores.contacts().prefer("ria", Optional.of(Platform.SLACK));
        assertThat(platformsFor("ria")).containsExactly(Platform.SLACK, Platform.TEAMS);
    }

    @Test
    void aChoiceOfAPlatformThatCannotReachThemFallsBackToTheOneThatCan() {
        stores.contacts().prefer("lee", Optional.of(Platform.TEAMS));

        assertThat(platformsFor("lee")).containsExactly(Platform.SLACK);
    }

    @Test
    void aMessageForAPlatformGoesToItsMessenger() {
        assertThat(router.on(Platform.TEAMS)).containsSame(teams);
        assertThat(router.on(Platform.PLAYGROUND)).isEmpty();
    }
}
