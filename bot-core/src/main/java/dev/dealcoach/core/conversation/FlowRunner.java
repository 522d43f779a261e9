package dev.dealcoach.core.conversation;

import dev.dealcoach.core.store.IdempotencyStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs flows: starts them, reads answers typed, clicked or sent in a form, goes back, cancels, and
 * finishes each run once. The only owner of the conversation state; every change is a
 * compare-and-set, so an answer that crossed another (two app instances, a double click) changes nothing.
 */
final class FlowRunner {

    /** A flow nobody answers for this long is dropped. */
    private static final Logger log = LoggerFactory.getLogger(FlowRunner.class);
    private final Duration timeToLive;

    private final Map<String, Flow> flows = new LinkedHashMap<>();
    private final ConversationStore conversations;
    private final IdempotencyStore once;
    private final AnswerReader reader = new AnswerReader();

    /** The flow running in a conversation, with its questions. */
    record Active(ConversationState state, Flow flow, List<Question> questions) {
        Question current() {
            return questions.get(state.step());
        }

        String position() {
            return "question " + (state.step() + 1) + "/" + questions.size();
        }

        String subject() {
            return flow.subject(state);
        }

        Message ask() {
            return QuestionView.ask(state, questions, state.step(), null);
        }
    }

    /** @param timeToLive how long a conversation no one answers is kept */
    FlowRunner(List<Flow> flows, ConversationStore conversations, IdempotencyStore once, Duration timeToLive) {
        this.timeToLive = timeToLive;
        flows.forEach(flow -> this.flows.put(flow.name(), flow));
        this.conversations = conversations;
        this.once = once;
    }

    boolean knows(String flow) {
        return flows.containsKey(flow);
    }

    Optional<Active> active(ConversationKey key) {
        Optional<ConversationState> state = conversations.find(key);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        Flow flow = flows.get(state.get().flow());
        List<Question> questions = flow == null ? List.of() : flow.questions(state.get());
        if (flow == null || state.get().step() >= questions.size()) {
            log.warn("Dropped a conversation state of flow '{}' that can no longer run", state.get().flow());
            conversations.delete(key);
            return Optional.empty();
        }
        return Optional.of(new Active(state.get(), flow, questions));
    }

    /**
     * The intro, with a button to answer everything in one form, then the first question; or, when
     * the same run was kept for later here, that run where it was left.
     */
    List<Outgoing> start(Turn turn, CommandHandler.StartFlow start) {
        Flow flow = flows.get(start.flow());
        ConversationKey parkedKey = parkedKey(turn, start.flow(), start.context());
        Optional<ConversationState> parked = conversations.find(parkedKey);
        if (parked.isPresent() && conversations.replace(turn.key(), null, parked.get(), timeToLive)) {
            conversations.delete(parkedKey);
            List<Question> questions = flow.questions(parked.get());
            return List.of(turn.here(Message.text("Picking up " + flow.subject(parked.get()) + " where you left it.")
                    .then(QuestionView.ask(parked.get(), questions, parked.get().step(), null))));
        }
        ConversationState state = ConversationState.start(start.flow(), start.context());
        List<Outgoing> out = new ArrayList<>(List.of(turn.here(intro(start, state, flow.questions(state).size()))));
        out.addAll(said(turn, advance(turn, flow, null, state)));
        return out;
    }

