package dev.dealcoach.core.conversation;

import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.store.ConversationKey;
import dev.dealcoach.core.store.ConversationState;
import dev.dealcoach.core.store.Stores;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation engine: routes what a person does to a command or to the flow running in that
 * conversation, asks the flow's questions one at a time, and keeps the flow's state in the store.
 * One flow runs per person and place; {@code cancel}, {@code back} and {@code help} work at every step;
 * a delivery seen before is ignored.
 */
public final class Coach {

    /** A flow nobody answers for this long is dropped. */
    public static final Duration FLOW_TIME_TO_LIVE = Duration.ofDays(7);
    /** Platforms re-deliver within minutes; a day is ample. */
    static final Duration DELIVERY_MEMORY = Duration.ofDays(1);
    /**
     * Action id of a question's buttons: {@code answer:<flow run id>:<question id>}, value = the
     * option's value. The run id makes a button left over from an earlier run stale.
     */
    public static final String ANSWER_ACTION = "answer:";
    /** Action id of a button that runs a command: the value is the command line, like {@code review D-1028}. */
    public static final String RUN_ACTION = "run";

    /**
     * Action id of the button that offers every remaining question of the running flow as one form;
     * its value, and the form's id, is the flow run id.
     */
    public static final String FORM_ACTION = "form";

    /** Said to someone the adapter could not match to a person of the org; nothing is kept for them. */
    public static final String NOT_IN_ORG = "I can't find you in DealCoach's org file, so I can't coach you yet. "
            + "Ask your sales ops admin to add you.";
    private static final String FORM_GONE = "That form is no longer open. Type `help` to see what I can do.";
    private static final Set<String> CONTROL_WORDS = Set.of("cancel", "back", "help");
    private static final int MAX_BUTTONS = 5;
    private static final Logger log = LoggerFactory.getLogger(Coach.class);

    private final Stores stores;
    private final Map<String, CommandHandler> commands = new LinkedHashMap<>();
    private final Map<String, Flow> flows = new LinkedHashMap<>();
    private final HomePage homePage;
    private final Clock clock;
    private final AnswerReader reader = new AnswerReader();

    public Coach(Stores stores, List<CommandHandler> commands, List<Flow> flows, HomePage homePage, Clock clock) {
        this.stores = stores;
        this.homePage = homePage;
        this.clock = clock;
        for (CommandHandler command : commands) {
            command.names().forEach(name -> this.commands.put(name, command));
        }
        flows.forEach(flow -> this.flows.put(flow.name(), flow));
    }

    /** Where one inbound is being handled: who, where, and the key of their conversation there. */
    private record Turn(Speaker speaker, Origin origin, ConversationKey key) {
    }

    /** The flow running in a conversation, with its questions. */
    private record Active(ConversationState state, Flow flow, List<Question> questions) {
        Question current() {
            return questions.get(state.step());
        }

        String position() {
            return "question " + (state.step() + 1) + "/" + questions.size();
        }
    }

    /** The person's home page, or a polite explanation when they are not in the org. */
    public Message home(String personId) {
        Optional<Speaker> speaker = speaker(personId);
        return speaker.map(homePage::render).orElse(Message.text(NOT_IN_ORG));
    }

    /**
     * True when a flow is running for the person in that place: adapters use it to pass on thread
     * replies that do not mention the bot only while a flow waits for them.
     */
    public boolean hasFlow(String personId, Destination place) {
        return stores.conversations().find(new ConversationKey(personId, place.key())).isPresent();
    }

    private Optional<Speaker> speaker(String personId) {
        Optional<Org> org = stores.org().load();
        return org.flatMap(o -> o.person(personId))
                .map(person -> new Speaker(person, org.get(), LocalDate.now(clock.withZone(person.timeZone()))));
    }

    public List<Outgoing> handle(Inbound inbound) {
        Origin origin = inbound.origin();
        try {
            if (!stores.idempotency().markFirst("delivery:" + origin.deliveryId(), DELIVERY_MEMORY)) {
                log.debug("Ignored a repeated delivery {}", origin.deliveryId());
                return List.of();
            }
            Optional<Speaker> speaker = speaker(origin.personId());
            if (speaker.isEmpty()) {
                return reply(origin, Message.text(NOT_IN_ORG));
            }
            return dispatch(new Turn(speaker.get(), origin, new ConversationKey(origin.personId(), origin.place().key())), inbound);
        } catch (RuntimeException e) {
            log.error("Failed to handle a {} from person {}", inbound.getClass().getSimpleName(), origin.personId(), e);
            return reply(origin, Message.text("Something went wrong on my side. Try again in a minute; "
                    + "anything you had already answered is kept."));
        }
    }

