package dev.dealcoach.app.playground;

import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.PlainTextRenderer;
import dev.dealcoach.core.conversation.Platform;

/** The playground's channel: what the bot sends is rendered as HTML into the log, live. Everyone in the org is here. */
final class PlaygroundMessenger implements Messenger {

    private final PlaygroundLog log;
    private final HtmlRenderer html = new HtmlRenderer();
    private final PlainTextRenderer text = new PlainTextRenderer();

    PlaygroundMessenger(PlaygroundLog log) {
        this.log = log;
    }

    @Override
    public Platform platform() {
        return Platform.PLAYGROUND;
    }

    @Override
    public boolean reaches(String personId) {
        return true;
    }

    @Override
    public Delivery send(Destination to, Message message) {
        PlaygroundLog.Entry entry = log.append(place(to), "bot", text.render(message), html.render(message));
        return new Delivered(new MessageRef(Platform.PLAYGROUND, to, Long.toString(entry.id())));
    }

    @Override
    public Delivery update(MessageRef ref, Message message) {
        log.replace(Long.parseLong(ref.platformId()), text.render(message), html.render(message));
        return new Delivered(ref);
    }

    static String place(Destination to) {
        return to instanceof Destination.DirectMessage dm ? PlaygroundLog.dm(dm.personId()) : to.key();
    }
}
