package dev.dealcoach.app;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.privacy.Pruned;
import dev.dealcoach.core.privacy.Retention;
import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fired by Quartz once a day: drops what is older than the retention settings. */
@DisallowConcurrentExecution
public class RetentionJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final Stores stores;
    private final Retention retention;
    private final DealCoachMetrics metrics;
    private final Clock clock;

    public RetentionJob(Stores stores, Retention retention, DealCoachMetrics metrics, Clock clock) {
        this.stores = stores;
        this.retention = retention;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            run();
        } catch (RuntimeException e) {
            metrics.retentionRan(false);
            log.warn("Retention did not run this time: {}", e.getMessage());
        }
    }

    /** One pass; nothing before an org is loaded, since history is cut by its fiscal calendar. */
    Pruned run() {
        Pruned pruned = stores.org().load().map(org -> stores.records().prune(retention.cutoffs(clock.instant(), org))).orElse(Pruned.NOTHING);
        metrics.pruned(pruned);
        metrics.retentionRan(true);
        log.info("Retention dropped {} delivery records, {} activity days, {} deal changes, {} reviews, {} forecast weeks, {} quarter records",
                pruned.deliveries(), pruned.activityDays(), pruned.dealChanges(), pruned.reviews(), pruned.forecastWeeks(),
                pruned.quarterRecords());
        return pruned;
    }
}
