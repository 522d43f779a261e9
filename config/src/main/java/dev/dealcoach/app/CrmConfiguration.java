package dev.dealcoach.app;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.crm.CrmMapping;
import dev.dealcoach.core.crm.CrmSync;
import dev.dealcoach.core.crm.DealSource;
import dev.dealcoach.core.crm.HubSpotSettings;
import dev.dealcoach.core.crm.HubSpotSource;
import dev.dealcoach.core.crm.SalesforceSettings;
import dev.dealcoach.core.crm.SalesforceSource;
import dev.dealcoach.core.load.CsvDealSource;
import dev.dealcoach.core.load.DataFile;
import dev.dealcoach.core.pipeline.CrmWriter;
import dev.dealcoach.core.review.ReviewWriteBack;
import dev.dealcoach.core.risk.RiskAlerts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where deals come from: the deals file, Salesforce or HubSpot (see {@link CrmProperties}), behind one {@link DealSource}. */
@Configuration(proxyBeanMethods = false)
class CrmConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CrmConfiguration.class);
    /** Long enough for start-up to finish; a CRM's first sync then brings the deals in. */
    private static final int FIRST_SYNC_AFTER_SECONDS = 10;

    /**
     * Where deals come from, and where finished reviews go when write-back is on.
     *
     * @param source    empty for the demo (no org file, no CRM)
     * @param writer    the CRM reviews are written to; empty while write-back is off
     * @param writeBack the fields a review writes
     */
    record DealSourceChoice(Optional<DealSource> source, Optional<CrmWriter> writer, ReviewWriteBack writeBack) {
    }

    /** Fields the sync reads: a review writing one would overwrite the rep's own, and be read back in. */
    private static final java.util.Set<String> SYNCED = java.util.Set.of("name", "amount", "stagename", "forecastcategoryname",
            "closedate", "nextstep", "lastactivitydate", "dealname", "dealstage", "pipeline", "hubspot_owner_id",
            "hs_manual_forecast_category", "hs_next_step");

    @Bean
    DealSourceChoice dealSource(CrmProperties crm, DealCoachProperties properties, Stores stores, Clock clock) {
        Optional<DealSource> source = source(crm, properties, clock);
        source.ifPresent(s -> log.info("Deals come from {}, synced every {}", s.name(), crm.interval()));
        CrmProperties.WriteBack wanted = crm.writeBack();
        if (!wanted.enabled()) {
            return new DealSourceChoice(source, Optional.empty(), ReviewWriteBack.OFF);
        }
        ReviewWriteBack writeBack = new ReviewWriteBack(wanted.verdictField(), wanted.scoresField(), wanted.nextStepsField());
        if (source.isEmpty() || !(source.get() instanceof CrmWriter writer)) {
            throw new CrmSettingsException("DEALCOACH_CRM_WRITE_BACK=true writes reviews to a CRM: set DEALCOACH_CRM to salesforce or hubspot");
        }
        if (!writeBack.on()) {
            throw new CrmSettingsException("DEALCOACH_CRM_WRITE_BACK=true needs at least one field to write: "
                    + "dealcoach.crm-sync.write-back.verdict-field, .scores-field or .next-steps-field");
        }
        java.util.List<String> synced = java.util.stream.Stream.of(writeBack.verdictField(), writeBack.scoresField(),
                writeBack.nextStepsField()).filter(field -> SYNCED.contains(field.toLowerCase(java.util.Locale.ROOT))).toList();
        if (!synced.isEmpty()) {
            throw new CrmSettingsException("write-back fields must be DealCoach's own: " + String.join(", ", synced)
                    + " is read by the sync (the rep's own value would be overwritten); create fields like DealCoach_Verdict__c");
        }
        log.info("Finished reviews are written to {}: {}", writer.name(), writeBack);
        return new DealSourceChoice(source, Optional.of(new AfterFirstSync(writer, stores)), writeBack);
    }

    /** Deals brought in from their source; the demo (no org file, no CRM) has none. */
    @Bean
    DealsSync dealsSync(DealSourceChoice choice, DealCoachProperties properties, Stores stores, RiskAlerts riskAlerts,
                        DealCoachMetrics metrics, Clock clock) {
        return new DealsSync(properties, stores, choice.source().map(s -> new CrmSync(s, stores.org(), stores.deals(), stores.dealHistory(),
                stores.crmStatus(), stores.leases(), clock)), riskAlerts, metrics, clock);
    }

    /** The deals synced and slip risk evaluated every interval, the first time shortly after start-up. */
    @Bean
    @ConditionalOnProperty(name = "dealcoach.scheduler.enabled", havingValue = "true", matchIfMissing = true)
    JobDetail dealsSyncJob() {
        return JobBuilder.newJob(DealsSyncJob.class).withIdentity("deals-sync").storeDurably().build();
    }

    @Bean
    @ConditionalOnProperty(name = "dealcoach.scheduler.enabled", havingValue = "true", matchIfMissing = true)
    Trigger everySyncInterval(JobDetail dealsSyncJob, CrmProperties crm, Clock clock) {
        return TriggerBuilder.newTrigger().forJob(dealsSyncJob).withIdentity("deals-sync-every-interval")
                .startAt(java.util.Date.from(clock.instant().plusSeconds(FIRST_SYNC_AFTER_SECONDS)))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(crm.interval().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount()).build();
    }

    static Optional<DealSource> source(CrmProperties crm, DealCoachProperties properties, Clock clock) {
        try {
            java.util.Currency.getInstance(crm.currency());
        } catch (IllegalArgumentException e) {
            throw new CrmSettingsException("DEALCOACH_CRM_CURRENCY '" + crm.currency() + "' is not an ISO 4217 currency code, like USD or EUR");
        }
        if (crm.source() != CrmProperties.Source.CSV && properties.orgFile() == null) {
            throw new CrmSettingsException("DEALCOACH_CRM=" + crm.source().name().toLowerCase(java.util.Locale.ROOT) + " needs the org file "
                    + "(DEALCOACH_ORG_FILE): people, their roles and quotas come from it, and deals are matched to them by their owner's email");
        }
        try {
            return switch (crm.source()) {
                case CSV -> Optional.ofNullable(properties.dealsFile()).map(file -> new CsvDealSource(DataFile.of(file)));
                case SALESFORCE -> Optional.of(new SalesforceSource(new SalesforceSettings(crm.salesforce().loginUrl(),
                        crm.salesforce().clientId(), crm.salesforce().clientSecret(), crm.salesforce().username(),
                        crm.salesforce().privateKeyFile().isBlank() ? null : Path.of(crm.salesforce().privateKeyFile()),
                        crm.salesforce().apiVersion(), crm.currency(), crm.salesforce().historyDays(),
                        CrmMapping.SALESFORCE.with(crm.stages(), crm.categories())), clock));
                case HUBSPOT -> Optional.of(new HubSpotSource(new HubSpotSettings(crm.hubspot().accessToken(), crm.hubspot().apiUrl(),
                        crm.currency(), CrmMapping.HUBSPOT.with(crm.stages(), crm.categories())), clock));
            };
        } catch (IllegalArgumentException e) {
            throw new CrmSettingsException(e.getMessage());
        }
    }

    /**
     * Writes only once a sync with the CRM has worked: until then the deals in the store may be an
     * earlier source's (a deals file), whose ids mean nothing, or something else, in the CRM.
     */
    private record AfterFirstSync(CrmWriter writer, Stores stores) implements CrmWriter {
        @Override
        public String name() {
            return writer.name();
        }

        @Override
        public Result write(dev.dealcoach.core.conversation.Outgoing.Write write) {
            if (stores.crmStatus().load().lastSuccess() == null) {
                return new RetryLater(java.time.Duration.ofMinutes(5), "no sync with " + writer.name() + " has worked yet");
            }
            return writer.write(write);
        }
    }

    /** The CRM settings cannot work: start-up stops with what to set. */
    static final class CrmSettingsException extends RuntimeException {
        CrmSettingsException(String message) {
            super(message);
        }
    }
}
