package dev.dealcoach.core.conversation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a person is in a flow: which run of which flow, which question, what the flow was started
 * with, and what they answered so far.
 *
 * @param id      this run of the flow; buttons and forms carry it, so one left over from an earlier
 *                run is recognised as stale
 * @param step     index of the question being asked
 * @param revision counts the changes of this run, so that a change made meanwhile by someone else
 *                 (another app instance) is noticed instead of overwritten
 * @param context what the flow was started with (for a review: the deal, playbook and stage)
 * @param answers accepted answers by question id, in the order given
 */
public record ConversationState(String id, String flow, int step, int revision, Map<String, String> context,
                                Map<String, Answer> answers) {

    public ConversationState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(flow, "flow");
        context = context == null ? Map.of() : Map.copyOf(context);
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    public static ConversationState start(String flow, Map<String, String> context) {
        return new ConversationState(UUID.randomUUID().toString(), flow, 0, 0, context, Map.of());
    }

    /** True when {@code other} is this same revision of this same run: nobody changed it in between. */
    public boolean sameRevisionAs(ConversationState other) {
        return other != null && id.equals(other.id) && revision == other.revision;
    }

    /** The next question, with {@code questionId} answered. */
    public ConversationState answered(String questionId, Answer answer) {
        Map<String, Answer> next = new LinkedHashMap<>(answers);
        next.put(questionId, answer);
        return new ConversationState(id, flow, step + 1, revision + 1, context, next);
    }

    /** The same question still open, with {@code questionId} answered (a later question answered in a form); null removes the answer. */
    public ConversationState withAnswer(String questionId, Answer answer) {
        Map<String, Answer> next = new LinkedHashMap<>(answers);
        if (answer == null) {
            next.remove(questionId);
        } else {
            next.put(questionId, answer);
        }
        return new ConversationState(id, flow, step, revision + 1, context, next);
    }

    /** Back to question {@code step}; earlier answers stay, so a re-asked question can show what was said. */
    public ConversationState at(int newStep) {
        return new ConversationState(id, flow, newStep, revision + 1, context, answers);
    }

    /** The value of the answer to {@code questionId}; null when it is not answered or answered "don't know". */
    public String known(String questionId) {
        Answer answer = answers.get(questionId);
        return answer == null || answer.unknown() ? null : answer.value();
    }

    public String context(String key) {
        return context.get(key);
    }
}
