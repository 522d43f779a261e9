package dev.dealcoach.app.playground;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open live streams of the playground, one per open page. A stream never ends by itself, and
 * graceful shutdown waits for open requests, so when the app closes every stream is ended first
 * (pages reconnect by themselves once the app is back) and no new one is kept open.
 */
final class PlaygroundStreams implements ApplicationListener<ContextClosedEvent> {

    private final PlaygroundLog log;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    PlaygroundStreams(PlaygroundLog log) {
        this.log = log;
    }

    /**
     * One {@code entry} event per new or changed entry the person can see. The watch starts before
     * the first byte goes out, so a page that loads the log once the stream is open misses nothing.
     */
    SseEmitter open(String person) {
        SseEmitter emitter = new SseEmitter(0L);
        if (closing) {
            emitter.complete();
            return emitter;
        }
        open.add(emitter);
        Runnable stop = log.watch(person, entry -> send(emitter, SseEmitter.event().name("entry").data(entry)));
        Runnable forget = () -> {
            stop.run();
            open.remove(emitter);
        };
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
        send(emitter, SseEmitter.event().comment("watching " + person));
        if (closing) {
            end(emitter);
        }
        return emitter;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closing = true;
        open.forEach(this::end);
    }

    /** Whoever takes the emitter out of the open set ends it, so that it is ended once. */
    private void end(SseEmitter emitter) {
        if (open.remove(emitter)) {
            emitter.complete();
        }
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        }
    }
}
