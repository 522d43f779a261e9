package dev.dealcoach.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where deals come from, under {@code dealcoach.crm-sync.*}; application.yml maps the CRMs' own
 * variable names onto it ({@code DEALCOACH_CRM}, {@code SALESFORCE_CLIENT_ID}, {@code HUBSPOT_ACCESS_TOKEN}, ...).
 *
 * @param source     {@code csv} (the deals file), {@code salesforce} or {@code hubspot}
 * @param interval   how often deals are synced (and slip risk evaluated)
 * @param stages     CRM stage (Salesforce name, HubSpot id or label) -> DealCoach stage, beside the defaults
 * @param categories CRM forecast category -> DealCoach category, beside the defaults
 */
@Validated
@ConfigurationProperties("dealcoach.crm-sync")
public record CrmProperties(
        @NotNull @DefaultValue("csv") Source source,
        @NotNull @DefaultValue("15m") Duration interval,
        @Valid @NotNull @DefaultValue Salesforce salesforce,
        @Valid @NotNull @DefaultValue HubSpot hubspot,
        @Valid @NotNull @DefaultValue WriteBack writeBack,
        @NotNull @DefaultValue("USD") String currency,
        Map<String, String> stages,
        Map<String, String> categories) {

    public enum Source { CSV, SALESFORCE, HUBSPOT }

    @jakarta.validation.constraints.AssertTrue(message = "dealcoach.crm-sync.interval (DEALCOACH_CRM_SYNC_INTERVAL) is a minute or more, "
            + "like 15m")
    public boolean isIntervalAMinuteOrMore() {
        return interval == null || interval.compareTo(Duration.ofMinutes(1)) >= 0;
    }

    public CrmProperties {
        stages = stages == null ? Map.of() : Map.copyOf(stages);
        categories = categories == null ? Map.of() : Map.copyOf(categories);
    }

    /**
     * @param historyDays how far back the first sync reads the field history
     */
    public record Salesforce(
            @NotNull @DefaultValue("https://login.salesforce.com") URI loginUrl,
            @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret,
            @DefaultValue("") String username,
            @DefaultValue("") String privateKeyFile,
            @NotBlank @DefaultValue("v62.0") String apiVersion,
            @Min(1) @DefaultValue("120") int historyDays) {
    }

    /**
     * A finished review written to the deal in the CRM: off unless enabled, and then only to the fields
     * named (Salesforce field API names like {@code DealCoach_Verdict__c}, HubSpot property names).
     */
    public record WriteBack(@DefaultValue("false") boolean enabled, @DefaultValue("") String verdictField,
                            @DefaultValue("") String scoresField, @DefaultValue("") String nextStepsField) {
    }

    public record HubSpot(@DefaultValue("") String accessToken, @NotNull @DefaultValue("https://api.hubapi.com") URI apiUrl) {
    }
}
