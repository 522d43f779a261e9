package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Outgoing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which CRM fields a finished review writes, when write-back is on: its verdict, its scores and its
 * next steps, each to the field named (a blank name writes nothing there), and nothing else.
 */
public record ReviewWriteBack(String verdictField, String scoresField, String nextStepsField) {

    public static final ReviewWriteBack OFF = new ReviewWriteBack("", "", "");

    public ReviewWriteBack {
        verdictField = verdictField == null ? "" : verdictField.strip();
        scoresField = scoresField == null ? "" : scoresField.strip();
        nextStepsField = nextStepsField == null ? "" : nextStepsField.strip();
    }

    public boolean on() {
        return !verdictField.isEmpty() || !scoresField.isEmpty() || !nextStepsField.isEmpty();
    }

    /**
     * The write of {@code review}: {@code develop}; {@code Metrics 2/2, Economic buyer 0/2, ...};
     * {@code 1. Economic buyer: Get 30 minutes with Dana this week.} one per line. Empty when off.
     */
    Optional<Outgoing.Write> of(Playbook playbook, DealReview review) {
        if (!on()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        ReviewOutcome outcome = review.outcome();
        if (!verdictField.isEmpty()) {
            fields.put(verdictField, outcome.verdict().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!scoresField.isEmpty()) {
            fields.put(scoresField, String.join(", ", playbook.elements().stream()
                    .map(e -> e.name() + " " + outcome.scores().getOrDefault(e.id(), 0) + "/2").toList()));
        }
        if (!nextStepsField.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < outcome.nextSteps().size(); i++) {
                ReviewOutcome.NextStep step = outcome.nextSteps().get(i);
                lines.add((i + 1) + ". " + (step.topic().isEmpty() ? "" : step.topic() + ": ") + step.coach());
            }
            fields.put(nextStepsField, String.join("\n", lines));
        }
        return Optional.of(new Outgoing.Write(review.deal().id(), fields));
    }
}
