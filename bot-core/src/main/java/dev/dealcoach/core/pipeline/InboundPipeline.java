package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Origin;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.store.StoreUnavailableException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Everything the bot hears, from every channel, goes through here once: a delivery seen before is
 * dropped; the sender is matched to a person (or told privately they are not in the org); their
 * inbounds are handled one at a time in the order they came; and the answers are queued in the
 * {@link Outbox}, to be delivered on the platform the person spoke on. Adapters only translate a
 * platform payload into an {@link Arrival}.
 */
public final class InboundPipeline implements AutoCloseable {

    /**
     * What became of a delivery handed over: taken (it will be answered), a repeat (dropped), or not
     * taken because the store is unreachable: nothing was kept, and the platform may deliver it again.
     */
    public enum Receipt { TAKEN, REPEATED, STORE_UNAVAILABLE }

    /** Whether the bot answers whatever it is told, or only while a flow waits there (plain thread replies). */
    public enum Answering { ALWAYS, ONLY_IF_FLOW_WAITS }

    /** Shows a form at once (a Slack modal needs the interaction's trigger id, valid 3 s); false when it cannot. */
    @FunctionalInterface
    public interface FormPresenter {
        boolean present(Block.Form form, Destination place);

        FormPresenter NONE = (form, place) -> false;
    }

