package dev.dealcoach.app.playground;

import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Origin;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.pipeline.InboundPipeline;
import dev.dealcoach.core.pipeline.PersonDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Talks to DealCoach as any person of the org, in their DM, through the same inbound pipeline as
 * Slack and Teams, and logs both sides. Text typed with a leading slash is a slash command, as in
 * Slack. The answers are delivered at once, so the HTTP answer can show them; what goes to others
 * goes through the outbox. One call at a time: a playground has one user, and two quick clicks must
 * not race.
 */
final class PlaygroundChat {

    private final InboundPipeline pipeline;
    private final Coach coach;
    private final PlaygroundLog log;
    private final PlaygroundMessenger messenger;

    PlaygroundChat(InboundPipeline pipeline, Coach coach, PlaygroundLog log, PlaygroundMessenger messenger) {
        this.pipeline = pipeline;
        this.coach = coach;
        this.log = log;
        this.messenger = messenger;
    }

    synchronized List<PlaygroundLog.Entry> say(String personId, String text) {
        long before = lastSeen(personId);
        log.append(PlaygroundLog.dm(personId), personId, text, "<p>" + HtmlRenderer.escape(text).replace("\n", "<br>") + "</p>");
        Optional<SlashCommand> command = SlashCommand.of(text);
        deliver(handle(personId, origin -> command.<Inbound>map(c -> new Inbound.Command(origin, c.name(), c.arguments()))
                .orElseGet(() -> new Inbound.Text(origin, text))));
        return log.visibleTo(personId, before);
    }

    synchronized List<PlaygroundLog.Entry> press(String personId, String actionId, String value, long messageId) {
        long before = lastSeen(personId);
        MessageRef pressedOn = messageId > 0 ? new MessageRef(Platform.PLAYGROUND, Destination.dm(personId), Long.toString(messageId)) : null;
        deliver(handle(personId, origin -> new Inbound.Action(origin, actionId, value, pressedOn)));
        List<PlaygroundLog.Entry> changed = new ArrayList<>();
        log.find(messageId).filter(entry -> entry.id() <= before).ifPresent(changed::add);
        changed.addAll(log.visibleTo(personId, before));
        return changed;
    }

    synchronized List<PlaygroundLog.Entry> submit(String personId, String formId, Map<String, String> values) {
        long before = lastSeen(personId);
        log.append(PlaygroundLog.dm(personId), personId, "(form sent)", "<p class=\"note\">Form sent</p>");
        deliver(handle(personId, origin -> new Inbound.FormSubmission(origin, formId, values)));
        return log.visibleTo(personId, before);
    }

    String home(String personId) {
        return new HtmlRenderer().render(coach.home(personId));
    }

    private List<Outgoing> handle(String personId, Function<Origin, Inbound> inbound) {
        return pipeline.handleNow(new InboundPipeline.Arrival(PersonDirectory.Sender.playground(personId),
                "playground:" + UUID.randomUUID(), Destination::dm, InboundPipeline.Answering.ALWAYS, inbound, null, null));
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
}
