package dev.dealcoach.core.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A person chatting with DealCoach on one channel, for tests that read like the chat they test:
 * {@code chat.as("ria").says("review globex").expectReply("1/13 Who signs off")}. {@link ChatScript}
 * drives the core directly; the application's tests drive Slack and Teams through their HTTP
 * endpoints, so one script (say {@code WholeReviewScript}) runs on every channel.
 *
 * <p>On a channel that delivers later (through the outbox) an expectation waits for the bot's
 * messages. There is no {@code expectNoReply} here: there, silence can only be waited out, never
 * seen; {@link ChatScript} has one.
 */
public interface ChatDriver {

    /** Speak as this person of the org from now on, in their direct messages with the bot. */
    ChatDriver as(String personId);

    /** Types {@code text} to the bot. */
    ChatDriver says(String text);

    /**
     * Presses the button, or picks the option, labelled {@code label} on the newest message the bot
     * showed this person that has one.
     */
    ChatDriver clicks(String label);

    /**
     * What the bot said to this person since the last thing they did contains every fragment, in
     * any of its messages; a channel that delivers later waits for it a while. At least one fragment
     * is needed, so the call always asserts something.
     */
    ChatDriver expectReply(String fragment, String... more);

    /** The fragments of an expectation, each checked to say something. */
    static List<String> fragments(String fragment, String... more) {
        List<String> fragments = new ArrayList<>(1 + more.length);
        fragments.add(fragment);
        fragments.addAll(Arrays.asList(more));
        for (String each : fragments) {
            if (each == null || each.isBlank()) {
                throw new IllegalArgumentException("an expected fragment is blank, so it would match any reply: " + fragments);
            }
        }
        return fragments;
    }
}
