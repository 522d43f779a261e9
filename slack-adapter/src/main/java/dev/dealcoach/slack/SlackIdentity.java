package dev.dealcoach.slack;

import com.slack.api.model.User;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.store.OrgStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Matches Slack users to people of the org: by the org file's {@code slack} id, else by the email
 * Slack has for the user ({@code users.info}). Answers are cached for a while, misses too, so an
 * unknown user does not cost a Web API call per message.
 */
final class SlackIdentity {

    static final Duration CACHE_FOR = Duration.ofMinutes(10);

    private record Cached(Optional<String> value, Instant until) {
    }

    private final SlackWebApi api;
    private final OrgStore orgs;
    private final Clock clock;
    private final Map<String, Cached> personBySlackUser = new ConcurrentHashMap<>();
    private final Map<String, Cached> slackUserByPerson = new ConcurrentHashMap<>();

    SlackIdentity(SlackWebApi api, OrgStore orgs, Clock clock) {
        this.api = api;
        this.orgs = orgs;
        this.clock = clock;
    }

    Optional<String> personId(String slackUserId) {
        Optional<Org> org = orgs.load();
        if (org.isEmpty()) {
            return Optional.empty();
        }
        Optional<Person> linked = org.get().bySlackUser(slackUserId);
        if (linked.isPresent()) {
            return Optional.of(linked.get().id());
        }
        Optional<String> person = cached(personBySlackUser, slackUserId, () -> emailOf(slackUserId)
                .flatMap(org.get()::byEmail).map(Person::id));
        person.ifPresent(id -> remember(slackUserByPerson, id, Optional.of(slackUserId)));
        return person;
    }

    Optional<String> slackUserId(String personId) {
        Optional<Person> person = orgs.load().flatMap(org -> org.person(personId));
        if (person.isEmpty()) {
            return Optional.empty();
        }
        if (person.get().slackUser().isPresent()) {
            return person.get().slackUser();
        }
        return cached(slackUserByPerson, personId, () -> lookUpByEmail(person.get().email()));
    }

    private Optional<String> emailOf(String slackUserId) {
        try {
            User user = api.call("users.info", true, m -> m.usersInfo(r -> r.user(slackUserId))).getUser();
            return user == null || user.getProfile() == null ? Optional.empty() : Optional.ofNullable(user.getProfile().getEmail());
        } catch (SlackCallFailed e) {
            return Optional.empty();
        }
    }

    private Optional<String> lookUpByEmail(String email) {
        try {
            User user = api.call("users.lookupByEmail", true, m -> m.usersLookupByEmail(r -> r.email(email))).getUser();
            return user == null ? Optional.empty() : Optional.ofNullable(user.getId());
        } catch (SlackCallFailed e) {
            return Optional.empty();
        }
    }

    private Optional<String> cached(Map<String, Cached> cache, String key, Supplier<Optional<String>> lookUp) {
        Cached hit = cache.get(key);
        if (hit != null && clock.instant().isBefore(hit.until())) {
            return hit.value();
        }
        Optional<String> value = lookUp.get();
        remember(cache, key, value);
        return value;
    }

    private void remember(Map<String, Cached> cache, String key, Optional<String> value) {
        cache.put(key, new Cached(value, clock.instant().plus(CACHE_FOR)));
    }
}
