package dev.dealcoach.core.conversation;

import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.store.IdempotencyStore;
import dev.dealcoach.core.store.OrgStore;
import dev.dealcoach.core.store.StoreUnavailableException;
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
 * The conversation engine's front: routes what a person does to a command or to the flow running
 * in that conversation ({@link FlowRunner} runs flows), and starts flows proactively. One flow runs
 * per person and place; {@code cancel}, {@code back} and {@code help} work at every step.
 */
public final class Coach {

    /** How long a proactive start's key is remembered: check-in keys carry their date, so a month is ample. */
    static final Duration START_MEMORY = Duration.ofDays(31);
    /** In a proactively started flow's context: the key it was started with. */
    static final String START_KEY = "start-key";
    /** In a flow's context, who asked this person for it: it waits for them, and no later check-in takes its place. */
    public static final String ASKED = "asked-by";

    /** Said to someone who could not be matched to a person of the org; nothing is kept for them. */
    public static final String NOT_IN_ORG = "I can't find you in DealCoach's org file, so I can't coach you yet. "
            + "Ask your sales ops admin to add you.";
    /** Said when the store cannot be reached: nothing the person answered before is lost. */
    public static final String STORE_UNREACHABLE = "I can't reach my store right now, so I can't take that. "
            + "Anything you already answered is safe; try again in a minute.";
    /** Said when the bot is added to a conversation. */
    public static final String WELCOME = "Hi, I'm DealCoach. I pressure-test your deals the way a good sales director would. "
            + "Type `review` and a deal's name to start, or `help` to see what I can do.";
    private static final String NOT_UNDERSTOOD = "I didn't get that. Type `review` and a deal's name to start a review, "
            + "or `help` to see what I can do.";
    private static final String FORM_GONE = "That form is no longer open. Type `help` to see what I can do.";
    private static final Set<String> CONTROL_WORDS = Set.of("cancel", "back", "help");
    /** Said before another command, typed or as Slack's {@code /coach}: {@code coach review globex} is {@code review globex}. */
    private static final String PREFIX = "coach";
    private static final Logger log = LoggerFactory.getLogger(Coach.class);

    private final OrgStore orgs;
    private final IdempotencyStore once;
    private final Map<String, CommandHandler> commands = new LinkedHashMap<>();
    private final FlowRunner flows;
    private final FlowSwitch switching;
    private final HomePage homePage;
    private final Clock clock;

    public Coach(OrgStore orgs, ConversationStore conversations, IdempotencyStore once, List<CommandHandler> commands,
                 List<Flow> flows, HomePage homePage, Duration conversationsKeptFor, Clock clock) {
        this.orgs = orgs;
        this.once = once;
        this.homePage = homePage;
        this.clock = clock;
        for (CommandHandler command : commands) {
            command.names().forEach(name -> this.commands.put(name, command));
        }
        this.flows = new FlowRunner(flows, conversations, once, conversationsKeptFor);
        this.switching = new FlowSwitch(this.flows, this::help);
    }

    /** The person's home page, or a polite explanation when they are not in the org. */
    public Message home(String personId) {
        return speaker(personId).map(homePage::render).orElse(Message.text(NOT_IN_ORG));
    }

    /**
     * True when a flow is running for the person in that place: adapters use it to pass on thread
     * replies that do not mention the bot only while a flow waits for them.
     */
    public boolean hasFlow(String personId, Destination place) {
        return flows.active(new ConversationKey(personId, place.key())).isPresent();
    }

    public Optional<Speaker> speaker(String personId) {
        Optional<Org> org = orgs.load();
        return org.flatMap(o -> o.person(personId))
                .map(person -> new Speaker(person, org.get(), LocalDate.now(clock.withZone(person.timeZone()))));
    }

