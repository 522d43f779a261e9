package dev.dealcoach.app;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.crm.CrmStatus;
import dev.dealcoach.core.crm.CrmSync;
import dev.dealcoach.core.load.DataFile;
import dev.dealcoach.core.load.DataFileException;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.load.LoadProblem;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.risk.RiskAlerts;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings deals in from their source (the deals file or a CRM) on a schedule and on the admin
 * endpoints: the org file is read again when there is one, the deals synced (what changed goes into
 * their history), and the slip-risk alerts now due are sent. The demo has no source: its deals are
 * only evaluated.
 */
public final class DealsSync {

    private static final Logger log = LoggerFactory.getLogger(DealsSync.class);

    /** What a reload did: the org read, the deals synced, the alerts that led to. */
    public record Result(Org org, CrmSync.Result deals, RiskAlerts.Report risk) {
    }

    private final DealCoachProperties properties;
    private final Stores stores;
    private final Optional<CrmSync> crm;
    private final RiskAlerts riskAlerts;
    private final DealCoachMetrics metrics;
    private final Clock clock;

    DealsSync(DealCoachProperties properties, Stores stores, Optional<CrmSync> crm, RiskAlerts riskAlerts, DealCoachMetrics metrics,
              Clock clock) {
        this.metrics = metrics;
        this.properties = properties;
        this.stores = stores;
        this.crm = crm;
        this.riskAlerts = riskAlerts;
        this.clock = clock;
    }

    /** The source deals come from ({@code csv}, {@code salesforce}, {@code hubspot}); empty for the demo. */
    public Optional<String> source() {
        return crm.map(CrmSync::sourceName);
    }

    public Optional<CrmStatus> status() {
        return crm.map(CrmSync::status);
    }

    /**
     * The org file and the deals now; empty when there is no org file (the demo). A deals file that
     * cannot be used leaves the org as it was too; a CRM that cannot be read leaves the deals as they were.
     *
     * @throws DataFileException when the org file, or the deals file, cannot be used
     */
    public Optional<Result> reload() {
        if (properties.orgFile() == null || crm.isEmpty()) {
            return Optional.empty();
        }
        Org org = DataImport.readOrgFile(DataFile.of(properties.orgFile()));
        boolean file = crm.get().sourceName().equals("csv");
        if (!file) {
            stores.org().save(org);
        }
        CrmSync.Result deals = timed(() -> crm.get().run(org));
        if (file && deals.error().isPresent()) {
            throw new DataFileException(List.of(new LoadProblem(properties.dealsFile().toString(), 0, deals.error().get())));
        }
        if (file) {
            stores.org().save(org);
        }
        RiskAlerts.Report risk = evaluate();
        log.info("Reloaded {} people; deals from {}: {} read, {} changed, {} removed; {} slip-risk alerts due ({} held for a morning "
                + "digest)", org.people().size(), deals.source(), deals.read(), deals.changed(), deals.removed(), risk.alerts().size(),
                risk.alerts().stream().filter(RiskAlerts.Alert::held).count());
        return Optional.of(new Result(org, deals, risk));
    }

    /** The deals alone, synced now, and the alerts that leads to; empty without a source (the demo). */
    public Optional<Result> syncDeals() {
        return crm.map(sync -> {
            CrmSync.Result deals = timed(sync::run);
            RiskAlerts.Report risk = evaluate();
            return new Result(stores.org().load().orElse(null), deals, risk);
        });
    }

    /** The scheduled run: files and deals as {@link #reload}, or the deals as they are when they cannot be read; then slip risk. */
    public RiskAlerts.Report scheduled() {
        try {
            Optional<Result> reloaded = reload();
            if (reloaded.isPresent()) {
                return reloaded.get().risk();
            }
        } catch (DataFileException | java.io.UncheckedIOException e) {
            // A bad or missing file this time leaves everything as it was; the deals are still evaluated (dates pass, digests are due).
            log.warn("The org or deals file could not be read this time: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("The deals could not be synced this time: {}", e.toString());
        }
        return evaluate();
    }

    private RiskAlerts.Report evaluate() {
        RiskAlerts.Report risk = riskAlerts.evaluate(clock.instant());
        metrics.risk(risk);
        return risk;
    }

    private CrmSync.Result timed(java.util.function.Supplier<CrmSync.Result> sync) {
        long start = System.nanoTime();
        CrmSync.Result result = null;
        try {
            result = sync.get();
            return result;
        } finally {
            CrmSync.Result counted = result != null ? result : new CrmSync.Result(source().orElse("none"), true, 0, 0, 0, List.of(),
                    Optional.of("the sync broke"));
            metrics.sync(counted, java.time.Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
