package dev.dealcoach.app;

import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.schedule.CheckIns;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fired by Quartz every minute: runs every kind of check-in due now. The core decides who is due;
 * a minute missed (downtime, a slow run) is caught up by the next, within each check-in's window.
 */
@DisallowConcurrentExecution
public class CheckInJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(CheckInJob.class);

    private final CheckIns checkIns;
    private final DealCoachMetrics metrics;
    private final Clock clock;

    public CheckInJob(CheckIns checkIns, DealCoachMetrics metrics, Clock clock) {
        this.checkIns = checkIns;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            CheckIns.Report report = checkIns.run(clock.instant(), List.of(CheckInKind.values()), Optional.empty());
            metrics.checkIns(report);
            if (!report.queued().isEmpty()) {
                log.info("Check-ins queued: {} ({} skipped)", report.queued().size(), report.skipped().size());
            }
        } catch (RuntimeException e) {
            // The next minute tries again; each check-in's key keeps it from going out twice.
            log.warn("Check-ins could not run this minute: {}", e.toString());
        }
    }
}
