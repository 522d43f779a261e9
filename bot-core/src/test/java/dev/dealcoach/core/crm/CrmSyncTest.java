package dev.dealcoach.core.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.risk.DealChange;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Applying what a deal source brings: the whole book or the changes, history kept once, failures and a busy lease change nothing. */
class CrmSyncTest {

    private final MutableClock clock = MutableClock.at("2026-12-01T12:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final Scripted source = new Scripted();

    CrmSyncTest() {
        new DataImport(stores).importDemo(clock);
    }

    /** A deal source that answers the pulls it is given, in order, and notes the cursors it was asked from. */
    private static final class Scripted implements DealSource {
        final Deque<Object> answers = new ArrayDeque<>();
        final List<Optional<String>> cursors = new ArrayList<>();

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public Pull pull(Org org, Optional<String> cursor) {
            cursors.add(cursor);
            Object next = answers.removeFirst();
            if (next instanceof CrmException e) {
                throw e;
            }
            return (Pull) next;
        }
    }

    private static Deal deal(String id, String amount, LocalDate close) {
        return new Deal(id, "Deal " + id, "Account " + id, "ana", Money.of(amount, "USD"), Stage.PROOF, ForecastCategory.COMMIT, close,
                "Demo", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 9, 1));
    }

    private static Pull whole(String cursor, Deal... deals) {
        return new Pull(List.of(deals), true, Set.of(), List.of(), Set.of(), List.of(), deals.length, cursor);
    }

    private static Pull changes(String cursor, List<Deal> deals, Set<String> removed, Set<String> skipped, List<String> problems) {
        return new Pull(deals, false, removed, List.of(), skipped, problems, deals.size() + skipped.size(), cursor);
    }

    private CrmSync sync(DealSource from) {
        return new CrmSync(from, stores.org(), stores.deals(), stores.dealHistory(), stores.crmStatus(), stores.leases(), clock);
    }

    private List<String> book() {
        return stores.deals().all().stream().map(d -> d.id() + "=" + d.amount().amount().toPlainString()).sorted().toList();
    }

    @Test
    void aWholePullReplacesTheBookAndLaterPullsApplyTheirChanges() {
        source.answers.add(whole("c1", deal("S-1", "100", LocalDate.of(2026, 12, 20)), deal("S-2", "200", LocalDate.of(2026, 12, 21)),
                deal("S-3", "300", LocalDate.of(2026, 12, 22))));
        int demoDeals = stores.deals().all().size();
        CrmSync.Result first = sync(source).run();
        assertThat(first).isEqualTo(new CrmSync.Result("scripted", true, 3, 3, demoDeals, List.of(), Optional.empty()));
        assertThat(book()).containsExactly("S-1=100.00", "S-2=200.00", "S-3=300.00");

        source.answers.add(changes("c2", List.of(deal("S-1", "150", LocalDate.of(2027, 1, 20)), deal("S-4", "400", LocalDate.of(2027, 1, 5))),
                Set.of("S-2"), Set.of("S-3"), List.of("S-3 (Deal S-3): stage 'Legal Hold' maps to no DealCoach stage")));
        CrmSync.Result second = sync(source).run();

        assertThat(source.cursors).containsExactly(Optional.empty(), Optional.of("c1"));
        assertThat(second.changed()).isEqualTo(2);
        assertThat(second.removed()).isEqualTo(1);
        assertThat(second.problems()).containsExactly("S-3 (Deal S-3): stage 'Legal Hold' maps to no DealCoach stage");
        assertThat(book()).as("S-3 left out this time: kept as it was").containsExactly("S-1=150.00", "S-3=300.00", "S-4=400.00");
        assertThat(stores.dealHistory().of(List.of("S-1")).get("S-1")).extracting(c -> c.field() + " " + c.from() + " -> " + c.to() + " " + c.on())
                .containsExactly("close-date 2026-12-20 -> 2027-01-20 2026-12-01", "amount USD 100.00 -> USD 150.00 2026-12-01");
        assertThat(stores.crmStatus().load()).isEqualTo(new CrmStatus("c2", clock.instant(), null, null));
    }

    @Test
    void aSourceWithItsOwnHistoryFeedsItOnceEvenWhenPullsOverlap() {
        Scripted salesforce = new Scripted();
        DealChange pushed = new DealChange("S-1", DealChange.CLOSE_DATE, "2026-12-01", "2026-12-20", LocalDate.of(2026, 11, 25));
        DealChange cut = new DealChange("S-1", DealChange.AMOUNT, "USD 150.00", "USD 100.00", LocalDate.of(2026, 11, 26));
        salesforce.answers.add(new Pull(List.of(deal("S-1", "100", LocalDate.of(2026, 12, 20))), true, Set.of(), List.of(pushed), Set.of(),
                List.of(), 1, "c1"));
        salesforce.answers.add(new Pull(List.of(deal("S-1", "100", LocalDate.of(2026, 12, 20))), false, Set.of(), List.of(pushed, cut),
                Set.of(), List.of(), 1, "c2"));

        sync(salesforce).run();
        sync(salesforce).run();

        assertThat(stores.dealHistory().of(List.of("S-1")).get("S-1")).containsExactly(pushed, cut);
    }

    @Test
    void aFailedPullChangesNoDealAndIsReportedUntilASyncWorks() {
        source.answers.add(whole("c1", deal("S-1", "100", LocalDate.of(2026, 12, 20))));
        sync(source).run();
        source.answers.add(new CrmException(CrmException.Kind.LIMIT, "Salesforce's API request limit is used up"));
        clock.set(clock.instant().plus(Duration.ofMinutes(15)));

        CrmSync.Result failed = sync(source).run();

        assertThat(failed.error()).contains("Salesforce's API request limit is used up");
        assertThat(book()).containsExactly("S-1=100.00");
        CrmStatus status = stores.crmStatus().load();
        assertThat(status.cursor()).isEqualTo("c1");
        assertThat(status.lastSuccess()).isEqualTo(java.time.Instant.parse("2026-12-01T12:00:00Z"));
        assertThat(status.lastError()).isEqualTo("Salesforce's API request limit is used up");

        source.answers.add(changes("c2", List.of(), Set.of(), Set.of(), List.of()));
        assertThat(sync(source).run().error()).isEmpty();
        assertThat(stores.crmStatus().load().lastError()).isNull();
        assertThat(source.cursors).containsExactly(Optional.empty(), Optional.of("c1"), Optional.of("c1"));
    }

    @Test
    void whileAnotherInstanceSyncsThisOneDoesNothing() {
        stores.leases().acquire(CrmSync.LEASE, "the other instance", Duration.ofMinutes(10));
        source.answers.add(whole("c1", deal("S-1", "100", LocalDate.of(2026, 12, 20))));

        CrmSync.Result result = sync(source).run();

        assertThat(result.ran()).isFalse();
        assertThat(source.cursors).isEmpty();
        assertThat(stores.deals().find("S-1")).isEmpty();
    }
}
