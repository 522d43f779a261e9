package dev.dealcoach.core.store;

import java.util.Map;
import java.util.Objects;

/**
 * Where a person is in a flow: which flow, which step, and what they answered so far.
 *
 * @param values answers and other flow data by key, kept as the person typed them
 */
public record ConversationState(String flow, int step, Map<String, String> values) {

    public ConversationState {
        Objects.requireNonNull(flow, "flow");
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
