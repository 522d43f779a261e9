package dev.dealcoach.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.activity.ActivityLog;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.conversation.ConversationState;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.forecast.ForecastCall;
import dev.dealcoach.core.forecast.ForecastNumbers;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.pipeline.DeliveryOutcome;
import dev.dealcoach.core.pipeline.Envelope;
import dev.dealcoach.core.pipeline.Outbox;
import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.review.ReviewOutcome;
import dev.dealcoach.core.review.Verdict;
import dev.dealcoach.core.risk.DealChange;
import dev.dealcoach.core.schedule.Preferences;
import dev.dealcoach.core.store.ChannelAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every back end's {@link RecordKeeping} must do; subclasses supply fresh, empty stores. */
public abstract class RecordKeepingContract {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.now();

    protected Stores stores;
    private RecordKeeping records;

    protected abstract Stores createEmptyStores();

    @BeforeEach
    void openStores() {
        stores = createEmptyStores();
        records = stores.records();
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }

    @Test
    void aPersonsConversationsWeeksAndDeliveriesAreFoundByTheirId() {
        keepSomethingOfEveryKind("ria");
        keepSomethingOfEveryKind("riana");

        assertThat(records.conversationsOf("ria")).containsOnlyKeys("dm", "thread:slack:C1:171.5");
        assertThat(records.conversationsOf("ria").get("dm").answers()).isEmpty();
        assertThat(records.conversationsOf("ria").get("dm").context()).containsEntry("deal", "D-ria");
        assertThat(records.forecastWeeksOf("ria")).containsExactly("FY27-Q3-W12", "FY27-Q4-W04");
        assertThat(records.deliveriesTo("ria")).extracting(DeliveryOutcome::key).containsExactly("checkin:nudge:2026-11-23:person:ria");
        assertThat(records.conversationsOf("nobody")).isEmpty();
        assertThat(records.forecastWeeksOf("nobody")).isEmpty();
        assertThat(records.deliveriesTo("nobody")).isEmpty();
    }

    @Test
    void anIdWithPatternCharactersMatchesOnlyItself() {
        keepSomethingOfEveryKind("r*");
        keepSomethingOfEveryKind("ra");

        assertThat(records.conversationsOf("r*")).containsOnlyKeys("dm", "thread:slack:C1:171.5");
        assertThat(records.conversationsOf("r*").get("dm").context()).containsEntry("deal", "D-r*");
        assertThat(records.forecastWeeksOf("r*")).hasSize(2);
        assertThat(records.deliveriesTo("r*")).extracting(DeliveryOutcome::key).containsExactly("checkin:nudge:2026-11-23:person:r*");
        records.forget("r*");
        assertThat(records.conversationsOf("ra")).hasSize(2);
        assertThat(records.deliveriesTo("ra")).hasSize(1);
    }

    @Test
    void anIdWithAColonIsNotTakenForAnotherPersonsPlace() {
        keepSomethingOfEveryKind("ria");
        keepSomethingOfEveryKind("ria:channel");

        assertThat(records.conversationsOf("ria")).containsOnlyKeys("dm", "thread:slack:C1:171.5");
        assertThat(records.forecastWeeksOf("ria")).containsExactly("FY27-Q3-W12", "FY27-Q4-W04");
        records.forget("ria");

        assertThat(records.conversationsOf("ria:channel")).containsOnlyKeys("dm", "thread:slack:C1:171.5");
        assertThat(stores.risk().record("ria:channel", "FY27-Q4").alerted()).containsExactly("D-ria:channel");
        assertThat(stores.forecasts().versions("ria:channel", "FY27-Q4-W04")).hasSize(2);
    }

    @Test
    void aTeamsChannelConversationIsFoundThoughItsIdHasColons() {
        stores.conversations().save(new ConversationKey("ria", "thread:teams:19:abc@thread.tacv2:19:abc@thread.tacv2;messageid=17"),
                ConversationState.start("review", Map.of()), Duration.ofHours(1));

        assertThat(records.conversationsOf("ria")).hasSize(1);
        records.forget("ria");
        assertThat(records.conversationsOf("ria")).isEmpty();
    }

