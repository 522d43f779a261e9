package dev.dealcoach.core.load;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.risk.DealChange;
import dev.dealcoach.core.backend.Stores;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the org file and the deals file into the stores. Both files are read in full before
 * anything is written; a bad org file, or a deals file without its columns, writes nothing.
 */
public final class DataImport {

    /** The bundled demo org's deals were written as of this Monday. */
    static final LocalDate DEMO_WRITTEN_ON = LocalDate.of(2026, 11, 23);
    static final DataFile DEMO_ORG = DataFile.bundled("/demo/org.yml");
    static final DataFile DEMO_DEALS = DataFile.bundled("/demo/deals.csv");

    /** What was loaded, and the deal rows that were left out. */
    public record Report(Org org, int deals, List<LoadProblem> problems) {
        public Report {
            problems = List.copyOf(problems);
        }

        /** {@code 16 people and 80 deals (no rows skipped)}, {@code 1 person and 1 deal (1 row skipped)}. */
        public String summary() {
            int skipped = problems.size();
            return count(org.people().size(), "person", "people") + " and " + count(deals, "deal", "deals")
                    + " (" + (skipped == 0 ? "no rows" : count(skipped, "row", "rows")) + " skipped)";
        }

        private static String count(int n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }
    }

    private final Stores stores;

    public DataImport(Stores stores) {
        this.stores = stores;
    }

    /** Reads and checks an org file, storing nothing. */
    public static Org readOrgFile(DataFile orgFile) {
        return readOrg(orgFile);
    }

    /** Loads an org with no deals (yet): any deals stored before are removed. */
    public Report importOrg(DataFile orgFile) {
        return save(readOrg(orgFile), List.of(), List.of());
    }

    public Report importFiles(DataFile orgFile, DataFile dealsFile) {
        Org org = readOrg(orgFile);
        DealsCsvReader.Result deals = readDeals(dealsFile, org);
        return save(org, deals.deals(), deals.problems());
    }

    /**
     * As {@link #importFiles(DataFile, DataFile)}, keeping what changed on each deal already stored
     * (close date, stage, amount, forecast category), dated today, in the deal history.
     */
    public Report importFiles(DataFile orgFile, DataFile dealsFile, Clock clock) {
        Org org = readOrg(orgFile);
        DealsCsvReader.Result deals = readDeals(dealsFile, org);
        Map<String, Deal> before = new HashMap<>();
        stores.deals().all().forEach(deal -> before.put(deal.id(), deal));
        List<DealChange> changes = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (Deal deal : deals.deals()) {
            Deal earlier = before.get(deal.id());
            if (earlier != null) {
                changes.addAll(DealChange.between(earlier, deal, today));
            }
        }
        Report report = save(org, deals.deals(), deals.problems());
        stores.dealHistory().append(changes);
        return report;
    }

    /**
     * Loads the bundled demo org. Its dates move forward by whole weeks since it was written, so the
     * demo always shows a live quarter with deals closing soon, stale ones and past close dates.
     */
    public Report importDemo(Clock clock) {
        Org org = readOrg(DEMO_ORG);
        DealsCsvReader.Result deals = readDeals(DEMO_DEALS, org);
        long days = 7 * Math.floorDiv(ChronoUnit.DAYS.between(DEMO_WRITTEN_ON, LocalDate.now(clock)), 7);
        List<Deal> shifted = deals.deals().stream().map(deal -> deal.withDatesShiftedBy(days)).toList();
        return save(org, shifted, deals.problems());
    }

    /**
     * Gives the demo org (loaded with {@link #importDemo}) calls for the quarter's last six weeks, so
     * the forecast has a history on a first run; weeks that already have calls are left alone.
     */
    public void seedDemoForecasts(Clock clock) {
        Org org = stores.org().load().orElseThrow(() -> new IllegalStateException("load the demo org first"));
        DemoForecastHistory.seed(stores.forecasts(), org, stores.deals().all(), LocalDate.now(clock));
    }

    /** Gives three demo deals a history (close date pushed twice, downgraded from Commit, long in Negotiation), once. */
    public void seedDemoDealHistory(Clock clock) {
        Org org = stores.org().load().orElseThrow(() -> new IllegalStateException("load the demo org first"));
        DemoDealHistory.seed(stores.dealHistory(), org, stores.deals().all(), LocalDate.now(clock));
    }

    /**
     * Gives the demo org's reps two weeks of activity logs and puts two of them away, so that a first
     * run's digest and escalation show something real; reps who already have logs are left alone.
     */
    public void seedDemoActivity(Clock clock) {
        Org org = stores.org().load().orElseThrow(() -> new IllegalStateException("load the demo org first"));
        DemoActivityHistory.seed(stores.activity(), stores.preferences(), stores.forecasts(), org, LocalDate.now(clock));
    }

    private Report save(Org org, List<Deal> deals, List<LoadProblem> problems) {
        stores.org().save(org);
        stores.deals().replaceAll(deals);
        return new Report(org, deals.size(), problems);
    }

    private static Org readOrg(DataFile file) {
        try (Reader reader = file.open()) {
            return new OrgYamlReader().read(file.name(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DealsCsvReader.Result readDeals(DataFile file, Org org) {
        try (Reader reader = file.open()) {
            return new DealsCsvReader().read(file.name(), reader, org);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