    /**
     * One delivery from a platform, translated.
     *
     * @param deliveryId unique per delivery and stable across re-deliveries, platform-prefixed ({@code slack:event:Ev123})
     * @param place      where it happened, given the person it turns out to be (a DM is theirs)
     * @param inbound    what they did, given who and where
     * @param privately  says something only the sender sees (for "not in the org")
     * @param identified told who the sender is, before anything is answered (Teams keeps their conversation reference)
     */
    public record Arrival(PersonDirectory.Sender sender, String deliveryId, Function<String, Destination> place,
                          Answering answering, Function<Origin, Inbound> inbound, FormPresenter forms,
                          Consumer<Message> privately, Consumer<String> identified) {
        public Arrival {
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(deliveryId, "deliveryId");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(answering, "answering");
            Objects.requireNonNull(inbound, "inbound");
            forms = forms == null ? FormPresenter.NONE : forms;
            privately = privately == null ? message -> { } : privately;
            identified = identified == null ? person -> { } : identified;
        }

        public Arrival(PersonDirectory.Sender sender, String deliveryId, Function<String, Destination> place, Answering answering,
                       Function<Origin, Inbound> inbound, FormPresenter forms, Consumer<Message> privately) {
            this(sender, deliveryId, place, answering, inbound, forms, privately, null);
        }

        Platform platform() {
            return sender.platform();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(InboundPipeline.class);

    private final Coach coach;
    private final PersonDirectory people;
    private final DeliveryGate gate;
    private final ContactStore contacts;
    private final Outbox outbox;
    private final Clock clock;
    private final OrderedWorkers workers;

    public InboundPipeline(Coach coach, PersonDirectory people, DeliveryGate gate, ContactStore contacts, Outbox outbox,
                           Clock clock, int threads) {
        this.coach = coach;
        this.people = people;
        this.gate = gate;
        this.contacts = contacts;
        this.outbox = outbox;
        this.clock = clock;
        this.workers = new OrderedWorkers("inbound", threads);
    }

    /**
     * Takes a delivery and returns at once (the platform's ack); the work happens on a worker. The
     * delivery is marked seen first, so a re-delivery arriving meanwhile is dropped.
     */
    public Receipt receive(Arrival arrival) {
        try {
            if (!gate.firstTime(arrival.deliveryId())) {
                log.debug("Ignored a repeated delivery {}", arrival.deliveryId());
                return Receipt.REPEATED;
            }
        } catch (StoreUnavailableException e) {
            log.warn("Not taken: {} delivery {}: the store is unreachable", arrival.platform().id(), arrival.deliveryId());
            return Receipt.STORE_UNAVAILABLE;
        }
        // Two hops keep order: one lane per platform user to find the person, then one lane per person.
        workers.submit(arrival.platform().id() + ":" + arrival.sender().userId(), () -> storeMayFail(arrival, () -> people
                .personId(arrival.sender())
                .ifPresentOrElse(person -> workers.submit("person:" + person,
                                () -> storeMayFail(arrival, () -> queue(arrival, person, handle(arrival, person)))),
                        () -> notInOrg(arrival))));
        return Receipt.TAKEN;
    }

    /**
     * The store went away after the delivery was taken: the person is told, privately, since the
     * platform will not deliver it again (it was marked seen).
     */
    private static void storeMayFail(Arrival arrival, Runnable work) {
        try {
            work.run();
        } catch (StoreUnavailableException e) {
            log.warn("Could not answer {} delivery {}: the store is unreachable", arrival.platform().id(), arrival.deliveryId());
            arrival.privately().accept(Message.text(Coach.STORE_UNREACHABLE));
        } catch (PersonDirectory.LookupFailed e) {
            log.warn("Could not answer {} delivery {}: who sent it is unknown ({})", arrival.platform().id(), arrival.deliveryId(),
                    e.getMessage());
            arrival.privately().accept(Message.text(lookupFailed(arrival.platform())));
        }
    }

    private static String lookupFailed(Platform platform) {
        return "I can't check who you are with " + platform.label() + " right now, so I can't take that. Try again in a minute.";
    }

    /**
     * Handles a delivery now, on the caller's thread, and returns the answers said where it
     * happened instead of queuing them (the playground shows them in its HTTP answer; tests read
     * them); answers to anyone or anywhere else are queued as usual. Repeats get nothing.
     */
    public List<Outgoing> handleNow(Arrival arrival) {
        if (!gate.firstTime(arrival.deliveryId())) {
            return List.of();
        }
        Optional<String> person = people.personId(arrival.sender());
        if (person.isEmpty()) {
            notInOrg(arrival);
            return List.of();
        }
        List<Outgoing> answers = handle(arrival, person.get());
        if (answers.isEmpty()) {
            return answers;
        }
        String here = Envelope.recipient(arrival.place().apply(person.get()));
        List<Outgoing> elsewhere = answers.stream().filter(out -> !Envelope.recipient(out).equals(here)).toList();
        queue(arrival, person.get(), elsewhere);
        return answers.stream().filter(out -> Envelope.recipient(out).equals(here)).toList();
    }

    /**
     * One turn, with the delivery and the person on every log line it writes (structured logs carry
     * them as fields), and one line of its own at the end: the kind of input and how many answers,
     * never what anyone typed.
     */
    private List<Outgoing> handle(Arrival arrival, String person) {
        try (MDC.MDCCloseable delivery = MDC.putCloseable("delivery", arrival.platform().id() + ":" + arrival.deliveryId());
             MDC.MDCCloseable who = MDC.putCloseable("person", person)) {
            long start = System.nanoTime();
            List<Outgoing> answers = turn(arrival, person);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (answers.isEmpty()) {
                // A channel message not for the bot, say: not worth a line at INFO each.
                log.debug("Turn on {}: no answer in {} ms", arrival.platform().id(), millis);
            } else {
                log.info("Turn on {}: {} answer(s) in {} ms", arrival.platform().id(), answers.size(), millis);
            }
            return answers;
        }
    }

    private List<Outgoing> turn(Arrival arrival, String person) {
        Destination place;
        Inbound inbound;
        try {
            place = arrival.place().apply(person);
            inbound = arrival.inbound().apply(new Origin(person, place, arrival.deliveryId()));
        } catch (RuntimeException e) {
            // An adapter's translation that fails is a payload the app does not understand: one line, no answer.
            log.warn("Ignored a {} delivery the adapter could not translate: {}", arrival.platform().id(), e.getClass().getSimpleName());
            return List.of();
        }
        if (arrival.answering() == Answering.ONLY_IF_FLOW_WAITS && !coach.hasFlow(person, place)) {
            return List.of();
        }
        arrival.identified().accept(person);
        contacts.talkedOn(person, arrival.platform());
        return presentForms(coach.handle(inbound), place, arrival.forms());
    }

    /** Forms the platform shows at once (a modal) leave the messages; what is left of a message still goes. */
    private static List<Outgoing> presentForms(List<Outgoing> answers, Destination place, FormPresenter forms) {
        List<Outgoing> rest = new ArrayList<>();
        for (Outgoing out : answers) {
            if (!(out instanceof Outgoing.Send send) || !send.to().equals(place)
                    || send.message().blocks().stream().noneMatch(b -> b instanceof Block.Form)) {
                rest.add(out);
                continue;
            }
            List<Block> kept = new ArrayList<>();
            for (Block block : send.message().blocks()) {
                if (!(block instanceof Block.Form form) || !forms.present(form, send.to())) {
                    kept.add(block);
                }
            }
            if (!kept.isEmpty()) {
                rest.add(new Outgoing.Send(send.to(), new Message(kept)));
            }
        }
        return rest;
    }

    /** The speaker's own DM answers go back on the platform they spoke on; others' go where each person is reached. */
    private void queue(Arrival arrival, String person, List<Outgoing> answers) {
        String speaker = "person:" + person;
        try {
            for (Envelope envelope : Envelope.perRecipient("reply:" + arrival.deliveryId(), answers,
                    out -> Envelope.recipient(out).equals(speaker) ? arrival.platform() : null, clock.instant())) {
                outbox.enqueue(envelope);
            }
        } catch (StoreUnavailableException e) {
            // The store went away between taking the delivery and answering it: the answer cannot be queued.
            log.warn("The answer to {} delivery {} was not queued: the store is unreachable", arrival.platform().id(),
                    arrival.deliveryId());
            arrival.privately().accept(Message.text(Coach.STORE_UNREACHABLE));
        }
    }

    /** Someone opened the bot's home (Slack's App Home): {@code show} gets their home page, once per delivery. */
    public void openHome(PersonDirectory.Sender sender, String deliveryId, Consumer<Message> show) {
        if (!gate.firstTime(deliveryId)) {
            return;
        }
        workers.submit(sender.platform().id() + ":" + sender.userId(), () -> {
            try {
                show.accept(people.personId(sender).map(coach::home).orElse(Message.text(Coach.NOT_IN_ORG)));
            } catch (PersonDirectory.LookupFailed e) {
                show.accept(Message.text(lookupFailed(sender.platform())));
            }
        });
    }

    /**
     * The bot was added to a conversation: {@code say} gets a welcome, or, in a personal chat with
     * someone not in the org, the polite explanation. A channel is welcomed whoever added the bot.
     */
    public void welcome(PersonDirectory.Sender sender, String deliveryId, boolean channel, Consumer<String> identified,
                        Consumer<Message> say) {
        if (!gate.firstTime(deliveryId)) {
            return;
        }
        workers.submit(sender.platform().id() + ":" + sender.userId(), () -> {
            Optional<String> person;
            try {
                person = people.personId(sender);
            } catch (PersonDirectory.LookupFailed e) {
                say.accept(Message.text(Coach.WELCOME));
                return;
            }
            person.ifPresent(id -> {
                identified.accept(id);
                contacts.talkedOn(id, sender.platform());
            });
            say.accept(Message.text(person.isPresent() || channel ? Coach.WELCOME : Coach.NOT_IN_ORG));
        });
    }

    private void notInOrg(Arrival arrival) {
        if (arrival.answering() == Answering.ALWAYS) {
            arrival.privately().accept(Message.text(Coach.NOT_IN_ORG));
        }
    }

    /** Lets queued work finish for a few seconds. */
    @Override
    public void close() {
        workers.close();
    }
}