    @Test
    void forgettingRemovesWhatIsKeptUnderTheIdAndKeepsEachWeeksCallWithoutItsNote() {
        keepSomethingOfEveryKind("ria");
        keepSomethingOfEveryKind("riana");

        records.forget("ria");

        assertThat(records.conversationsOf("ria")).isEmpty();
        assertThat(stores.conversations().find(new ConversationKey("ria", "dm"))).isEmpty();
        assertThat(stores.activity().between("ria", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), USD)).isEmpty();
        assertThat(stores.preferences().of("ria")).isEqualTo(Preferences.NONE);
        assertThat(stores.contacts().preferred("ria")).isEmpty();
        assertThat(stores.contacts().lastTalkedOn("ria")).isEmpty();
        assertThat(stores.addresses().find("teams", "ria")).isEmpty();
        assertThat(stores.addresses().find("slack", "ria")).isEmpty();
        assertThat(records.deliveriesTo("ria")).isEmpty();
        assertThat(stores.outbox().outcome("checkin:nudge:2026-11-23:person:ria")).isEmpty();
        assertThat(stores.forecasts().away("FY27-Q4-W04")).containsExactly("riana");
        assertThat(stores.risk().morningDigestManagers()).containsExactly("riana");
        assertThat(stores.risk().record("ria", "FY27-Q4").alerted()).isEmpty();
        assertThat(stores.risk().takeHeld("ria")).isEmpty();

        ForecastCall counted = stores.forecasts().latest("ria", "FY27-Q4-W04").orElseThrow();
        assertThat(counted.note()).isEmpty();
        assertThat(counted.called().commit()).isEqualTo(Money.of("500000", "USD"));
        assertThat(stores.forecasts().versions("ria", "FY27-Q4-W04")).containsExactly(counted);
        assertThat(stores.forecasts().week("FY27-Q4-W04")).containsKeys("ria", "riana");

