package dev.dealcoach.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A command would start a flow while another one runs in the same place: offers to switch, dropping
 * the running flow or keeping it for later, or to go on with it; and carries out the choice. The
 * buttons name the run and its revision they were offered for, so one pressed after that run moved on
 * (another answer given) changes nothing.
 */
final class FlowSwitch {

    static final String SWITCH = "switch";
    static final String KEEP = "later";
    static final String GO_ON = "go-on";

    /** Gives a command as if typed: {@code (turn, name, arguments) -> what the bot says}. */
    interface Commands {
        List<Outgoing> run(Turn turn, String name, String arguments);
    }

    private final FlowRunner flows;
    private final Function<Turn, List<Outgoing>> help;

    FlowSwitch(FlowRunner flows, Function<Turn, List<Outgoing>> help) {
        this.flows = flows;
        this.help = help;
    }

    /** The same run asked for again is simply asked again; another one is offered in place of the running one. */
    List<Outgoing> offer(Turn turn, FlowRunner.Active running, CommandHandler.StartFlow start, String commandLine) {
        if (running.state().flow().equals(start.flow()) && running.state().context().entrySet().containsAll(start.context().entrySet())) {
            return say(turn, Message.text("You are already in " + running.subject() + ", " + running.position() + ".").then(running.ask()));
        }
        String mark = mark(running.state());
        return say(turn, Message.of(
                new Block.Text("You are in the middle of " + running.subject() + " (" + running.position() + "). Start "
                        + flows.subject(start) + " instead?"),
                new Block.Buttons(List.of(
                        ActionIds.run("Switch, keep this one for later", KEEP + " " + mark + " " + commandLine, Block.Style.PRIMARY),
                        ActionIds.run("Switch, drop this one", SWITCH + " " + mark + " " + commandLine, Block.Style.DEFAULT),
                        ActionIds.run("Go on with this one", GO_ON + " " + mark, Block.Style.DEFAULT)))));
    }

    /** One of the offered buttons: {@code switch <run> <command>}, {@code later <run> <command>} or {@code go-on <run>}. */
    List<Outgoing> answer(Turn turn, String choice, String arguments, Commands commands) {
        Optional<FlowRunner.Active> active = flows.active(turn.key());
        if (choice.equals(GO_ON)) {
            return say(turn, active.map(FlowRunner.Active::ask)
                    .orElse(Message.text("There is nothing to go on with. Type `help` to see what I can do.")));
        }
        CommandLine parts = CommandLine.parse(arguments);
        if (active.isPresent() && !mark(active.get().state()).equals(parts.name())) {
            return say(turn, Message.text("That button is from an earlier question.").then(active.get().ask()));
        }
        CommandLine next = CommandLine.parse(parts.arguments());
        if (next.name().isEmpty()) {
            return help.apply(turn);
        }
        List<Outgoing> out = new ArrayList<>();
        if (active.isPresent()) {
            out.addAll(say(turn, choice.equals(KEEP) ? flows.park(turn, active.get()) : flows.cancel(turn, active.get())));
        }
        out.addAll(commands.run(turn, next.name(), next.arguments()));
        return out;
    }

    /** The run and its revision: a button pressed after the run moved on (an answer given since) is stale. */
    private static String mark(ConversationState state) {
        return state.id() + ":" + state.revision();
    }

    private static List<Outgoing> say(Turn turn, Message message) {
        return List.of(turn.here(message));
    }
}
