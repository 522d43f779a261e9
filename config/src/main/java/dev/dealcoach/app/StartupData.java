package dev.dealcoach.app;

import dev.dealcoach.core.load.DataFile;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.load.LoadProblem;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.backend.Stores;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the org and deals into the store before the app takes any request: in the background while the
 * rest of the context is made, and the context's refresh waits for it, so the web server starts after the
 * load and a bad file still stops start-up.
 */
@Configuration(proxyBeanMethods = false)
class StartupData {

    private static final Logger log = LoggerFactory.getLogger(StartupData.class);

    @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
    DataImport.Report loadedData(DealCoachProperties properties, CrmProperties crm, Stores stores, Clock clock) {
        DataImport dataImport = new DataImport(stores);
        DataImport.Report report;
        if (crm.source() != CrmProperties.Source.CSV && properties.orgFile() != null) {
            // Deals come from the CRM: those stored stay until the first sync, shortly after start-up, brings what changed.
            Org org = DataImport.readOrgFile(DataFile.of(properties.orgFile()));
            stores.org().save(org);
            if (properties.dealsFile() != null) {
                log.warn("DEALCOACH_DEALS_FILE is ignored: deals come from {} (DEALCOACH_CRM)", crm.source().name().toLowerCase(java.util.Locale.ROOT));
            }
            report = new DataImport.Report(org, stores.deals().all().size(), java.util.List.of());
        } else if (properties.orgFile() == null) {
            log.info("No org file set (DEALCOACH_ORG_FILE): loading the bundled demo org");
            report = dataImport.importDemo(clock);
            dataImport.seedDemoForecasts(clock);
            dataImport.seedDemoActivity(clock);
            dataImport.seedDemoDealHistory(clock);
        } else if (properties.dealsFile() == null) {
            log.warn("No deals file set (DEALCOACH_DEALS_FILE): loading the org from {} with no deals", properties.orgFile());
            report = dataImport.importOrg(DataFile.of(properties.orgFile()));
        } else {
            report = dataImport.importFiles(DataFile.of(properties.orgFile()), DataFile.of(properties.dealsFile()), clock);
        }
        for (LoadProblem problem : report.problems()) {
            log.warn("Deal row skipped: {}", problem);
        }
        log.info("Loaded {}", report.summary());
        return report;
    }
}
