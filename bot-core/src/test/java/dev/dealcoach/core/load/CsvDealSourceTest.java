package dev.dealcoach.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.crm.CrmException;
import dev.dealcoach.core.crm.Pull;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Org;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The deals file behind the same port as the CRMs: the whole book each time, bad rows named, a file without its columns refused. */
class CsvDealSourceTest {

    private static final String HEADER = "id,name,account,owner_email,amount,currency,stage,forecast_category,close_date,next_step,"
            + "last_activity_date,created_date\n";
    private final Org org;

    CsvDealSourceTest() {
        MutableClock clock = MutableClock.at("2026-12-01T12:00:00Z");
        InMemoryStores stores = new InMemoryStores(clock);
        new DataImport(stores).importDemo(clock);
        org = stores.org().load().orElseThrow();
    }

    private static DataFile csv(String text) {
        return new DataFile("deals.csv", () -> new StringReader(text));
    }

    @Test
    void everyPullIsTheWholeFileWithItsBadRowsNamed() {
        Pull pull = new CsvDealSource(csv(HEADER + "D-1,Globex - Platform,Globex,ana@example.com,240000,USD,Negotiation,Commit,2026-12-20,"
                + "Legal review,2026-11-30,2026-09-01\n"
                + "D-2,Bad,Bad Co,nobody@example.com,1,USD,Proof,Commit,2026-12-20,,2026-11-30,2026-09-01\n")).pull(org, Optional.empty());

        assertThat(pull.complete()).isTrue();
        assertThat(pull.deals()).extracting(Deal::id).containsExactly("D-1");
        assertThat(pull.problems()).singleElement().asString().startsWith("deals.csv:3: ");
        assertThat(pull.read()).isEqualTo(2);
    }

    @Test
    void aFileWithoutTheColumnsOfADealsFileIsRefused() {
        assertThatThrownBy(() -> new CsvDealSource(csv("id,name\nD-1,x\n")).pull(org, Optional.empty()))
                .isInstanceOfSatisfying(CrmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CrmException.Kind.BAD_ANSWER);
                    assertThat(e.getMessage()).startsWith("deals.csv");
                });
    }
}
