package dev.dealcoach.core.review;

import dev.dealcoach.core.model.Stage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a review concluded.
 *
 * @param scores    element id to 0, 1 or 2, in the playbook's order
 * @param reasons   for pursue and disqualify, the rules that decided it; for develop, what is strong
 * @param missing   for develop, what keeps the deal from pursue
 * @param stageGaps exit checks not met: the deal's own stage first, then earlier stages
 * @param nextSteps the top gaps to work on, each with the question to ask next
 */
public record ReviewOutcome(
        Map<String, Integer> scores,
        Verdict verdict,
        List<String> reasons,
        List<String> missing,
        List<StageGap> stageGaps,
        List<NextStep> nextSteps) {

    public ReviewOutcome {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        stageGaps = List.copyOf(stageGaps);
        nextSteps = List.copyOf(nextSteps);
    }

    /** An exit check of {@code stage} that the deal does not meet. */
    public record StageGap(Stage stage, String check, String coach) {
    }

    /** @param topic an element's or a check's name */
    public record NextStep(String topic, String coach) {
    }
}
