package dev.dealcoach.app;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.load.DataFile;
import dev.dealcoach.core.load.DataFileException;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.risk.RiskAlerts;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads the org and deals files (on a schedule and on {@code POST /admin/deals/reload}): what
 * changed on each deal goes into its history, and the slip-risk alerts that are now due are sent.
 * The demo's deals are not reloaded: there is no file.
 */
public final class DealsReload {

    private static final Logger log = LoggerFactory.getLogger(DealsReload.class);

    /** What a reload did: the load's summary and the alerts it led to. */
    public record Result(DataImport.Report report, RiskAlerts.Report risk) {
    }

    private final DealCoachProperties properties;
    private final Stores stores;
    private final RiskAlerts riskAlerts;
    private final Clock clock;

    DealsReload(DealCoachProperties properties, Stores stores, RiskAlerts riskAlerts, Clock clock) {
        this.properties = properties;
        this.stores = stores;
        this.riskAlerts = riskAlerts;
        this.clock = clock;
    }

    /** Empty when no deals file is configured. */
    public Optional<Result> reload() {
        if (properties.orgFile() == null || properties.dealsFile() == null) {
            return Optional.empty();
        }
        DataImport.Report report = new DataImport(stores).importFiles(DataFile.of(properties.orgFile()),
                DataFile.of(properties.dealsFile()), clock);
        RiskAlerts.Report risk = riskAlerts.evaluate(clock.instant());
        log.info("Reloaded {}; {} slip-risk alerts due ({} held for a morning digest)", report.summary(), risk.alerts().size(),
                risk.alerts().stream().filter(RiskAlerts.Alert::held).count());
        return Optional.of(new Result(report, risk));
    }

    /** The hourly run: the files re-read when there are any, else the deals as they are evaluated (dates pass without a reload). */
    public RiskAlerts.Report hourly() {
        try {
            Optional<Result> reloaded = reload();
            if (reloaded.isPresent()) {
                return reloaded.get().risk();
            }
        } catch (DataFileException | java.io.UncheckedIOException e) {
            // A bad or missing file this hour leaves the deals as they were; they are still evaluated (dates pass, digests are due).
            log.warn("The deals file could not be reloaded this hour: {}", e.getMessage());
        }
        return riskAlerts.evaluate(clock.instant());
    }
}
