package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.store.OrgStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Who a platform user is in the org: by the id the org file links (Slack user id, Teams Entra
 * object id), else by the email the platform has for them. Email answers are cached for a while,
 * misses too, so a stranger does not cost a platform call per message.
 */
public final class PersonDirectory {

    static final Duration CACHE_FOR = Duration.ofMinutes(10);

    /**
     * Someone a platform says did something.
     *
     * @param userId   the platform's id of the user (the cache key)
     * @param linkedId the id an org file links to a person: the Slack user id, the Teams Entra object id; may be null
     * @param email    asks the platform for the user's email, only when needed
     */
    public record Sender(Platform platform, String userId, String linkedId, Supplier<Optional<String>> email) {
        public Sender {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(email, "email");
        }

        /** A playground user is a person of the org by id. */
        public static Sender playground(String personId) {
            return new Sender(Platform.PLAYGROUND, personId, personId, Optional::empty);
        }
    }

    /**
     * The platform could not say who a sender is (its member look-up failed): nothing is cached, and
     * the sender is told to try again rather than that they are not in the org.
     */
    public static final class LookupFailed extends RuntimeException {
        public LookupFailed(String reason) {
            super(reason, null, false, false);
        }
    }

    private record Cached(Optional<String> personId, Instant until) {
    }

    private final OrgStore orgs;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public PersonDirectory(OrgStore orgs, Clock clock) {
        this.orgs = orgs;
        this.clock = clock;
    }

    /** @throws LookupFailed when the platform's look-up of the sender's email failed */
    public Optional<String> personId(Sender sender) {
        Optional<Org> org = orgs.load();
        if (org.isEmpty()) {
            return Optional.empty();
        }
        Optional<Person> linked = linked(org.get(), sender);
        if (linked.isPresent()) {
            return Optional.of(linked.get().id());
        }
        if (sender.platform() == Platform.PLAYGROUND) {
            return Optional.empty();
        }
        String key = sender.platform().id() + ":" + sender.userId();
        Cached hit = cache.get(key);
        if (hit != null && clock.instant().isBefore(hit.until())) {
            return hit.personId();
        }
        Optional<String> person = sender.email().get().flatMap(org.get()::byEmail).map(Person::id);
        cache.put(key, new Cached(person, clock.instant().plus(CACHE_FOR)));
        return person;
    }

    private static Optional<Person> linked(Org org, Sender sender) {
        if (sender.linkedId() == null) {
            return Optional.empty();
        }
        switch (sender.platform()) {
            case SLACK:
                return org.bySlackUser(sender.linkedId());
            case TEAMS:
                return org.byTeamsObject(sender.linkedId());
            default:
                return org.person(sender.linkedId());
        }
    }
}
