package dev.dealcoach.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Role;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataImportTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T12:00:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final DataImport dataImport = new DataImport(stores);

    @TempDir
    Path dir;

    @Test
    void theDemoOrgIsADirectorThreeManagersAndTwelveRepsAcrossTimeZones() {
        DataImport.Report report = dataImport.importDemo(clock);

        assertThat(report.problems()).isEmpty();
        var org = stores.org().load().orElseThrow();
        Map<Role, Long> byRole = org.people().stream().collect(Collectors.groupingBy(Person::role, Collectors.counting()));
        assertThat(byRole).containsEntry(Role.DIRECTOR, 1L).containsEntry(Role.MANAGER, 3L).containsEntry(Role.REP, 12L);
        assertThat(org.people().stream().map(Person::timeZone).distinct().count()).isGreaterThanOrEqualTo(4);
        Person director = org.people().stream().filter(p -> p.role() == Role.DIRECTOR).findFirst().orElseThrow();
        assertThat(org.below(director.id())).hasSize(15);
    }

    @Test
    void theDemoDealsCoverEveryStageAndAreAllOwnedByReps() {
        DataImport.Report report = dataImport.importDemo(clock);

        assertThat(report.deals()).isBetween(75, 90);
        var org = stores.org().load().orElseThrow();
        assertThat(stores.deals().all()).extracting(Deal::stage).contains(Stage.values());
        assertThat(stores.deals().all()).allSatisfy(deal ->
                assertThat(org.person(deal.ownerId()).map(Person::role)).contains(Role.REP));
    }

    @Test
    void theDemoMovesForwardByWholeWeeksSoItNeverGoesStale() {
        dataImport.importDemo(clock);
        Map<String, Deal> asWritten = stores.deals().all().stream().collect(Collectors.toMap(Deal::id, Function.identity()));

        clock.advance(java.time.Duration.ofDays(7 * 52 + 3));
        dataImport.importDemo(clock);

        assertThat(stores.deals().all()).allSatisfy(deal -> {
            Deal before = asWritten.get(deal.id());
            assertThat(deal.closeDate()).isEqualTo(before.closeDate().plusWeeks(52));
            assertThat(deal.createdDate()).isEqualTo(before.createdDate().plusWeeks(52));
        });
        assertThat(stores.deals().find("D-1028").map(Deal::closeDate)).contains(LocalDate.of(2027, 12, 11));
    }

    @Test
    void importsFilesKeepingGoodDealRowsAndReportingBadOnes() throws IOException {
        Path org = Files.writeString(dir.resolve("org.yml"), """
                people:
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, time-zone: UTC, quota: 1}
                """);
        Path deals = Files.writeString(dir.resolve("deals.csv"), String.join(",", DealsCsvReader.COLUMNS) + "\n"
                + "D-1,Acme - Pilot,Acme,mo@example.com,5000,USD,Discovery,Pipeline,2026-12-01,,,2026-10-01\n"
                + "D-2,Acme - More,Acme,ria@example.com,5000,USD,Discovery,Pipeline,2026-12-01,,,2026-10-01\n");

        DataImport.Report report = dataImport.importFiles(DataFile.of(org), DataFile.of(deals));

        assertThat(report.deals()).isEqualTo(1);
        assertThat(report.problems()).extracting(LoadProblem::toString)
                .containsExactly(deals + ":3: owner_email ria@example.com is not a person in the org file");
        assertThat(stores.deals().all()).extracting(Deal::id).containsExactly("D-1");
        assertThat(report.summary()).isEqualTo("1 person and 1 deal (1 row skipped)");
    }

    @Test
    void aReloadKeepsWhatChangedOnEachDealInItsHistory() throws IOException {
        Path org = Files.writeString(dir.resolve("org.yml"), """
                people:
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, time-zone: UTC, quota: 1}
                """);
        Path deals = dir.resolve("deals.csv");
        Files.writeString(deals, String.join(",", DealsCsvReader.COLUMNS) + "\n"
                + "D-1,Acme - Pilot,Acme,mo@example.com,5000,USD,Proof,Commit,2026-12-01,,,2026-10-01\n");
        dataImport.importFiles(DataFile.of(org), DataFile.of(deals), clock);
        Files.writeString(deals, String.join(",", DealsCsvReader.COLUMNS) + "\n"
                + "D-1,Acme - Pilot,Acme,mo@example.com,4000,USD,Proof,Best Case,2026-12-20,,,2026-10-01\n"
                + "D-2,Acme - More,Acme,mo@example.com,5000,USD,Discovery,Pipeline,2026-12-01,,,2026-10-01\n");

        dataImport.importFiles(DataFile.of(org), DataFile.of(deals), clock);

        assertThat(stores.dealHistory().of(List.of("D-1", "D-2")).get("D-1")).extracting(c -> c.field() + " " + c.to() + " " + c.on())
                .containsExactly("close-date 2026-12-20 2026-11-23", "amount USD 4000.00 2026-11-23", "forecast-category BEST_CASE 2026-11-23");
        assertThat(stores.dealHistory().of(List.of("D-2"))).as("a new deal has no changes yet").isEmpty();
    }

    @Test
    void theReportCountsInPlurals() {
        assertThat(dataImport.importDemo(clock).summary()).matches("16 people and \\d+ deals \\(no rows skipped\\)");
    }

    @Test
    void aBadOrgFileChangesNothingAlreadyStored() throws IOException {
        dataImport.importDemo(clock);
        var orgBefore = stores.org().load().orElseThrow();
        var dealsBefore = stores.deals().all();
        Path org = Files.writeString(dir.resolve("org.yml"), """
                people:
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, manager: mo, time-zone: UTC, quota: 1}
                """);

        assertThatThrownBy(() -> dataImport.importFiles(DataFile.of(org), DataImportTest.DEMO_DEALS))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining(org + ":2: person 'mo': cannot be their own manager");

        assertThat(stores.org().load()).contains(orgBefore);
        assertThat(stores.deals().all()).isEqualTo(dealsBefore);
    }

    @Test
    void anOrgWithoutADealsFileLoadsWithNoDeals() throws IOException {
        dataImport.importDemo(clock);
        Path org = Files.writeString(dir.resolve("org.yml"), """
                people:
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, time-zone: UTC, quota: 1}
                """);

        DataImport.Report report = dataImport.importOrg(DataFile.of(org));

        assertThat(report.deals()).isZero();
        assertThat(stores.org().load().orElseThrow().people()).extracting(Person::id).containsExactly("mo");
        assertThat(stores.deals().all()).isEmpty();
    }

    @Test
    void aMissingFileIsReportedByName() {
        Path missing = dir.resolve("nope.yml");

        assertThatThrownBy(() -> dataImport.importFiles(DataFile.of(missing), DEMO_DEALS))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining(missing + ": cannot read");
    }

    private static final DataFile DEMO_DEALS = DataImport.DEMO_DEALS;
}
