package dev.dealcoach.core.crm;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to reach a Salesforce org: the login (or My Domain, or sandbox) URL, and either a client id and
 * secret (client-credentials flow) or a client id, a username and a private key (JWT bearer flow).
 *
 * @param apiVersion     like {@code v62.0}
 * @param currency       the org's currency, for amounts (ISO code)
 * @param historyDays    how far back the first sync reads the field history
 */
public record SalesforceSettings(URI loginUrl, String clientId, String clientSecret, String username, Path privateKeyFile,
                                 String apiVersion, String currency, int historyDays, CrmMapping mapping) {

    public SalesforceSettings {
        Objects.requireNonNull(loginUrl, "loginUrl");
        Objects.requireNonNull(mapping, "mapping");
        if (blank(clientId)) {
            throw new IllegalArgumentException("SALESFORCE_CLIENT_ID is needed to connect to Salesforce");
        }
        boolean secret = !blank(clientSecret);
        boolean jwt = !blank(username) || privateKeyFile != null;
        if (secret == jwt) {
            throw new IllegalArgumentException("Salesforce needs SALESFORCE_CLIENT_SECRET (client-credentials flow) or SALESFORCE_USERNAME "
                    + "and SALESFORCE_PRIVATE_KEY_FILE (JWT bearer flow), not both and not neither");
        }
        if (jwt && (blank(username) || privateKeyFile == null)) {
            throw new IllegalArgumentException("the JWT bearer flow needs both SALESFORCE_USERNAME and SALESFORCE_PRIVATE_KEY_FILE");
        }
        if (apiVersion == null || !apiVersion.matches("v\\d+\\.\\d")) {
            throw new IllegalArgumentException("the Salesforce API version looks like v62.0, not " + apiVersion);
        }
    }

    boolean jwtBearer() {
        return privateKeyFile != null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
