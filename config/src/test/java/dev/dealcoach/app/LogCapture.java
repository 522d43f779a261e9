package dev.dealcoach.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Keeps every event logged anywhere in the application, from the moment it is attached to the root logger. */
final class LogCapture extends AppenderBase<ILoggingEvent> {

    private final List<ILoggingEvent> events = new ArrayList<>();

    /** Attaches to the root logger unless already there (Spring Boot resets Logback when a context starts). */
    synchronized void attach() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (!root.isAttached(this)) {
            setContext(root.getLoggerContext());
            start();
            root.addAppender(this);
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        // doAppend holds this appender's lock
        event.prepareForDeferredProcessing();
        events.add(event);
    }

    synchronized int size() {
        return events.size();
    }

    synchronized List<ILoggingEvent> since(int mark) {
        return new ArrayList<>(events.subList(Math.min(mark, events.size()), events.size()));
    }
}