    /**
     * Starts a flow without being asked (a check-in, "review with rep" from an alert) in the
     * person's DM, a channel or a thread, once per {@code key}: a retry, a restart or another app
     * instance starting the same key gets {@link StartResult.AlreadyStarted}. The person's answers
     * then arrive through {@link #handle} like any other.
     */
    public StartResult start(String personId, Destination place, CommandHandler.StartFlow start, String key) {
        if (!flows.knows(start.flow())) {
            throw new IllegalArgumentException("no flow named " + start.flow());
        }
        Optional<Speaker> speaker = speaker(personId);
        if (speaker.isEmpty()) {
            return new StartResult.NotInOrg();
        }
        Turn turn = Turn.of(speaker.get(), new Origin(personId, place, "start:" + key));
        Optional<FlowRunner.Active> running = flows.active(turn.key());
        if (running.isPresent() && ignoredEarlierStart(running.get(), key)) {
            // An earlier check-in nobody answered gives way to this one, rather than blocking every later one for days.
            flows.cancel(turn, running.get());
            running = Optional.empty();
        }
        if (running.isPresent()) {
            if (!key.equals(running.get().state().context(START_KEY))) {
                return new StartResult.Busy(running.get().subject());
            }
            return new StartResult.AlreadyStarted(flows.opening(turn, running.get(), start)
                    .orElse(List.of(turn.here(running.get().ask()))));
        }
        if (!once.markFirst("start:" + key, START_MEMORY)) {
            return new StartResult.AlreadyStarted(List.of());
        }
        Map<String, String> context = new LinkedHashMap<>(start.context());
        context.put(START_KEY, key);
        return new StartResult.Started(flows.start(turn, new CommandHandler.StartFlow(start.flow(), context, start.intro())));
    }

    /** A flow the bot started itself under another key, not one someone asked for, and nobody has answered anything of it. */
    private static boolean ignoredEarlierStart(FlowRunner.Active running, String key) {
        String started = running.state().context(START_KEY);
        return started != null && running.state().context(ASKED) == null && !started.equals(key) && running.state().step() == 0
                && running.state().answers().isEmpty();
    }

    /** What the bot answers to one inbound (deliveries seen before are dropped earlier, in the pipeline). */
    public List<Outgoing> handle(Inbound inbound) {
        Origin origin = inbound.origin();
        try {
            Optional<Speaker> speaker = speaker(origin.personId());
            if (speaker.isEmpty()) {
                return List.of(new Outgoing.Send(origin.place(), Message.text(NOT_IN_ORG)));
            }
            return dispatch(Turn.of(speaker.get(), origin), inbound);
        } catch (StoreUnavailableException e) {
            log.warn("Could not handle a {} from person {}: {}", inbound.getClass().getSimpleName(), origin.personId(), e.getMessage());
            return List.of(new Outgoing.Send(origin.place(), Message.text(STORE_UNREACHABLE)));
        } catch (RuntimeException e) {
            log.error("Failed to handle a {} from person {}", inbound.getClass().getSimpleName(), origin.personId(), e);
            return List.of(new Outgoing.Send(origin.place(), Message.text("Something went wrong on my side. Try again in a minute; "
                    + "anything you had already answered is kept.")));
        }
    }

    private List<Outgoing> dispatch(Turn turn, Inbound inbound) {
        if (inbound instanceof Inbound.Command command) {
            CommandLine line = withoutPrefix(new CommandLine(command.name().toLowerCase(Locale.ROOT).replaceFirst("^/", ""),
                    command.arguments().strip()));
            return command(turn, line.name(), line.arguments());
        } else if (inbound instanceof Inbound.Text text) {
            return text(turn, text.text());
        } else if (inbound instanceof Inbound.Action action) {
            return action(turn, action);
        }
        return form(turn, (Inbound.FormSubmission) inbound);
    }

    private List<Outgoing> text(Turn turn, String text) {
        CommandLine line = withoutPrefix(CommandLine.parse(text));
        if (CONTROL_WORDS.contains(line.name()) && line.arguments().isEmpty()) {
            return command(turn, line.name(), "");
        }
        Optional<FlowRunner.Active> active = flows.active(turn.key());
        Optional<SmallTalk> talk = commands.containsKey(line.name()) ? Optional.empty() : SmallTalk.of(text);
        if (active.isPresent()) {
            if (talk.isPresent()) {
                return say(turn, Message.text(smallTalk(turn.speaker(), talk.get(), true)).then(active.get().ask()));
            }
            return isCommand(turn, line, text) ? command(turn, line.name(), line.arguments()) : flows.answer(turn, active.get(), text, null);
        }
        if (line.name().isEmpty()) {
            return help(turn);
        }
        if (!commands.containsKey(line.name())) {
            if (talk.isPresent()) {
                return say(turn, Message.text(smallTalk(turn.speaker(), talk.get(), false)));
            }
            Optional<CommandLine> asked = commandInside(text);
            if (asked.isPresent()) {
                return command(turn, asked.get().name(), asked.get().arguments());
            }
        }
        return command(turn, line.name(), line.arguments());
    }