    private List<Outgoing> dispatch(Turn turn, Inbound inbound) {
        if (inbound instanceof Inbound.Command command) {
            return command(turn, command.name().toLowerCase(Locale.ROOT).replaceFirst("^/", ""), command.arguments());
        } else if (inbound instanceof Inbound.Text text) {
            return text(turn, text.text());
        } else if (inbound instanceof Inbound.Action action) {
            return action(turn, action);
        }
        return form(turn, (Inbound.FormSubmission) inbound);
    }

    private List<Outgoing> text(Turn turn, String text) {
        CommandLine line = CommandLine.parse(text);
        if (CONTROL_WORDS.contains(line.name()) && line.arguments().isEmpty()) {
            return command(turn, line.name(), "");
        }
        Optional<Active> active = active(turn);
        boolean bareCommand = line.arguments().isEmpty() && commands.containsKey(line.name());
        if (active.isPresent() && !bareCommand) {
            return answer(turn, active.get(), text, null);
        }
        if (line.name().isEmpty()) {
            return help(turn);
        }
        return command(turn, line.name(), line.arguments());
    }

    private List<Outgoing> command(Turn turn, String name, String arguments) {
        switch (name) {
            case "cancel":
                return cancel(turn);
            case "back":
                return back(turn);
            case "help":
                return help(turn);
            default:
                break;
        }
        CommandHandler handler = commands.get(name);
        if (handler == null) {
            return reply(turn.origin(), Message.text("I don't know " + Markup.literal(name) + ". Type `help` to see what I can do."));
        }
        CommandHandler.Result result = handler.run(turn.speaker(), arguments);
        Optional<Active> active = active(turn);
        if (result instanceof CommandHandler.Reply answer) {
            Message message = answer.message();
            if (active.isPresent()) {
                message = message.then(Message.of(new Block.Note("Still open: " + active.get().flow().subject(active.get().state())
                        + " at " + active.get().position() + " (answer it, or type `cancel`).")));
            }
            return reply(turn.origin(), message);
        }
        CommandHandler.StartFlow start = (CommandHandler.StartFlow) result;
        if (active.isPresent()) {
            Active running = active.get();
            return reply(turn.origin(), Message.text("You are in the middle of " + running.flow().subject(running.state())
                    + " (" + running.position() + "). Answer it, or type `cancel` first.")
                    .then(ask(running.state(), running.questions(), running.state().step(), null)));
        }
        Flow flow = flows.get(start.flow());
        ConversationState state = ConversationState.start(start.flow(), start.context());
        Message intro = start.intro().then(Message.of(new Block.Buttons(List.of(
                new Block.Button(FORM_ACTION, "Answer all in one form", state.id(), Block.Style.DEFAULT)))));
        // The intro goes alone: answering the first question by button updates that question's message only.
        return List.of(new Outgoing.Send(turn.origin().place(), intro),
                new Outgoing.Send(turn.origin().place(), advance(turn, flow, null, state)));
    }

    private List<Outgoing> answer(Turn turn, Active active, String input, MessageRef question) {
        Question current = active.current();
        AnswerReader.Reading reading = reader.read(current, input,
                new AnswerReader.Context(turn.speaker().today(), turn.speaker().org().currency()));
        if (reading instanceof AnswerReader.Rejected rejected) {
            return reply(turn.origin(), Message.text(rejected.hint()).then(ask(active.state(), active.questions(), active.state().step(), null)));
        }
        AnswerReader.Accepted accepted = (AnswerReader.Accepted) reading;
        List<Outgoing> out = new ArrayList<>();
        if (question != null) {
            out.add(new Outgoing.Update(question, answered(active.questions(), active.state().step(), accepted.answer())));
        }
        Message next = advance(turn, active.flow(), active.state(), active.state().answered(current.id(), accepted.answer()));
        if (!accepted.note().isEmpty()) {
            next = Message.of(new Block.Note(accepted.note())).then(next);
        }
        out.add(new Outgoing.Send(turn.origin().place(), next));
        return out;
    }

