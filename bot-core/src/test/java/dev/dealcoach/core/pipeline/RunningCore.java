package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.DealCoachCore;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.review.Playbooks;
import dev.dealcoach.core.backend.Stores;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The whole core wired the way the application wires it, over given stores and messengers: the
 * engine, the inbound pipeline, outreach, and delivery workers on the outbox. For adapter tests
 * that drive a real adapter without Spring.
 */
public final class RunningCore implements AutoCloseable {

    private final Coach coach;
    private final InboundPipeline pipeline;
    private final Outreach outreach;
    private final Stores stores;
    private DeliveryWorkers workers;

    public RunningCore(Stores stores, Clock clock) {
        this.stores = stores;
        this.coach = DealCoachCore.coach(stores, this.stores.contacts(), Playbooks.bundled(), clock);
        this.pipeline = new InboundPipeline(coach, new PersonDirectory(stores.org(), clock), new DeliveryGate(stores.idempotency()),
                this.stores.contacts(), this.stores.outbox(), clock, 4);
        this.outreach = new Outreach(coach, this.stores.outbox(), clock);
    }

    /** Starts delivering the outbox through these messengers, unpaced, as worker {@code name}. */
    public RunningCore deliverThrough(String name, List<Messenger> messengers) {
        return deliverThrough(name, messengers, new Pacer(Map.of()));
    }

    public RunningCore deliverThrough(String name, List<Messenger> messengers, Pacer pacer) {
        workers = new DeliveryWorkers(stores.outbox(), new Router(messengers, stores.contacts()), pacer, Clock.systemUTC(), name,
                new DeliveryWorkers.Settings(4, 64, Duration.ofMillis(100), Duration.ofSeconds(30), 8, 2_000, Duration.ofMillis(200)))
                .start();
        return this;
    }

    public Coach coach() {
        return coach;
    }

    public InboundPipeline pipeline() {
        return pipeline;
    }

    public Outreach outreach() {
        return outreach;
    }

    public Outbox outbox() {
        return stores.outbox();
    }

    public ContactStore contacts() {
        return stores.contacts();
    }

    @Override
    public void close() {
        pipeline.close();
        if (workers != null) {
            workers.close();
        }
    }
}
