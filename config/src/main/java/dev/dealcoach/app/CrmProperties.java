package dev.dealcoach.app;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where deals come from, under {@code dealcoach.crm-sync.*}; application.properties maps the CRMs' own
 * variable names onto it ({@code DEALCOACH_CRM}, {@code SALESFORCE_CLIENT_ID}, {@code HUBSPOT_ACCESS_TOKEN}, ...).
 *
 * @param source     {@code csv} (the deals file), {@code salesforce} or {@code hubspot}
 * @param interval   how often deals are synced (and slip risk evaluated)
 * @param stages     CRM stage (Salesforce name, HubSpot id or label) -> DealCoach stage, beside the defaults
 * @param categories CRM forecast category -> DealCoach category, beside the defaults
 */
@ConfigurationProperties("dealcoach.crm-sync")
public record CrmProperties(
        @DefaultValue("csv") Source source,
        @DefaultValue("15m") Duration interval,
        @DefaultValue Salesforce salesforce,
        @DefaultValue HubSpot hubspot,
        @DefaultValue WriteBack writeBack,
        @DefaultValue("USD") String currency,
        Map<String, String> stages,
        Map<String, String> categories) {

    public enum Source { CSV, SALESFORCE, HUBSPOT }

    public CrmProperties {
        if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("dealcoach.crm-sync.interval (DEALCOACH_CRM_SYNC_INTERVAL) is a minute or more, like 15m");
        }
        stages = stages == null ? Map.of() : Map.copyOf(stages);
        categories = categories == null ? Map.of() : Map.copyOf(categories);
    }

    /**
     * @param historyDays how far back the first sync reads the field history
     */
    public record Salesforce(
            @DefaultValue("https://login.salesforce.com") URI loginUrl,
            @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret,
            @DefaultValue("") String username,
            @DefaultValue("") String privateKeyFile,
            @DefaultValue("v62.0") String apiVersion,
            @DefaultValue("120") int historyDays) {

        public Salesforce {
            if (apiVersion.isBlank()) {
                throw new IllegalArgumentException("dealcoach.crm-sync.salesforce.api-version (DEALCOACH_SALESFORCE_API_VERSION) is a version, like v62.0");
            }
            if (historyDays < 1) {
                throw new IllegalArgumentException("dealcoach.crm-sync.salesforce.history-days is 1 or more; got " + historyDays);
            }
        }
    }

    /**
     * A finished review written to the deal in the CRM: off unless enabled, and then only to the fields
     * named (Salesforce field API names like {@code DealCoach_Verdict__c}, HubSpot property names).
     */
    public record WriteBack(@DefaultValue("false") boolean enabled, @DefaultValue("") String verdictField,
                            @DefaultValue("") String scoresField, @DefaultValue("") String nextStepsField) {
    }

    public record HubSpot(@DefaultValue("") String accessToken, @DefaultValue("https://api.hubapi.com") URI apiUrl) {
    }
}
