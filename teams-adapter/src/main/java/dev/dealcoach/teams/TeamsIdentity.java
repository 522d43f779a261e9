package dev.dealcoach.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.store.OrgStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches Teams users to people of the org: by the org file's {@code teams} id (the Entra object id),
 * else by the email the Teams roster has for them. Roster answers are cached for a while.
 */
final class TeamsIdentity {

    static final Duration CACHE_FOR = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(TeamsIdentity.class);

    private record Cached(Optional<String> personId, Instant until) {
    }

    private final OrgStore orgs;
    private final Clock clock;
    private final Map<String, Cached> byTeamsUser = new ConcurrentHashMap<>();

    TeamsIdentity(OrgStore orgs, Clock clock) {
        this.orgs = orgs;
        this.clock = clock;
    }

    /** The person behind the activity's sender; {@code turn} is used to ask the roster. */
    Optional<String> personId(TurnContext turn) {
        ChannelAccount from = turn.getActivity().getFrom();
        Optional<Org> org = orgs.load();
        if (from == null || org.isEmpty()) {
            return Optional.empty();
        }
        Optional<Person> linked = org.get().byTeamsObject(from.getAadObjectId());
        if (linked.isPresent()) {
            return Optional.of(linked.get().id());
        }
        Cached hit = byTeamsUser.get(from.getId());
        if (hit != null && clock.instant().isBefore(hit.until())) {
            return hit.personId();
        }
        Optional<String> person = rosterEmail(turn, from.getId()).flatMap(org.get()::byEmail).map(Person::id);
        byTeamsUser.put(from.getId(), new Cached(person, clock.instant().plus(CACHE_FOR)));
        return person;
    }

    private static Optional<String> rosterEmail(TurnContext turn, String userId) {
        try {
            TeamsChannelAccount member = TeamsInfo.getMember(turn, userId).join();
            if (member == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(member.getEmail() != null ? member.getEmail() : member.getUserPrincipalName());
        } catch (CompletionException | IllegalArgumentException e) {
            log.warn("Teams roster look-up failed: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
