package dev.dealcoach.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Drives the real {@link Coach} like a chat, so a flow reads like the conversation it tests:
 * {@code chat.as("ria").says("review globex").expectReply("1/13")}.
 */
public final class ChatScript {

    private final Coach coach;
    private final PlainTextRenderer renderer = new PlainTextRenderer();
    private String personId;
    private Destination place;
    private final String scriptId = "script-" + UUID.randomUUID();
    private int deliveries;
    private Inbound lastInbound;
    private List<Outgoing> lastReply = List.of();
    private final List<Outgoing> transcript = new ArrayList<>();

    public ChatScript(Coach coach) {
        this.coach = coach;
    }

    /** Speak as this person, in their DM with the bot. */
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

    public ChatScript says(String text) {
        return deliver(new Inbound.Text(origin(), text));
    }

    /** A slash command: {@code command("review", "globex")}. */
    public ChatScript command(String name, String arguments) {
        return deliver(new Inbound.Command(origin(), name, arguments));
    }

    /** Presses the button, or picks the option, labelled {@code label} in the latest message that has it. */
    public ChatScript clicks(String label) {
        List<Outgoing> latestFirst = new ArrayList<>(transcript);
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
        lastReply = coach.handle(lastInbound);
        transcript.addAll(lastReply);
        return this;
    }

    public ChatScript expectReply(String... fragments) {
        String reply = reply();
        for (String fragment : fragments) {
            assertThat(reply).as("reply to %s", describe(lastInbound)).contains(fragment);
        }
        return this;
    }

    public ChatScript expectNoReply() {
        assertThat(lastReply).as("reply to %s", describe(lastInbound)).isEmpty();
        return this;
    }

    /** The last reply as plain text, all its messages together. */
    public String reply() {
        return lastReply.stream().map(o -> renderer.render(o.message())).collect(Collectors.joining("\n"));
    }

    public List<Outgoing> lastReply() {
        return lastReply;
    }

    /** Everything the bot sent in this script. */
    public List<Outgoing> transcript() {
        return List.copyOf(transcript);
    }

    private ChatScript deliver(Inbound inbound) {
        lastInbound = inbound;
        lastReply = coach.handle(inbound);
        transcript.addAll(lastReply);
        return this;
    }

    private Origin origin() {
        if (personId == null) {
            throw new IllegalStateException("say who speaks first: as(personId)");
        }
        return new Origin(personId, place, scriptId + "-" + (++deliveries));
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
