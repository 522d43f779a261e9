package dev.dealcoach.core.model;

/** Why the person at {@code index} of an org's list of people cannot be accepted. */
public record OrgProblem(int index, String reason) {
}
