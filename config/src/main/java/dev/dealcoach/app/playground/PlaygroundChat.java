package dev.dealcoach.app.playground;

import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Origin;
import dev.dealcoach.core.conversation.Outgoing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Talks to the real {@link Coach} as any person of the org, in their DM, and logs both sides. One
 * call at a time: a playground has one user, and two quick clicks must not race.
 */
final class PlaygroundChat {

    private final Coach coach;
    private final PlaygroundLog log;
    private final PlaygroundMessenger messenger;

    PlaygroundChat(Coach coach, PlaygroundLog log, PlaygroundMessenger messenger) {
        this.coach = coach;
        this.log = log;
        this.messenger = messenger;
    }

    synchronized List<PlaygroundLog.Entry> say(String personId, String text) {
        long before = lastSeen(personId);
        log.append(PlaygroundLog.dm(personId), personId, text, "<p>" + HtmlRenderer.escape(text).replace("\n", "<br>") + "</p>");
        deliver(coach.handle(new Inbound.Text(origin(personId), text)));
        return log.visibleTo(personId, before);
    }

    synchronized List<PlaygroundLog.Entry> press(String personId, String actionId, String value, long messageId) {
        long before = lastSeen(personId);
        MessageRef pressedOn = messageId > 0 ? new MessageRef(Destination.dm(personId), Long.toString(messageId)) : null;
        deliver(coach.handle(new Inbound.Action(origin(personId), actionId, value, pressedOn)));
        List<PlaygroundLog.Entry> changed = new ArrayList<>();
        log.find(messageId).filter(entry -> entry.id() <= before).ifPresent(changed::add);
        changed.addAll(log.visibleTo(personId, before));
        return changed;
    }

    synchronized List<PlaygroundLog.Entry> submit(String personId, String formId, Map<String, String> values) {
        long before = lastSeen(personId);
        log.append(PlaygroundLog.dm(personId), personId, "(form sent)", "<p class=\"note\">Form sent</p>");
        deliver(coach.handle(new Inbound.FormSubmission(origin(personId), formId, values)));
        return log.visibleTo(personId, before);
    }

    String home(String personId) {
        return new HtmlRenderer().render(coach.home(personId));
    }

    private void deliver(List<Outgoing> outgoing) {
        for (Outgoing out : outgoing) {
            if (out instanceof Outgoing.Update update) {
                messenger.update(update.ref(), update.message());
            } else {
                Outgoing.Send send = (Outgoing.Send) out;
                messenger.send(send.to(), send.message());
            }
        }
    }

    private long lastSeen(String personId) {
        List<PlaygroundLog.Entry> seen = log.visibleTo(personId, 0);
        return seen.isEmpty() ? 0 : seen.get(seen.size() - 1).id();
    }

    private static Origin origin(String personId) {
        return new Origin(personId, Destination.dm(personId), "playground:" + UUID.randomUUID());
    }
}
