package dev.dealcoach.slack;

/** A Slack Web API call that failed for good; {@link #error()} is Slack's error code (e.g. {@code channel_not_found}). */
final class SlackCallFailed extends RuntimeException {

    private final String method;
    private final String error;

    SlackCallFailed(String method, String error, Throwable cause) {
        super(method + " failed: " + error, cause);
        this.method = method;
        this.error = error;
    }

    String method() {
        return method;
    }

    String error() {
        return error;
    }
}
