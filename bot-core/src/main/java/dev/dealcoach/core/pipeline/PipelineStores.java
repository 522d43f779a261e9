package dev.dealcoach.core.pipeline;

/** The pipeline's ports on one storage back end. */
public interface PipelineStores {

    Outbox outbox();

    ContactStore contacts();
}