        assertThat(records.conversationsOf("riana")).hasSize(2);
        assertThat(records.deliveriesTo("riana")).hasSize(1);
        assertThat(stores.forecasts().versions("riana", "FY27-Q4-W04")).hasSize(2);
        assertThat(stores.forecasts().latest("riana", "FY27-Q4-W04").orElseThrow().note()).isEqualTo("riana's own words");
        assertThat(stores.addresses().find("teams", "riana")).isPresent();
        assertThat(stores.risk().record("riana", "FY27-Q4").alerted()).containsExactly("D-riana");
    }

    @Test
    void pruningDropsWhatIsOlderThanTheCutoffsAndKeepsTheRest() {
        stores.activity().add("ria", LocalDate.of(2024, 3, 1), new ActivityLog(1, 0, 0, Money.of("0", "USD")));
        stores.activity().add("ria", LocalDate.of(2026, 11, 20), new ActivityLog(2, 1, 0, Money.of("1000", "USD")));
        stores.dealHistory().append(List.of(
                new DealChange("D-1", DealChange.STAGE, "DISCOVERY", "PROOF", LocalDate.of(2024, 2, 1)),
                new DealChange("D-1", DealChange.STAGE, "PROOF", "NEGOTIATION", LocalDate.of(2026, 11, 1))));
        stores.dealHistory().append(List.of(new DealChange("D-2", DealChange.AMOUNT, "1", "2", LocalDate.of(2024, 1, 1))));
        stores.reviews().save(review("D-1", Instant.parse("2024-02-01T10:00:00Z")));
        stores.reviews().save(review("D-1", Instant.parse("2026-11-01T10:00:00Z")));
        stores.forecasts().save(call("ria", "FY25-Q1-W02", "note"));
        stores.forecasts().markAway("ria", "FY25-Q1-W03");
        stores.forecasts().save(call("ria", "FY27-Q4-W04", "note"));
        stores.forecasts().keepAccuracy("FY25-Q1", Map.of("ria", 0.9));
        stores.forecasts().keepAccuracy("FY27-Q3", Map.of("ria", 0.8));
        stores.risk().recordAlerted("mo", "FY25-Q1", "D-1");
        stores.risk().recordActed("mo", "FY25-Q1", "D-1");
        stores.risk().recordAlerted("mo", "FY27-Q4", "D-1");
        deliver("old:person:ria", NOW.minus(Duration.ofDays(9)));
        deliver("new:person:ria", NOW.minus(Duration.ofHours(1)));

        Pruned pruned = records.prune(new Cutoffs(NOW.minus(Duration.ofDays(8)), LocalDate.of(2025, 1, 1), "FY26-Q1-W01", "FY26-Q1"));

        assertThat(pruned).isEqualTo(new Pruned(1, 1, 2, 1, 2, 3));
        assertThat(stores.activity().between("ria", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), USD)).containsOnlyKeys(
                LocalDate.of(2026, 11, 20));
        assertThat(stores.dealHistory().of(List.of("D-1", "D-2")).get("D-1")).extracting(DealChange::on)
                .containsExactly(LocalDate.of(2026, 11, 1));
        assertThat(stores.dealHistory().of(List.of("D-2")).getOrDefault("D-2", List.of())).isEmpty();
        assertThat(stores.reviews().history("D-1")).extracting(DealReview::at).containsExactly(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(stores.forecasts().latest("ria", "FY25-Q1-W02")).isEmpty();
        assertThat(stores.forecasts().away("FY25-Q1-W03")).isEmpty();
        assertThat(stores.forecasts().latest("ria", "FY27-Q4-W04")).isPresent();
        assertThat(stores.forecasts().keptAccuracy(List.of("FY25-Q1", "FY27-Q3"), List.of("ria"))).containsOnlyKeys("FY27-Q3");
        assertThat(stores.risk().record("mo", "FY25-Q1").alerted()).isEmpty();
        assertThat(stores.risk().record("mo", "FY27-Q4").alerted()).containsExactly("D-1");
        assertThat(records.deliveriesTo("ria")).extracting(DeliveryOutcome::key).containsExactly("new:person:ria");

        assertThat(records.prune(new Cutoffs(NOW.minus(Duration.ofDays(8)), LocalDate.of(2025, 1, 1), "FY26-Q1-W01", "FY26-Q1")))
                .isEqualTo(Pruned.NOTHING);
    }

    private void keepSomethingOfEveryKind(String person) {
        stores.conversations().save(new ConversationKey(person, "dm"),
                ConversationState.start("review", Map.of("deal", "D-" + person)), Duration.ofHours(1));
        stores.conversations().save(new ConversationKey(person, "thread:slack:C1:171.5"),
                ConversationState.start("forecast", Map.of()), Duration.ofHours(1));
        stores.activity().add(person, LocalDate.of(2026, 11, 20), new ActivityLog(2, 1, 0, Money.of("1000", "USD")));
        stores.preferences().save(person, Preferences.NONE.dailyNudge(false));
        stores.contacts().prefer(person, java.util.Optional.of(Platform.TEAMS));
        stores.contacts().talkedOn(person, Platform.SLACK);
        stores.addresses().save(new ChannelAddress("teams", person, "{\"user\":\"" + person + "\"}", false, NOW));
        stores.addresses().save(new ChannelAddress("slack", person, "U_" + person, false, NOW));
        stores.forecasts().save(call(person, "FY27-Q4-W04", "first thoughts"));
        stores.forecasts().save(new ForecastCall(person, "FY27-Q4-W04", numbers("500000"), numbers("400000"), person + "'s own words",
                person, NOW.plusSeconds(60)));
        stores.forecasts().save(call(person, "FY27-Q3-W12", "older"));
        stores.forecasts().markAway(person, "FY27-Q4-W04");
        stores.risk().morningDigest(person, true);
        stores.risk().hold(person, "D-" + person);
        stores.risk().recordAlerted(person, "FY27-Q4", "D-" + person);
        deliver("checkin:nudge:2026-11-23:person:" + person, NOW);
    }

    private void deliver(String key, Instant at) {
        Envelope envelope = new Envelope(key, List.of(new Outgoing.Send(Destination.dm("ria"), Message.text("hello"))), null, at);
        assertThat(stores.outbox().enqueue(envelope)).isTrue();
        Outbox.Claim claim = stores.outbox().claim("worker", 10, Duration.ZERO, Duration.ofMinutes(5)).stream()
                .filter(c -> c.envelope().key().equals(key)).findFirst().orElseThrow();
        stores.outbox().complete(claim, new DeliveryOutcome(key, DeliveryOutcome.Status.SENT, Platform.SLACK, "171.1", 1, at));
    }

    private static ForecastNumbers numbers(String commit) {
        return new ForecastNumbers(Money.of("100000", "USD"), Money.of(commit, "USD"), Money.of("900000", "USD"), Money.of("2000000", "USD"));
    }

    private static ForecastCall call(String person, String week, String note) {
        return new ForecastCall(person, week, numbers("450000"), numbers("400000"), note, person, NOW);
    }

    private static DealReview review(String dealId, Instant at) {
        Deal deal = new Deal(dealId, "Deal " + dealId, "Account", "ria", Money.of("1000", "USD"), Stage.PROOF, ForecastCategory.BEST_CASE,
                LocalDate.of(2026, 12, 15), "", null, LocalDate.of(2024, 1, 1));
        return new DealReview("r-" + at.toEpochMilli(), "ria", at, "meddpicc", deal, Map.of(),
                new ReviewOutcome(Map.of(), Verdict.DEVELOP, List.of(), List.of(), List.of(), List.of(), List.of()));
    }
}
