package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dealcoach.core.conversation.ChatDriver;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A person chatting with the running application on a chat platform: what they do is an HTTP
 * request to the app, shaped like the platform's; what the bot showed them is read back from the
 * platform's fake. Replies come later, through the outbox, so expectations and clicks wait for them.
 *
 * <p>"Since the last thing the person did" is exact: before each request the messages already
 * shown to the person are counted, and their reply is only what came after. A message of an
 * earlier reply still on its way when they act counts as part of the new reply; expectations that
 * name a question by number and text cannot be satisfied by such a leftover.
 */
abstract class PlatformChat<SELF extends PlatformChat<SELF>> implements ChatDriver {

    static final Duration WAIT = Duration.ofSeconds(30);

    /** A message the bot posted or updated, as the person reads it, with what they can press on it. */
    record Shown(String text, List<Control> controls) {
    }

    /** A button, or one option of a pick list, and the request that pressing it sends. */
    record Control(String label, Supplier<HttpResponse<String>> press) {
    }

    /** The last thing a person did, how many messages they had been shown before it, and whether its reply was expected since. */
    private record Turn(String what, int shownBefore, boolean replyExpected) {
    }

    private final Map<String, Turn> turns = new HashMap<>();
    private String personId;

    /** Everything the bot showed this person in their direct messages with it, posts and updates, oldest first. */
    abstract List<Shown> shownTo(String personId);

    @Override
    public SELF as(String personId) {
        this.personId = personId;
        return self();
    }

    /**
     * Presses the newest button or option with that label shown to the person, waiting for one. Until
     * the reply to their last action has been expected, only that reply is searched: a button with the
     * same label on an older message would be stale.
     */
    @Override
    public SELF clicks(String label) {
        String person = personId();
        AtomicReference<Control> control = new AtomicReference<>();
        await().atMost(WAIT).untilAsserted(() -> {
            control.set(newest(label, person));
            assertThat(control.get()).as(() -> "a button or option '" + label + "' shown to " + person + " in:\n" + transcript(person))
                    .isNotNull();
        });
        return act("clicks '" + label + "'", control.get().press());
    }

    /** What the bot showed the person after the last thing they did contains every fragment, within {@link #WAIT}. */
    @Override
    public SELF expectReply(String fragment, String... more) {
        List<String> fragments = ChatDriver.fragments(fragment, more);
        String person = personId();
        Turn turn = turns.get(person);
        if (turn == null) {
            throw new IllegalStateException(person + " has not done anything yet, so nothing is a reply");
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(reply(person, turn))
                .as("what the bot said to %s after they %s", person, turn.what()).contains(fragments));
        turns.put(person, new Turn(turn.what(), turn.shownBefore(), true));
        return self();
    }

    /** Does {@code what} as the current person by sending {@code request}; what is shown to them from now on is their reply. */
    SELF act(String what, Supplier<HttpResponse<String>> request) {
        String person = personId();
        int before = shownTo(person).size();
        HttpResponse<String> response = request.get();
        assertThat(response.statusCode()).as("%s %s: %s", person, what, response.body()).isBetween(200, 202);
        turns.put(person, new Turn(what, before, false));
        return self();
    }

    String personId() {
        if (personId == null) {
            throw new IllegalStateException("say who speaks first: as(personId)");
        }
        return personId;
    }

    private Control newest(String label, String person) {
        List<Shown> shown = shownTo(person);
        Turn turn = turns.get(person);
        int from = turn == null || turn.replyExpected() ? 0 : turn.shownBefore();
        for (int i = shown.size() - 1; i >= from; i--) {
            for (Control control : shown.get(i).controls()) {
                if (control.label().equals(label)) {
                    return control;
                }
            }
        }
        return null;
    }

    private String reply(String person, Turn turn) {
        return shownTo(person).stream().skip(turn.shownBefore()).map(Shown::text).collect(Collectors.joining("\n"));
    }

    private String transcript(String person) {
        return shownTo(person).stream()
                .map(shown -> shown.text() + shown.controls().stream().map(c -> " [" + c.label() + "]").collect(Collectors.joining()))
                .collect(Collectors.joining("\n---\n"));
    }

    @SuppressWarnings("unchecked")
    private SELF self() {
        return (SELF) this;
    }
}
