package dev.dealcoach.app;

import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.pipeline.InboundPipeline;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.teams.TeamsAdapter;
import dev.dealcoach.teams.TeamsSettings;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The Teams adapter: on with an app id, or without one only when unauthenticated use is allowed. */
@Configuration(proxyBeanMethods = false)
@Conditional(TeamsIsOn.class)
class TeamsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TeamsConfiguration.class);

    @Bean
    TeamsAdapter teamsAdapter(TeamsProperties properties, InboundPipeline pipeline, Stores stores, Clock clock) {
        TeamsSettings settings = new TeamsSettings(properties.appId(), properties.appPassword(), properties.tenantId(),
                properties.appType(), properties.openidMetadataUrl(), properties.tokenUrl());
        if (!settings.authenticated()) {
            log.warn("!!! Teams is on WITHOUT authentication (dealcoach.teams.allow-unauthenticated=true and no MICROSOFT_APP_ID): "
                    + "anyone who can reach /api/messages can act as anyone. For local testing only; never expose it. !!!");
        }
        return new TeamsAdapter(settings, pipeline, stores.addresses(), clock);
    }

    @Bean
    Messenger teamsMessenger(TeamsAdapter teamsAdapter) {
        return teamsAdapter.messenger();
    }
}
