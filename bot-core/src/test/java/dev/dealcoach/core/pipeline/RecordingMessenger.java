package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.PlainTextRenderer;
import dev.dealcoach.core.conversation.Platform;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A platform for tests: reaches the people it is told, keeps what it was sent (as plain text, with
 * when), and answers a recipient's next sends as scripted (say, a {@code RetryLater} first).
 */
public final class RecordingMessenger implements Messenger {

    /** One send or update that reached this platform. */
    public record Sent(Destination to, String text, Instant at) {
    }

    /** In {@link #answerNext}: this send goes out as usual. */
    public static final Delivery GOES_OUT = new Failed("(goes out as usual)");

    private final Platform platform;
    private final Set<String> reaches = ConcurrentHashMap.newKeySet();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Delivery>> scripted = new ConcurrentHashMap<>();
    private final PlainTextRenderer text = new PlainTextRenderer();
    private final java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();

    public RecordingMessenger(Platform platform, String... reaches) {
        this.platform = platform;
        this.reaches.addAll(List.of(reaches));
    }

    /** The next sends to {@code recipient} (an {@link Envelope#recipient()}) get these answers, in order, instead of going out. */
    public RecordingMessenger answerNext(String recipient, Delivery... answers) {
        scripted.computeIfAbsent(recipient, r -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    /** How many sends were asked of this platform, scripted answers included. */
    public int attempts() {
        return attempts.get();
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The texts sent to one person's DM, oldest first. */
    public List<String> textsTo(String personId) {
        return sent.stream().filter(s -> s.to().equals(Destination.dm(personId))).map(Sent::text).toList();
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public boolean reaches(String personId) {
        return reaches.contains(personId);
    }

    @Override
    public synchronized Delivery send(Destination to, Message message) {
        attempts.incrementAndGet();
        if (to instanceof Destination.DirectMessage dm && !reaches(dm.personId())) {
            return new Unreachable("not reachable on " + platform.id());
        }
        Deque<Delivery> script = scripted.get(Envelope.recipient(new dev.dealcoach.core.conversation.Outgoing.Send(to, message)));
        if (script != null && !script.isEmpty()) {
            Delivery scripted = script.poll();
            if (scripted != GOES_OUT) {
                return scripted;
            }
        }
        sent.add(new Sent(to, text.render(message), Instant.now()));
        return new Delivered(new MessageRef(platform, to, platform.id() + "-" + sent.size()));
    }

    @Override
    public synchronized Delivery update(MessageRef ref, Message message) {
        sent.add(new Sent(ref.destination(), "(update " + ref.platformId() + ") " + text.render(message), Instant.now()));
        return new Delivered(ref);
    }

    /** Everything sent, oldest first, for failure messages. */
    @Override
    public String toString() {
        return platform.id() + " " + new ArrayList<>(sent);
    }
}
