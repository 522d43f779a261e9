package dev.dealcoach.core.crm;

import java.net.URI;
import java.util.Objects;

/**
 * How to reach a HubSpot account: a private app's access token and the API's URL.
 *
 * @param currency the account's currency, for amounts (ISO code)
 */
public record HubSpotSettings(String accessToken, URI apiUrl, String currency, CrmMapping mapping) {

    public HubSpotSettings {
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(mapping, "mapping");
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("HUBSPOT_ACCESS_TOKEN (a private app's access token) is needed to connect to HubSpot");
        }
    }
}