    /** {@code coach settings} is {@code settings}; {@code coach} alone is {@code help}. */
    private static CommandLine withoutPrefix(CommandLine line) {
        if (!line.name().equals(PREFIX)) {
            return line;
        }
        return line.arguments().isEmpty() ? new CommandLine("help", "") : CommandLine.parse(line.arguments());
    }

    /**
     * While a flow waits for an answer, a message is a command when it is one word of a command, a
     * slash command, or a command whose arguments it recognises ({@code review hooli} names a deal;
     * "deal breakers are price" does not): anything else is the answer.
     */
    private boolean isCommand(Turn turn, CommandLine line, String text) {
        CommandHandler handler = commands.get(line.name());
        return handler != null && (line.arguments().isEmpty() || text.strip().startsWith("/")
                || handler.recognises(turn.speaker(), line.arguments()));
    }

    /** "can you review my Litware deal?" asks for {@code review my Litware deal}. */
    private Optional<CommandLine> commandInside(String text) {
        String[] words = text.strip().split("\\s+");
        for (int i = 1; i < words.length - 1; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (commands.containsKey(word)) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, words.length)).replaceAll("[?!.]+$", "");
                return Optional.of(new CommandLine(word, rest));
            }
        }
        return Optional.empty();
    }

    /** A greeting or thanks answered; in the middle of a flow, with the question asked again after it. */
    private String smallTalk(Speaker speaker, SmallTalk talk, boolean inFlow) {
        String name = speaker.person().firstName();
        if (inFlow) {
            return (talk == SmallTalk.THANKS ? "Any time, " : "Hi ") + name + ". Here is where we are:";
        }
        if (talk == SmallTalk.THANKS) {
            return "Any time, " + name + ".";
        }
        String suggestion = commands.values().stream().distinct().map(c -> c.suggestion(speaker)).flatMap(Optional::stream)
                .findFirst().orElse("");
        return "Hi " + name + ": " + (suggestion.isEmpty() ? "" : suggestion + " ") + "Type `help` to see everything I can do.";
    }

    private List<Outgoing> command(Turn turn, String name, String arguments) {
        switch (name) {
            case "cancel":
                return cancel(turn);
            case "back":
                return back(turn);
            case "help":
                return help(turn);
            case FlowSwitch.SWITCH:
            case FlowSwitch.KEEP:
            case FlowSwitch.GO_ON:
                return switching.answer(turn, name, arguments, this::command);
            default:
                break;
        }
        CommandHandler handler = commands.get(name);
        if (handler == null) {
            return say(turn, Message.text(NOT_UNDERSTOOD));
        }
        CommandHandler.Result result = handler.run(turn.speaker(), arguments);
        if (result instanceof CommandHandler.StartFlowFor handoff) {
            return startFor(turn, handoff);
        }
        Optional<FlowRunner.Active> active = flows.active(turn.key());
        if (result instanceof Reply reply) {
            Message message = reply.message();
            if (active.isPresent()) {
                message = message.then(Message.of(new Block.Note("Still open: " + active.get().subject()
                        + " at " + active.get().position() + " (answer it, or type `cancel`).")));
            }
            List<Outgoing> out = new ArrayList<>(say(turn, message));
            out.addAll(reply.others());
            return out;
        }
        CommandHandler.StartFlow start = (CommandHandler.StartFlow) result;
        if (active.isPresent()) {
            return switching.offer(turn, active.get(), start, (name + " " + arguments).strip());
        }
        return flows.start(turn, start);
    }

    /** A flow started in someone else's DM: the speaker is told whether it started, and the person gets a button when busy. */
    private List<Outgoing> startFor(Turn turn, CommandHandler.StartFlowFor handoff) {
        String name = turn.speaker().org().person(handoff.personId()).map(Person::firstName).orElse(handoff.personId());
        Map<String, String> context = new LinkedHashMap<>(handoff.flow().context());
        context.put(ASKED, turn.speaker().id());
        StartResult result = start(handoff.personId(), Destination.dm(handoff.personId()),
                new CommandHandler.StartFlow(handoff.flow().flow(), context, handoff.flow().intro()), handoff.key());
        if (result instanceof StartResult.Started started) {
            List<Outgoing> out = new ArrayList<>(say(turn, handoff.told()));
            out.addAll(started.messages());
            return out;
        }
        if (result instanceof StartResult.Busy busy) {
            List<Outgoing> out = new ArrayList<>(say(turn, Message.text(Markup.literal(name) + " is in the middle of " + busy.subject()
                    + ", so I left them a button to start this when they are done.")));
            out.add(new Outgoing.Send(Destination.dm(handoff.personId()), handoff.ifBusy()));
            return out;
        }
        if (result instanceof StartResult.AlreadyStarted again && !again.current().isEmpty()) {
            // Still waiting for them: what they were asked goes to them again (a reminder, or the first time if it never got out).
            List<Outgoing> out = new ArrayList<>(say(turn, Message.text("You asked " + Markup.literal(name)
                    + " for this earlier today and they have not finished it: I reminded them.")));
            out.addAll(again.current());
            return out;
        }
        if (result instanceof StartResult.AlreadyStarted) {
            return say(turn, Message.text("You asked " + Markup.literal(name) + " for this earlier today; ask again tomorrow."));
        }
        return say(turn, Message.text(Markup.literal(name) + " is not in the org file, so I cannot ask them."));
    }

    private List<Outgoing> action(Turn turn, Inbound.Action action) {
        if (ActionIds.isAnswer(action.actionId())) {
            Optional<FlowRunner.Active> active = flows.active(turn.key());
            if (active.isPresent() && action.actionId().equals(ActionIds.answer(active.get().state(), active.get().current()))) {
                return flows.answer(turn, active.get(), action.value(), action.message());
            }
            Message stale = Message.text("That button is from another question; this is the one open now.");
            return say(turn, active.map(a -> stale.then(a.ask())).orElse(stale));
        }
        if (action.actionId().equals(ActionIds.FORM)) {
            return say(turn, flows.active(turn.key()).flatMap(a -> flows.form(a, action.value())).orElse(Message.text(FORM_GONE)));
        }
        Optional<CommandLine> line = ActionIds.command(action);
        if (line.isPresent()) {
            return command(turn, line.get().name(), line.get().arguments());
        }
        return say(turn, Message.text("That button no longer works. Type `help` to see what I can do."));
    }

    private List<Outgoing> form(Turn turn, Inbound.FormSubmission form) {
        Optional<FlowRunner.Active> active = flows.active(turn.key()).filter(a -> a.state().id().equals(form.formId()));
        if (active.isEmpty()) {
            return say(turn, Message.text(FORM_GONE));
        }
        return flows.submit(turn, active.get(), form.values());
    }

    /** In a flow, the previous question; outside one, a {@code back} command if a feature has one (back from away). */
    private List<Outgoing> back(Turn turn) {
        Optional<FlowRunner.Active> active = flows.active(turn.key());
        if (active.isEmpty() && commands.containsKey("back")) {
            CommandHandler.Result result = commands.get("back").run(turn.speaker(), "");
            if (result instanceof Reply reply) {
                return say(turn, reply.message());
            }
        }
        return say(turn, active.map(a -> flows.back(turn, a))
                .orElse(Message.text("There is nothing to go back to. Type `help` to see what I can do.")));
    }

    private List<Outgoing> cancel(Turn turn) {
        return say(turn, flows.active(turn.key()).map(active -> flows.cancel(turn, active))
                .orElse(Message.text("There is nothing to cancel.")));
    }

    private List<Outgoing> help(Turn turn) {
        List<String> lines = new ArrayList<>();
        commands.values().stream().distinct().map(command -> command.help(turn.speaker())).filter(line -> !line.isBlank())
                .forEach(line -> lines.add("- " + line));
        lines.add("- `back` re-asks the previous question, `cancel` stops, `help` shows this");
        Message help = Message.of(new Block.Heading("What I can do"), new Block.Text(String.join("\n", lines)));
        Optional<FlowRunner.Active> active = flows.active(turn.key());
        if (active.isEmpty()) {
            return say(turn, help);
        }
        FlowRunner.Active running = active.get();
        return say(turn, Message.text("You are in the middle of " + running.subject() + ", " + running.position()
                + ". Answer it, or type `back` or `cancel`.").then(help).then(running.ask()));
    }

    private static List<Outgoing> say(Turn turn, Message message) {
        return List.of(turn.here(message));
    }
}
