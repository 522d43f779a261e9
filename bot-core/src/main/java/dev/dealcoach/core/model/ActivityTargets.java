package dev.dealcoach.core.model;

/**
 * What a rep aims for, by default the director's standards: executive meetings and discovery calls
 * a week, proposals or POCs sent per two weeks, and new pipeline worth this many times the quota
 * still to close.
 */
public record ActivityTargets(int execMeetingsPerWeek, int discoveryCallsPerWeek, int proposalsPerTwoWeeks, int pipelineCoverage) {

    public static final ActivityTargets DEFAULT = new ActivityTargets(5, 8, 2, 3);

    public ActivityTargets {
        if (execMeetingsPerWeek < 0 || discoveryCallsPerWeek < 0 || proposalsPerTwoWeeks < 0 || pipelineCoverage < 0) {
            throw new IllegalArgumentException("activity targets cannot be negative");
        }
    }
}
