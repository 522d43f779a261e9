package dev.dealcoach.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.DealCoachCore;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.Origin;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.risk.SlipRiskRules;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** With write-back on, a finished review sends its verdict, scores and next steps to the mapped CRM fields, and nothing else. */
class ReviewWriteBackTest {

    private final MutableClock clock = MutableClock.at("2026-12-01T15:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final AtomicInteger deliveries = new AtomicInteger();

    ReviewWriteBackTest() {
        new DataImport(stores).importDemo(clock);
    }

    private List<Outgoing> say(Coach coach, String person, String text) {
        return coach.handle(new Inbound.Text(new Origin(person, Destination.dm(person), "d-" + deliveries.incrementAndGet()), text));
    }

    /** A whole review of one of Ana's deals, "don't know" to every question; what the last answer brought. */
    private List<Outgoing> review(Coach coach, Deal deal) {
        List<Outgoing> last = say(coach, "ana", "review " + deal.id());
        for (int i = 0; i < 20 && last.stream().noneMatch(o -> o.message().toString().contains("Verdict")); i++) {
            last = say(coach, "ana", "don't know");
        }
        return last;
    }

    @Test
    void aFinishedReviewWritesTheMappedFieldsOnly() {
        Playbooks playbooks = Playbooks.bundled();
        Coach coach = DealCoachCore.coach(stores, stores.contacts(), playbooks, SlipRiskRules.bundled(playbooks.elementIds()),
                new ReviewWriteBack("DealCoach_Verdict__c", "", "DealCoach_Next_Steps__c"),
                dev.dealcoach.core.privacy.Retention.DEFAULTS.conversations(), clock);
        Deal deal = stores.deals().ownedBy("ana").stream().filter(d -> d.stage().isOpen()).findFirst().orElseThrow();

        List<Outgoing> finished = review(coach, deal);

        Outgoing.Write write = finished.stream().filter(Outgoing.Write.class::isInstance).map(Outgoing.Write.class::cast).findFirst()
                .orElseThrow();
        assertThat(write.dealId()).isEqualTo(deal.id());
        assertThat(write.fields()).containsOnlyKeys("DealCoach_Verdict__c", "DealCoach_Next_Steps__c");
        assertThat(write.fields().get("DealCoach_Verdict__c")).isEqualTo("disqualify");
        assertThat(write.fields().get("DealCoach_Next_Steps__c")).startsWith("1. ").contains("\n2. ");
    }

    @Test
    void theScoresAreEachElementOutOfTwoAndWithWriteBackOffNothingIsWritten() {
        Playbooks playbooks = Playbooks.bundled();
        Deal deal = stores.deals().ownedBy("ana").stream().filter(d -> d.stage().isOpen()).findFirst().orElseThrow();
        Coach writing = DealCoachCore.coach(stores, stores.contacts(), playbooks, SlipRiskRules.bundled(playbooks.elementIds()),
                new ReviewWriteBack("", "DealCoach_Scores__c", ""), dev.dealcoach.core.privacy.Retention.DEFAULTS.conversations(), clock);
        Outgoing.Write write = review(writing, deal).stream().filter(Outgoing.Write.class::isInstance).map(Outgoing.Write.class::cast)
                .findFirst().orElseThrow();
        assertThat(write.fields().get("DealCoach_Scores__c")).startsWith("Metrics 0/2, Economic buyer 0/2, ");

        Coach off = DealCoachCore.coach(stores, stores.contacts(), playbooks, clock);
        assertThat(review(off, deal)).noneMatch(Outgoing.Write.class::isInstance);
    }
}
