package dev.dealcoach.app;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fired by Quartz every sync interval: the org file and the deals brought in again, then the slip-risk alerts and digests due. */
@DisallowConcurrentExecution
public class DealsSyncJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(DealsSyncJob.class);

    private final DealsSync sync;

    public DealsSyncJob(DealsSync sync) {
        this.sync = sync;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            sync.scheduled();
        } catch (RuntimeException e) {
            log.warn("Deals could not be synced or evaluated this time: {}", e.getMessage());
        }
    }
}
