package dev.dealcoach.core.model;

/**
 * Where a manager's slip-risk alerts are posted (the org file's {@code alert-channel:} on their
 * entry): a Slack channel id, a Teams channel's conversation id, a playground channel; any may be null.
 */
public record AlertChannels(String slack, String teams, String playground) {

    public boolean any() {
        return slack != null || teams != null || playground != null;
    }
}
