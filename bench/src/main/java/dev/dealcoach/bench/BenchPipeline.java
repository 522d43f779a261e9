package dev.dealcoach.bench;

import dev.dealcoach.core.DealCoachCore;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.pipeline.DeliveryGate;
import dev.dealcoach.core.pipeline.DeliveryWorkers;
import dev.dealcoach.core.pipeline.InboundPipeline;
import dev.dealcoach.core.pipeline.Outbox;
import dev.dealcoach.core.pipeline.Outreach;
import dev.dealcoach.core.pipeline.Pacer;
import dev.dealcoach.core.pipeline.PersonDirectory;
import dev.dealcoach.core.pipeline.Router;
import dev.dealcoach.core.review.Playbooks;
import dev.dealcoach.slack.SlackAdapter;
import dev.dealcoach.slack.SlackSettings;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The core and the Slack adapter wired as the application wires them (config's
 * {@code PipelineConfiguration}): outreach queues in the outbox, and delivery workers with the
 * production settings deliver it through the Slack messenger, paced at the configured Slack rate.
 */
final class BenchPipeline implements AutoCloseable {

    private final InboundPipeline inbound;
    private final SlackAdapter slack;
    private final Outreach outreach;
    private final Outbox outbox;
    private final DeliveryWorkers workers;

    BenchPipeline(BenchStores stores, String slackApiUrl, int slackRate, Clock clock) throws Exception {
        Coach coach = DealCoachCore.coach(stores.stores(), stores.stores().contacts(), Playbooks.bundled(), clock);
        this.outbox = stores.stores().outbox();
        this.inbound = new InboundPipeline(coach, new PersonDirectory(stores.stores().org(), clock),
                new DeliveryGate(stores.stores().idempotency()), stores.stores().contacts(), outbox, clock, 16);
        this.outreach = new Outreach(coach, outbox, clock);
        this.slack = new SlackAdapter(new SlackSettings("xoxb-0000000001-bench", null, null, slackApiUrl), inbound,
                stores.stores().org(), stores.stores().addresses(), clock);
        slack.start();
        Pacer pacer = new Pacer(Map.of(Platform.SLACK, Pacer.Limits.slack(slackRate)));
        this.workers = new DeliveryWorkers(outbox, new Router(List.of(slack.messenger()), stores.stores().contacts()), pacer, clock,
                "bench-" + UUID.randomUUID().toString().substring(0, 8), DeliveryWorkers.Settings.defaults()).start();
    }

    Outreach outreach() {
        return outreach;
    }

    Outbox outbox() {
        return outbox;
    }

    @Override
    public void close() {
        workers.close();
        slack.close();
        inbound.close();
    }
}
