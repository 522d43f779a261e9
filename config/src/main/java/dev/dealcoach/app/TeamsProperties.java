package dev.dealcoach.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Teams settings under {@code dealcoach.teams.*}; the registration comes from the environment under
 * the Bot Framework's names ({@code MICROSOFT_APP_ID}, {@code MICROSOFT_APP_PASSWORD},
 * {@code MICROSOFT_APP_TENANT_ID}, {@code MICROSOFT_APP_TYPE}).
 *
 * @param allowUnauthenticated accept activities without a Bot Framework token when no app id is set:
 *                             for local testing only, never exposed
 * @param openidMetadataUrl    where the signing keys are described; blank for Microsoft's own
 * @param tokenUrl             an OAuth 2.0 token endpoint for reply tokens ({@code DEALCOACH_TEAMS_TOKEN_URL}); blank for Microsoft's
 * @param sendRate             messages a minute to the whole tenant ({@code DEALCOACH_TEAMS_SEND_RATE}), under
 *                             Teams' 50 requests a second; Teams' 7 a second per conversation is kept too
 */
@ConfigurationProperties("dealcoach.teams")
public record TeamsProperties(
        @DefaultValue("") String appId,
        @DefaultValue("") String appPassword,
        @DefaultValue("") String tenantId,
        @DefaultValue("MultiTenant") String appType,
        @DefaultValue("false") boolean allowUnauthenticated,
        @DefaultValue("") String openidMetadataUrl,
        @DefaultValue("") String tokenUrl,
        @DefaultValue("2400") int sendRate) {

    public TeamsProperties {
        if (sendRate <= 0) {
            throw new IllegalArgumentException("dealcoach.teams.send-rate (DEALCOACH_TEAMS_SEND_RATE) is messages a minute, more than 0; got " + sendRate);
        }
    }
}
