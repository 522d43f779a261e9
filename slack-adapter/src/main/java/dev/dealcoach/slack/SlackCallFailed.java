package dev.dealcoach.slack;

/** A Slack Web API call that failed for good; the message names Slack's error code (e.g. {@code channel_not_found}). */
final class SlackCallFailed extends RuntimeException {

    SlackCallFailed(String method, String error, Throwable cause) {
        super(method + " failed: " + error, cause);
    }
}