    /**
     * Asks the state's question, or finishes the flow when every question is answered. A run is
     * finished once only, even when two last answers race (two app instances, a double click).
     */
    private Message advance(Turn turn, Flow flow, ConversationState expected, ConversationState state) {
        List<Question> questions = flow.questions(state);
        if (state.step() >= questions.size()) {
            if (!stores.idempotency().markFirst("finished:" + state.id(), FLOW_TIME_TO_LIVE)) {
                return Message.text("That is already done: " + flow.subject(state) + " was saved.");
            }
            Message result = flow.finish(state, turn.speaker());
            stores.conversations().delete(turn.key());
            return result;
        }
        if (!stores.conversations().replace(turn.key(), expected, state, FLOW_TIME_TO_LIVE)) {
            return crossed(turn);
        }
        return ask(state, questions, state.step(), null);
    }

    private List<Outgoing> action(Turn turn, Inbound.Action action) {
        if (action.actionId().startsWith(ANSWER_ACTION)) {
            Optional<Active> active = active(turn);
            if (active.isPresent() && action.actionId().equals(answerAction(active.get().state(), active.get().current()))) {
                return answer(turn, active.get(), action.value(), action.message());
            }
            Message stale = Message.text("That button is from a question already answered.");
            return reply(turn.origin(), active.map(a -> stale.then(ask(a.state(), a.questions(), a.state().step(), null))).orElse(stale));
        }
        if (action.actionId().equals(FORM_ACTION)) {
            return reply(turn.origin(), active(turn).filter(a -> a.state().id().equals(action.value())).map(Coach::asForm)
                    .orElse(Message.text(FORM_GONE)));
        }
        if (action.actionId().equals(RUN_ACTION)) {
            CommandLine line = CommandLine.parse(action.value());
            return command(turn, line.name(), line.arguments());
        }
        return reply(turn.origin(), Message.text("That button no longer works. Type `help` to see what I can do."));
    }

    private List<Outgoing> form(Turn turn, Inbound.FormSubmission form) {
        Optional<Active> active = active(turn).filter(a -> a.state().id().equals(form.formId()));
        if (active.isEmpty()) {
            return reply(turn.origin(), Message.text(FORM_GONE));
        }
        ConversationState state = active.get().state();
        List<Question> questions = active.get().questions();
        AnswerReader.Context context = new AnswerReader.Context(turn.speaker().today(), turn.speaker().org().currency());
        List<Block> notes = new ArrayList<>();
        while (state.step() < questions.size() && form.values().containsKey(questions.get(state.step()).id())) {
            Question question = questions.get(state.step());
            AnswerReader.Reading reading = reader.read(question, form.values().get(question.id()), context);
            if (reading instanceof AnswerReader.Rejected rejected) {
                if (!stores.conversations().replace(turn.key(), active.get().state(), state, FLOW_TIME_TO_LIVE)) {
                    return reply(turn.origin(), crossed(turn));
                }
                return reply(turn.origin(), Message.text(rejected.hint()).then(ask(state, questions, state.step(), null)));
            }
            AnswerReader.Accepted accepted = (AnswerReader.Accepted) reading;
            if (!accepted.note().isEmpty()) {
                notes.add(new Block.Note(Markup.literal(question.prompt()) + ": " + accepted.note()));
            }
            state = state.answered(question.id(), accepted.answer());
        }
        Message next = advance(turn, active.get().flow(), active.get().state(), state);
        return reply(turn.origin(), notes.isEmpty() ? next : new Message(notes).then(next));
    }

    private List<Outgoing> back(Turn turn) {
        Optional<Active> found = active(turn);
        if (found.isEmpty()) {
            return reply(turn.origin(), Message.text("There is nothing to go back to. Type `help` to see what I can do."));
        }
        Active active = found.get();
        int step = active.state().step();
        if (step == 0) {
            return reply(turn.origin(), Message.text("This is the first question.").then(ask(active.state(), active.questions(), 0, null)));
        }
        Question previous = active.questions().get(step - 1);
        if (!stores.conversations().replace(turn.key(), active.state(), active.state().at(step - 1), FLOW_TIME_TO_LIVE)) {
            return reply(turn.origin(), crossed(turn));
        }
        return reply(turn.origin(), ask(active.state(), active.questions(), step - 1, active.state().answers().get(previous.id())));
    }

    /** Someone (another app instance, a double click) changed the conversation meanwhile: show where it is now. */
    private Message crossed(Turn turn) {
        Message crossed = Message.text("That crossed with another answer; nothing was changed.");
        return active(turn).map(a -> crossed.then(ask(a.state(), a.questions(), a.state().step(), null))).orElse(crossed);
    }