    /**
     * What a flow's start said, for a run nobody has answered yet: the same messages another start of
     * it (a retry, another app instance) would queue, so that whichever is queued first is the whole opening.
     */
    Optional<List<Outgoing>> opening(Turn turn, Active active, CommandHandler.StartFlow start) {
        if (active.state().step() != 0 || !active.state().answers().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(List.of(turn.here(intro(start, active.state(), active.questions().size())), turn.here(active.ask())));
    }

    /**
     * The intro goes alone: answering the first question by button updates that question's message
     * only. A form is offered only when there is more than one question to put in it.
     */
    private static Message intro(CommandHandler.StartFlow start, ConversationState state, int questions) {
        if (questions < 2) {
            return start.intro();
        }
        return start.intro().then(Message.of(new Block.Buttons(List.of(
                new Block.Button(ActionIds.FORM, "Answer all in one form", state.id(), Block.Style.DEFAULT)))));
    }

    List<Outgoing> answer(Turn turn, Active active, String input, MessageRef question) {
        Question current = active.current();
        AnswerReader.Reading reading = reader.read(current, input, context(turn));
        if (reading instanceof AnswerReader.Rejected rejected) {
            return List.of(turn.here(Message.text(rejected.hint())
                    .then(QuestionView.again(active.state(), active.questions(), active.state().step()))));
        }
        AnswerReader.Accepted accepted = (AnswerReader.Accepted) reading;
        Optional<String> refused = active.flow().refuse(active.state(), current, accepted.answer());
        if (refused.isPresent()) {
            return List.of(turn.here(Message.text(refused.get())
                    .then(QuestionView.again(active.state(), active.questions(), active.state().step()))));
        }
        List<Outgoing> out = new ArrayList<>();
        if (question != null) {
            out.add(new Outgoing.Update(question, QuestionView.answered(active.questions(), active.state().step(), accepted.answer())));
        }
        Reply next = advance(turn, active.flow(), active.state(),
                firstUnanswered(active.flow(), active.state().answered(current.id(), accepted.answer())));
        if (!accepted.note().isEmpty()) {
            next = new Reply(Message.of(new Block.Note(accepted.note())).then(next.message()), next.others());
        }
        out.addAll(said(turn, next));
        return out;
    }

    /** The remaining questions as one form, if {@code runId} is still the running flow. */
    Optional<Message> form(Active active, String runId) {
        return active.state().id().equals(runId)
                ? Optional.of(QuestionView.form(active.state(), active.flow().name(), active.questions()))
                : Optional.empty();
    }

    /**
     * A form submitted: every answer is read, those accepted are kept, and the flow goes on at the
     * first question still without one; the first refused answer's hint is said, the rest are kept.
     */
    List<Outgoing> submit(Turn turn, Active active, Map<String, String> values) {
        ConversationState state = active.state();
        List<Question> questions = active.questions();
        List<Block> notes = new ArrayList<>();
        String refusal = null;
        for (int i = state.step(); i < questions.size(); i++) {
            Question question = questions.get(i);
            if (!values.containsKey(question.id())) {
                continue;
            }
            AnswerReader.Reading reading = reader.read(question, values.get(question.id()), context(turn));
            Optional<String> refused = reading instanceof AnswerReader.Rejected rejected ? Optional.of(rejected.hint())
                    : active.flow().refuse(state, question, ((AnswerReader.Accepted) reading).answer());
            if (refused.isPresent()) {
                refusal = refusal != null ? refusal : Markup.literal(question.prompt()) + " " + refused.get();
                state = state.withAnswer(question.id(), null);
                continue;
            }
            AnswerReader.Accepted accepted = (AnswerReader.Accepted) reading;
            if (!accepted.note().isEmpty()) {
                notes.add(new Block.Note(Markup.literal(question.prompt()) + ": " + accepted.note()));
            }
            state = state.withAnswer(question.id(), accepted.answer());
        }
        state = firstUnanswered(active.flow(), state.at(active.state().step()));
        List<Question> now = active.flow().questions(state);
        if (refusal != null) {
            notes.add(new Block.Note(refusal + " Your other answers are kept."));
        } else if (state.step() < now.size()) {
            notes.add(new Block.Note("The form had no answer to " + Markup.literal(now.get(state.step()).prompt())
                    + " Answer it here, or open the form again."));
        }
        Reply next = advance(turn, active.flow(), active.state(), state);
        return said(turn, notes.isEmpty() ? next : new Reply(new Message(notes).then(next.message()), next.others()));
    }

    /** The state moved on past the questions that already have an answer (given in a form, or before going back). */
    private static ConversationState firstUnanswered(Flow flow, ConversationState state) {
        ConversationState at = state;
        List<Question> questions = flow.questions(at);
        while (at.step() < questions.size() && at.answers().containsKey(questions.get(at.step()).id())) {
            at = at.at(at.step() + 1);
            questions = flow.questions(at);
        }
        return at;
    }

    Message back(Turn turn, Active active) {
        int step = active.state().step();
        if (step == 0) {
            return Message.text("This is the first question.").then(active.ask());
        }
        Question previous = active.questions().get(step - 1);
        if (!conversations.replace(turn.key(), active.state(), active.state().at(step - 1), timeToLive)) {
            return crossed(turn);
        }
        return QuestionView.ask(active.state(), active.questions(), step - 1, active.state().answers().get(previous.id()));
    }

    /** Keeps the running flow aside, for this person and place, until the command that started it is given again. */
    Message park(Turn turn, Active active) {
        ConversationState state = active.state();
        conversations.save(parkedKey(turn, state.flow(), state.context()), state, timeToLive);
        conversations.delete(turn.key());
        return Message.text("Kept " + active.subject() + " at " + active.position() + ": `"
                + active.flow().command(state) + "` picks it up again.");
    }

    /** Where a run kept for later waits: one per person, place, flow and starting context. */
    private static ConversationKey parkedKey(Turn turn, String flow, Map<String, String> context) {
        Map<String, String> identity = new java.util.TreeMap<>(context);
        identity.remove(Coach.START_KEY);
        String digest = UUID.nameUUIDFromBytes((turn.key().place() + "\n" + flow + "\n" + identity)
                .getBytes(StandardCharsets.UTF_8)).toString();
        return new ConversationKey(turn.key().personId(), "parked:" + digest);
    }

    /** What a flow would be about if {@code start} started it. */
    String subject(CommandHandler.StartFlow start) {
        return flows.get(start.flow()).subject(ConversationState.start(start.flow(), start.context()));
    }

    Message cancel(Turn turn, Active active) {
        conversations.delete(turn.key());
        return Message.text("Stopped " + active.subject() + ". Nothing was saved.");
    }

    /**
     * Asks the state's question, or finishes the flow when every question is answered. A run is
     * finished once only, even when two last answers race (two app instances, a double click).
     */
    private Reply advance(Turn turn, Flow flow, ConversationState expected, ConversationState state) {
        List<Question> questions = flow.questions(state);
        if (state.step() >= questions.size()) {
            if (!once.markFirst("finished:" + state.id(), timeToLive)) {
                return new Reply(Message.text("That is already done: " + flow.subject(state) + " was saved."));
            }
            Reply result = flow.finish(state, turn.speaker());
            conversations.delete(turn.key());
            return result;
        }
        if (!conversations.replace(turn.key(), expected, state, timeToLive)) {
            return new Reply(crossed(turn));
        }
        return new Reply(flow.asksByForm(state) ? QuestionView.form(state, flow.name(), questions)
                : QuestionView.ask(state, questions, state.step(), null));
    }

    /** Someone (another app instance, a double click) changed the conversation meanwhile: show where it is now. */
    private Message crossed(Turn turn) {
        Message crossed = Message.text("That crossed with another answer; nothing was changed.");
        return active(turn.key()).map(a -> crossed.then(a.ask())).orElse(crossed);
    }

    private static List<Outgoing> said(Turn turn, Reply reply) {
        List<Outgoing> out = new ArrayList<>(List.of(turn.here(reply.message())));
        out.addAll(reply.others());
        return out;
    }

    private static AnswerReader.Context context(Turn turn) {
        return new AnswerReader.Context(turn.speaker().today(), turn.speaker().org().currency(), turn.speaker().org().calendar());
    }
}
