package dev.dealcoach.app.playground;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.pipeline.InboundPipeline;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The local playground: on by default only in the embedded default (see {@link PlaygroundDefaults}),
 * otherwise only with {@code dealcoach.playground.enabled=true}, which warns: it lets anyone who can
 * reach it act as anyone. {@code ChannelStatusLog} says at start-up whether it is on, and where.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(PlaygroundCondition.class)
public class PlaygroundConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PlaygroundConfiguration.class);

    PlaygroundConfiguration(Environment environment) {
        if (!PlaygroundDefaults.isOnByDefault(environment)) {
            log.warn("!!! The playground is enabled outside the embedded default: anyone who can reach this server "
                    + "can act as any person of the org. Turn it off (dealcoach.playground.enabled=false) when done. !!!");
        }
    }

    @Bean
    PlaygroundLog playgroundLog(Clock clock) {
        return new PlaygroundLog(clock);
    }

    @Bean
    PlaygroundMessenger playgroundMessenger(PlaygroundLog playgroundLog) {
        return new PlaygroundMessenger(playgroundLog);
    }

    @Bean
    PlaygroundStreams playgroundStreams(PlaygroundLog playgroundLog) {
        return new PlaygroundStreams(playgroundLog);
    }

    @Bean
    PlaygroundWelcome playgroundWelcome(Stores stores, Clock clock) {
        return new PlaygroundWelcome(stores.deals(), clock);
    }

    @Bean
    PlaygroundChat playgroundChat(InboundPipeline pipeline, Coach coach, PlaygroundLog playgroundLog,
                                  PlaygroundMessenger playgroundMessenger) {
        return new PlaygroundChat(pipeline, coach, playgroundLog, playgroundMessenger);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/playground/**").addResourceLocations("classpath:/playground/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/playground/index.html");
    }
}
