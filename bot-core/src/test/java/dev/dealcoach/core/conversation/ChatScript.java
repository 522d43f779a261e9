package dev.dealcoach.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.dealcoach.core.DealCoachCore;
import dev.dealcoach.core.pipeline.DeliveryGate;
import dev.dealcoach.core.pipeline.InboundPipeline;
import dev.dealcoach.core.pipeline.PersonDirectory;
import dev.dealcoach.core.review.Playbooks;
import dev.dealcoach.core.backend.Stores;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Drives the real {@link Coach}, through the real {@link InboundPipeline}, like a chat, so a flow
 * reads like the conversation it tests: {@code chat.as("ria").says("review globex").expectReply("1/13")}.
 * It speaks as people of the org directly (the core's own channel), on the caller's thread; what the
 * bot says where the person spoke is their reply, what it sends to others is queued in the outbox.
 * Each person has their own last reply, and clicks only what the bot showed them.
 */
public final class ChatScript implements ChatDriver {

    private final InboundPipeline pipeline;
    private final PlainTextRenderer renderer = new PlainTextRenderer();
    private String personId;
    private Destination place;
    private final String scriptId = "script-" + UUID.randomUUID();
    private int deliveries;
    private Inbound lastInbound;
    private InboundPipeline.Arrival lastArrival;
    private final List<Outgoing> saidPrivately = new ArrayList<>();
    private final Map<String, List<Outgoing>> lastReplies = new HashMap<>();
    private final List<Shown> transcript = new ArrayList<>();

    /** Something the bot showed a person. */
    private record Shown(String personId, Outgoing outgoing) {
    }

    public ChatScript(InboundPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** A script over the whole core on these stores (memory or Redis), with the bundled playbooks. */
    public static ChatScript over(Stores stores, Playbooks playbooks, Clock clock) {
        Coach coach = DealCoachCore.coach(stores, stores.contacts(), playbooks, clock);
        return new ChatScript(new InboundPipeline(coach, new PersonDirectory(stores.org(), clock), new DeliveryGate(stores.idempotency()),
                stores.contacts(), stores.outbox(), clock, 1));
    }

    /** Speak as this person, in their DM with the bot. */
    @Override
    public ChatScript as(String personId) {
        this.personId = personId;
        this.place = Destination.dm(personId);
        return this;
    }

    /** Speak in this place (a channel thread, say) from now on. */
    public ChatScript in(Destination place) {
        this.place = place;
        return this;
    }

    @Override
    public ChatScript says(String text) {
        return deliver(new Inbound.Text(origin(), text));
    }

    /** A slash command: {@code command("review", "globex")}. */
    public ChatScript command(String name, String arguments) {
        return deliver(new Inbound.Command(origin(), name, arguments));
    }

    /** Presses the button, or picks the option, labelled {@code label} in the latest message shown to this person that has it. */
    @Override
    public ChatScript clicks(String label) {
        List<Outgoing> latestFirst = new ArrayList<>(shownTo(personId()));
        Collections.reverse(latestFirst);
        for (Outgoing outgoing : latestFirst) {
            for (Block block : outgoing.message().blocks()) {
                if (block instanceof Block.Buttons buttons) {
                    for (Block.Button button : buttons.buttons()) {
                        if (button.label().equals(label)) {
                            return deliver(new Inbound.Action(origin(), button.actionId(), button.value(), lastMessageRef()));
                        }
                    }
                } else if (block instanceof Block.Choice choice) {
                    for (Block.Option option : choice.options()) {
                        if (option.label().equals(label)) {
                            return deliver(new Inbound.Action(origin(), choice.actionId(), option.value(), lastMessageRef()));
                        }
                    }
                }
            }
        }
        return fail("No button or option '" + label + "' in the last reply:\n" + reply());
    }

    /** Presses a button by its action id and value, as a stale or hand-made click would. */
    public ChatScript presses(String actionId, String value) {
        return deliver(new Inbound.Action(origin(), actionId, value, null));
    }

    public ChatScript submits(String formId, Map<String, String> values) {
        return deliver(new Inbound.FormSubmission(origin(), formId, values));
    }

    /** Delivers the last inbound again with the same delivery id, as a platform retry does. */
    public ChatScript redelivers() {
        return handle();
    }

    /** This person's last reply contains each fragment; at least one is needed, so the call always asserts something. */
    @Override
    public ChatScript expectReply(String fragment, String... more) {
        assertThat(reply()).as("reply to %s", describe(lastInbound)).contains(ChatDriver.fragments(fragment, more));
        return this;
    }

    public ChatScript expectNoReply() {
        assertThat(lastReply()).as("reply to %s", describe(lastInbound)).isEmpty();
        return this;
    }

    /** This person's last reply as plain text, all its messages together. */
    public String reply() {
        return lastReply().stream().map(o -> text(o.message())).collect(Collectors.joining("\n"));
    }

    /** Any message as plain text, the way replies are read here. */
    public String text(Message message) {
        return renderer.render(message);
    }

    /** What the bot said to this person after the last thing they did; nothing before they did anything. */
    public List<Outgoing> lastReply() {
        return lastReplies.getOrDefault(personId(), List.of());
    }

    /** Everything the bot said where people spoke in this script, to whomever, oldest first. */
    public List<Outgoing> transcript() {
        return transcript.stream().map(Shown::outgoing).toList();
    }

    private List<Outgoing> shownTo(String person) {
        return transcript.stream().filter(shown -> shown.personId().equals(person)).map(Shown::outgoing).toList();
    }

    private ChatScript deliver(Inbound inbound) {
        lastInbound = inbound;
        Destination where = place;
        lastArrival = new InboundPipeline.Arrival(PersonDirectory.Sender.playground(personId), inbound.origin().deliveryId(),
                person -> where, InboundPipeline.Answering.ALWAYS, origin -> inbound, null,
                message -> saidPrivately.add(new Outgoing.Send(where, message)));
        return handle();
    }

    /** What the pipeline answers, with what it said only to the sender (someone not in the org). */
    private ChatScript handle() {
        saidPrivately.clear();
        List<Outgoing> reply = new ArrayList<>(pipeline.handleNow(lastArrival));
        reply.addAll(saidPrivately);
        lastReplies.put(personId, List.copyOf(reply));
        reply.forEach(outgoing -> transcript.add(new Shown(personId, outgoing)));
        return this;
    }

    private Origin origin() {
        return new Origin(personId(), place, scriptId + "-" + (++deliveries));
    }

    private String personId() {
        if (personId == null) {
            throw new IllegalStateException("say who speaks first: as(personId)");
        }
        return personId;
    }

    private MessageRef lastMessageRef() {
        return new MessageRef(Platform.PLAYGROUND, place, "message-" + transcript.size());
    }

    private static String describe(Inbound inbound) {
        if (inbound instanceof Inbound.Text text) {
            return "'" + (text.text().length() > 40 ? text.text().substring(0, 40) + "..." : text.text()) + "'";
        }
        return inbound == null ? "nothing" : inbound.toString();
    }
}
