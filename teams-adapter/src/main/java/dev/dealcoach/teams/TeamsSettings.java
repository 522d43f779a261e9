package dev.dealcoach.teams;

/**
 * How the bot is registered with the Bot Framework (the variable names Microsoft uses).
 *
 * @param appId                {@code MICROSOFT_APP_ID}; blank only for local, unauthenticated testing
 * @param appType              {@code MultiTenant} or {@code SingleTenant}
 * @param openIdMetadataUrl    where the Bot Framework's signing keys are described; blank for Microsoft's own
 * @param tokenUrl             an OAuth 2.0 token endpoint for reply tokens; blank for Microsoft's own, through the SDK
 */
public record TeamsSettings(String appId, String appPassword, String tenantId, String appType, String openIdMetadataUrl,
                            String tokenUrl) {

    public TeamsSettings {
        appId = blankToEmpty(appId);
        appPassword = blankToEmpty(appPassword);
        tenantId = blankToEmpty(tenantId);
        appType = appType == null || appType.isBlank() ? "MultiTenant" : appType;
        openIdMetadataUrl = blankToEmpty(openIdMetadataUrl);
        tokenUrl = blankToEmpty(tokenUrl);
    }

    public boolean authenticated() {
        return !appId.isEmpty();
    }

    boolean singleTenant() {
        return "SingleTenant".equalsIgnoreCase(appType);
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
