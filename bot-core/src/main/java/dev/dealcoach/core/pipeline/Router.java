package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.Platform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the platform that reaches a person: of the platforms that can (a Slack id or email match,
 * a stored Teams reference, the playground), the one they chose in {@code settings}, else the one
 * they last talked on, else the first configured. The others are the fallbacks, in order.
 */
public final class Router {

    private final Map<Platform, Messenger> messengers = new EnumMap<>(Platform.class);
    private final ContactStore contacts;

    public Router(List<Messenger> messengers, ContactStore contacts) {
        messengers.forEach(m -> this.messengers.put(m.platform(), m));
        this.contacts = contacts;
    }

    public Optional<Messenger> on(Platform platform) {
        return Optional.ofNullable(messengers.get(platform));
    }

    /** The messengers that can reach the person's DM, best first; empty when none can. */
    public List<Messenger> forPerson(String personId) {
        List<Messenger> reaching = new ArrayList<>(messengers.values().stream().filter(m -> m.reaches(personId)).toList());
        if (reaching.size() > 1) {
            Optional<Platform> first = contacts.preferred(personId).filter(messengers::containsKey)
                    .filter(p -> messengers.get(p).reaches(personId))
                    .or(() -> contacts.lastTalkedOn(personId));
            first.ifPresent(p -> reaching.sort(Comparator.comparing(m -> m.platform() == p ? 0 : 1)));
        }
        return reaching;
    }
}
