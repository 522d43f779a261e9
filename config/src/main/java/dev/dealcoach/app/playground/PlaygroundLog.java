package dev.dealcoach.app.playground;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything said in the playground, in order: each person's DM with the bot and the channel posts
 * everyone sees. Watchers of a person are told of every new or changed entry they can see.
 */
final class PlaygroundLog {

    private static final Logger LOG = LoggerFactory.getLogger(PlaygroundLog.class);

    /** The newest entries are kept; a playground session never needs more. */
    static final int KEPT = 5_000;

    /**
     * @param place  {@code dm:<person>}, or a channel or thread key
     * @param author {@code bot}, or the person who spoke
     */
    record Entry(long id, String place, String author, String text, String html, Instant at) {
    }

    private final Clock clock;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Consumer<Entry>>> watchers = new ConcurrentHashMap<>();
    private long lastId;

    PlaygroundLog(Clock clock) {
        this.clock = clock;
    }

    static String dm(String personId) {
        return "dm:" + personId;
    }

    Entry append(String place, String author, String text, String html) {
        Entry entry;
        synchronized (this) {
            entry = new Entry(++lastId, place, author, text, html, clock.instant());
            entries.add(entry);
            if (entries.size() > KEPT) {
                entries.remove(0);
            }
        }
        tell(entry);
        return entry;
    }

    void replace(long id, String text, String html) {
        Entry changed = null;
        synchronized (this) {
            for (int i = 0; i < entries.size(); i++) {
                Entry old = entries.get(i);
                if (old.id() == id) {
                    changed = new Entry(id, old.place(), old.author(), text, html, old.at());
                    entries.set(i, changed);
                }
            }
        }
        if (changed != null) {
            tell(changed);
        }
    }

    /** What {@code personId} sees after entry {@code after}: their DM and every channel post. */
    synchronized List<Entry> visibleTo(String personId, long after) {
        return entries.stream().filter(e -> e.id() > after && visible(e, personId)).toList();
    }

    synchronized Optional<Entry> find(long id) {
        return entries.stream().filter(e -> e.id() == id).findFirst();
    }

    Runnable watch(String personId, Consumer<Entry> watcher) {
        watchers.computeIfAbsent(personId, k -> new CopyOnWriteArrayList<>()).add(watcher);
        return () -> watchers.getOrDefault(personId, List.of()).remove(watcher);
    }

    /** Tells every page that may see it; a page that fails is its own problem, never the writer's. */
    private void tell(Entry entry) {
        watchers.forEach((person, list) -> {
            if (visible(entry, person)) {
                list.forEach(watcher -> {
                    try {
                        watcher.accept(entry);
                    } catch (RuntimeException e) {
                        LOG.warn("Playground: a live stream failed: {}", e.getClass().getSimpleName());
                    }
                });
            }
        });
    }

    private static boolean visible(Entry entry, String personId) {
        return !entry.place().startsWith("dm:") || entry.place().equals(dm(personId));
    }
}
