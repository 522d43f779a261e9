package dev.dealcoach.app;

import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.pipeline.DeliveryGate;
import dev.dealcoach.core.pipeline.DeliveryWorkers;
import dev.dealcoach.core.pipeline.InboundPipeline;
import dev.dealcoach.core.pipeline.Outreach;
import dev.dealcoach.core.pipeline.Pacer;
import dev.dealcoach.core.pipeline.PersonDirectory;
import dev.dealcoach.core.pipeline.Router;
import dev.dealcoach.core.backend.Stores;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one pipeline: what the bot hears (every adapter hands its arrivals to the
 * {@link InboundPipeline}) and what it says (the outbox, delivered by {@link DeliveryWorkers}
 * through the {@link Router} to each platform's messenger, paced by the {@link Pacer}).
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PipelineConfiguration.class);

    @Bean
    PersonDirectory personDirectory(Stores stores, Clock clock) {
        return new PersonDirectory(stores.org(), clock);
    }

    @Bean(destroyMethod = "close")
    InboundPipeline inboundPipeline(Coach coach, PersonDirectory people, Stores stores, Clock clock) {
        return new InboundPipeline(coach, people, new DeliveryGate(stores.idempotency()), stores.contacts(),
                stores.outbox(), clock, 16);
    }

    @Bean
    Outreach outreach(Coach coach, Stores stores, Clock clock) {
        return new Outreach(coach, stores.outbox(), clock);
    }

    @Bean
    Pacer pacer(SlackProperties slack, TeamsProperties teams) {
        return new Pacer(Map.of(Platform.SLACK, Pacer.Limits.slack(slack.sendRate()), Platform.TEAMS, Pacer.Limits.teams(teams.sendRate())));
    }

    @Bean
    Router router(List<Messenger> messengers, Stores stores) {
        log.info("Messages go out on: {}", messengers.stream().map(m -> m.platform().id()).toList());
        return new Router(messengers, stores.contacts());
    }

    @Bean
    DealCoachMetrics dealCoachMetrics(MeterRegistry registry, Stores stores, Clock clock) {
        return new DealCoachMetrics(registry, stores, clock);
    }

    @Bean(destroyMethod = "close")
    DeliveryWorkers deliveryWorkers(Stores stores, Router router, Pacer pacer, CrmConfiguration.DealSourceChoice dealSource,
                                    DealCoachMetrics metrics, Clock clock) {
        DeliveryWorkers workers = new DeliveryWorkers(stores.outbox(), router, pacer, clock, workerName(), DeliveryWorkers.Settings.defaults())
                .observedBy(metrics);
        dealSource.writer().ifPresent(workers::writingTo);
        return workers.start();
    }

    /** Names this instance in the outbox's consumer group: the host, and a random part so restarts are told apart. */
    private static String workerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "dealcoach";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
