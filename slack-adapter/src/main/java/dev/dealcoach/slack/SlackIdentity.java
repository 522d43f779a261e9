package dev.dealcoach.slack;

import dev.dealcoach.core.store.ChannelAddress;
import dev.dealcoach.core.store.ChannelAddressStore;
import com.slack.api.model.User;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.store.OrgStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Slack knows of people: a Slack user's email ({@code users.info}), for the core to match
 * them to the org, and the Slack user of a person of the org: the org file's {@code slack} id, else
 * the one they last wrote from (kept in the shared address store, so that every app instance knows
 * it), else {@code users.lookupByEmail}, cached for a while, misses too.
 */
final class SlackIdentity {

    static final Duration CACHE_FOR = Duration.ofMinutes(10);

    private record Cached(Optional<String> value, Instant until) {
    }

    private final SlackWebApi api;
    static final String PLATFORM = "slack";

    private final OrgStore orgs;
    private final ChannelAddressStore addresses;
    private final Clock clock;
    private final Map<String, Cached> slackUserByPerson = new ConcurrentHashMap<>();

    SlackIdentity(SlackWebApi api, OrgStore orgs, ChannelAddressStore addresses, Clock clock) {
        this.api = api;
        this.orgs = orgs;
        this.addresses = addresses;
        this.clock = clock;
    }

    Optional<String> emailOf(String slackUserId) {
        try {
            User user = api.call("users.info", true, m -> m.usersInfo(r -> r.user(slackUserId))).getUser();
            return user == null || user.getProfile() == null ? Optional.empty() : Optional.ofNullable(user.getProfile().getEmail());
        } catch (SlackCallFailed e) {
            return Optional.empty();
        }
    }

    /**
     * A person matched by email when they wrote: their DMs need no look-up, on any instance. Kept with
     * the email it was matched on, so that a changed email in the org makes it count no more.
     */
    void remember(String personId, String slackUserId) {
        Cached known = slackUserByPerson.get(personId);
        if (known != null && known.value().equals(Optional.of(slackUserId)) && clock.instant().isBefore(known.until())) {
            return;
        }
        slackUserByPerson.put(personId, new Cached(Optional.of(slackUserId), clock.instant().plus(CACHE_FOR)));
        orgs.load().flatMap(org -> org.person(personId)).ifPresent(person -> {
            String kept = slackUserId + " " + person.email();
            if (addresses.find(PLATFORM, personId).map(ChannelAddress::data).filter(kept::equals).isEmpty()) {
                addresses.save(new ChannelAddress(PLATFORM, personId, kept, false, clock.instant()));
            }
        });
    }

    Optional<String> slackUserId(String personId) {
        Optional<Person> person = orgs.load().flatMap(org -> org.person(personId));
        if (person.isEmpty()) {
            return Optional.empty();
        }
        if (person.get().slackUser().isPresent()) {
            return person.get().slackUser();
        }
        // Before this instance's cache: another instance may have heard from them since this one missed.
        Optional<String> wroteFrom = wroteFrom(personId, person.get().email());
        if (wroteFrom.isPresent()) {
            return wroteFrom;
        }
        Cached hit = slackUserByPerson.get(personId);
        if (hit != null && clock.instant().isBefore(hit.until())) {
            return hit.value();
        }
        Optional<String> user = lookUpByEmail(person.get().email());
        slackUserByPerson.put(personId, new Cached(user, clock.instant().plus(CACHE_FOR)));
        return user;
    }

    /** The Slack user the person last wrote from, while the org still gives them the email it was matched on. */
    private Optional<String> wroteFrom(String personId, String email) {
        return addresses.find(PLATFORM, personId).map(ChannelAddress::data)
                .filter(kept -> kept.endsWith(" " + email))
                .map(kept -> kept.substring(0, kept.indexOf(' ')));
    }

    private Optional<String> lookUpByEmail(String email) {
        try {
            User user = api.call("users.lookupByEmail", true, m -> m.usersLookupByEmail(r -> r.email(email))).getUser();
            return user == null ? Optional.empty() : Optional.ofNullable(user.getId());
        } catch (SlackCallFailed e) {
            return Optional.empty();
        }
    }
}
