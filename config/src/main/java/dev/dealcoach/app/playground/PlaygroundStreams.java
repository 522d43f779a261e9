package dev.dealcoach.app.playground;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
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
        AtomicReference<Runnable> stop = new AtomicReference<>(() -> { });
        Runnable forget = () -> {
            stop.get().run();
            open.remove(emitter);
        };
        stop.set(log.watch(person, entry -> {
            if (!send(emitter, SseEmitter.event().name("entry").data(entry))) {
                forget.run();
            }
        }));
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
        if (!send(emitter, SseEmitter.event().comment("watching " + person))) {
            forget.run();
        }
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

    /**
     * Sends one event; false when the page is gone. A failed stream is ended here, but the container
     * may have ended it already (a closed tab): that must not reach whoever wrote the entry.
     */
    private static boolean send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException gone) {
            try {
                emitter.completeWithError(gone);
            } catch (IllegalStateException alreadyEnded) {
                // the container ended the stream on its own error first
            }
            return false;
        }
    }
}
