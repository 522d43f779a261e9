package dev.dealcoach.core.model;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of the sales org.
 *
 * @param managerId      id of this person's manager, or {@code null} at the top of the org
 * @param quota          quarterly quota in the org's currency
 * @param slackUserId    Slack user id (e.g. {@code U024MO}), or {@code null} to match by email
 * @param teamsObjectId  Microsoft Entra (AAD) object id, or {@code null} to match by email
 */
public record Person(
        String id,
        String name,
        String email,
        Role role,
        String managerId,
        ZoneId timeZone,
        Money quota,
        String slackUserId,
        String teamsObjectId) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(quota, "quota");
    }

    /** What a greeting calls them: the first word of their name. */
    public String firstName() {
        return name.strip().split("\\s+")[0];
    }

    /** {@code Mo C.}: the first name and the initial of the last, as lists of people show them. */
    public String shortName() {
        String[] parts = name.strip().split("\\s+");
        return parts.length == 1 ? parts[0] : parts[0] + " " + parts[parts.length - 1].charAt(0) + ".";
    }

    public Optional<String> manager() {
        return Optional.ofNullable(managerId);
    }

    public Optional<String> slackUser() {
        return Optional.ofNullable(slackUserId);
    }

    public Optional<String> teamsObject() {
        return Optional.ofNullable(teamsObjectId);
    }
}
