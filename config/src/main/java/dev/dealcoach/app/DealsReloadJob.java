package dev.dealcoach.app;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fired by Quartz every hour: re-reads the deals file when there is one, keeping what changed, and sends the slip-risk alerts and morning digests due. */
@DisallowConcurrentExecution
public class DealsReloadJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(DealsReloadJob.class);

    private final DealsReload reload;

    public DealsReloadJob(DealsReload reload) {
        this.reload = reload;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            reload.hourly();
        } catch (RuntimeException e) {
            // A bad file this hour leaves the deals as they were; the next hour reads it again.
            log.warn("Deals could not be reloaded or evaluated this hour: {}", e.getMessage());
        }
    }
}
