package dev.dealcoach.core.review;

import dev.dealcoach.core.model.Stage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a review concluded.
 *
 * @param scores    element id to 0, 1 or 2, in the playbook's order
 * @param reasons   for pursue and disqualify, the rules that decided it; for develop, what is strong
 * @param missing   for develop, what keeps the deal from pursue
 * @param stageGaps exit checks not met: the deal's own stage first, then earlier stages
 * @param nextSteps the top gaps to work on, each with the question to ask next
 * @param findings  what the deal's own record says against it, one line each (reviews saved before
 *                  there were findings have none)
 */
public record ReviewOutcome(
        Map<String, Integer> scores,
        Verdict verdict,
        List<String> reasons,
        List<String> missing,
        List<StageGap> stageGaps,
        List<NextStep> nextSteps,
        List<String> findings) {

    public ReviewOutcome {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        stageGaps = List.copyOf(stageGaps);
        nextSteps = List.copyOf(nextSteps);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** What to work on first, in a few words: the first finding, else the first exit check not met, else the first element to work on. */
    public Optional<String> topGap() {
        if (!findings.isEmpty()) {
            return Optional.of(findings.get(0));
        }
        if (!stageGaps.isEmpty()) {
            return Optional.of(stageGaps.get(0).check());
        }
        return nextSteps.stream().map(NextStep::topic).filter(topic -> !topic.isEmpty()).findFirst();
    }

    /** An exit check of {@code stage} that the deal does not meet. */
    public record StageGap(Stage stage, String check, String coach) {
    }

    /** @param topic the element it works on, or empty when it is about the deal or a check of no one element */
    public record NextStep(String topic, String coach) {
    }
}