    private List<Outgoing> cancel(Turn turn) {
        Optional<Active> active = active(turn);
        if (active.isEmpty()) {
            return reply(turn.origin(), Message.text("There is nothing to cancel."));
        }
        stores.conversations().delete(turn.key());
        return reply(turn.origin(), Message.text("Stopped " + active.get().flow().subject(active.get().state())
                + ". Nothing was saved."));
    }

    private List<Outgoing> help(Turn turn) {
        List<String> lines = new ArrayList<>();
        commands.values().stream().distinct().forEach(command -> lines.add("- " + command.help()));
        lines.add("- `back` re-asks the previous question, `cancel` stops, `help` shows this");
        Message help = Message.of(new Block.Heading("What I can do"), new Block.Text(String.join("\n", lines)));
        Optional<Active> active = active(turn);
        if (active.isEmpty()) {
            return reply(turn.origin(), help);
        }
        Active running = active.get();
        return reply(turn.origin(), Message.text("You are in the middle of " + running.flow().subject(running.state())
                + ", " + running.position() + ". Answer it, or type `back` or `cancel`.")
                .then(help).then(ask(running.state(), running.questions(), running.state().step(), null)));
    }

    private Optional<Active> active(Turn turn) {
        Optional<ConversationState> state = stores.conversations().find(turn.key());
        if (state.isEmpty()) {
            return Optional.empty();
        }
        Flow flow = flows.get(state.get().flow());
        List<Question> questions = flow == null ? List.of() : flow.questions(state.get());
        if (flow == null || state.get().step() >= questions.size()) {
            log.warn("Dropped a conversation state of flow '{}' that can no longer run", state.get().flow());
            stores.conversations().delete(turn.key());
            return Optional.empty();
        }
        return Optional.of(new Active(state.get(), flow, questions));
    }

    private static Message ask(ConversationState state, List<Question> questions, int step, Answer previous) {
        Question question = questions.get(step);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Text(promptLine(questions, step)));
        if (!question.hint().isEmpty()) {
            blocks.add(new Block.Note(Markup.literal(question.hint())));
        }
        if (previous != null) {
            blocks.add(new Block.Note("You said: " + Markup.literal(previous.text())));
        }
        String actionId = answerAction(state, question);
        if (question.options().size() > MAX_BUTTONS) {
            blocks.add(new Block.Choice(actionId, "Pick one", question.options()));
        } else if (!question.options().isEmpty()) {
            blocks.add(new Block.Buttons(question.options().stream()
                    .map(o -> new Block.Button(actionId, o.label(), o.value(), Block.Style.DEFAULT)).toList()));
        }
        return new Message(blocks);
    }

    private static String answerAction(ConversationState state, Question question) {
        return ANSWER_ACTION + state.id() + ":" + question.id();
    }

    /** {@code *3/13* What business problem ...} */
    private static String promptLine(List<Question> questions, int step) {
        return Markup.bold((step + 1) + "/" + questions.size()) + " " + Markup.literal(questions.get(step).prompt());
    }

    /** Every question not yet answered, as one form; a form submitted is read like answers typed in order. */
    private static Message asForm(Active active) {
        List<Block.Input> inputs = new ArrayList<>();
        List<Question> questions = active.questions();
        for (int i = active.state().step(); i < questions.size(); i++) {
            Question question = questions.get(i);
            Answer earlier = active.state().answers().get(question.id());
            inputs.add(new Block.Input(question.id(), (i + 1) + ". " + question.prompt(), inputType(question.type()), false,
                    earlier == null ? "" : earlier.value(), question.options()));
        }
        String title = active.flow().name().substring(0, 1).toUpperCase(Locale.ROOT) + active.flow().name().substring(1);
        return Message.of(new Block.Form(active.state().id(), title, inputs, "Submit"));
    }

    private static Block.InputType inputType(AnswerType type) {
        switch (type) {
            case CHOICE:
            case YES_NO:
                return Block.InputType.CHOICE;
            case DATE:
                return Block.InputType.DATE;
            case NUMBER:
                return Block.InputType.NUMBER;
            case TEXT:
                return Block.InputType.LONG_TEXT;
            default:
                return Block.InputType.TEXT;
        }
    }

    /** A question as it reads once answered: no buttons, the answer under it. */
    private static Message answered(List<Question> questions, int step, Answer answer) {
        return Message.of(new Block.Text(promptLine(questions, step)), new Block.Note("✓ " + Markup.literal(answer.text())));
    }

    private static List<Outgoing> reply(Origin origin, Message message) {
        return List.of(new Outgoing.Send(origin.place(), message));
    }
}
