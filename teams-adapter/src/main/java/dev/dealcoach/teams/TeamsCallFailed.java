package dev.dealcoach.teams;

/** A Bot Framework connector call that failed for good, with the HTTP status (0 when there was none). */
final class TeamsCallFailed extends RuntimeException {

    private final int status;

    TeamsCallFailed(String what, int status, Throwable cause) {
        super(what + " failed" + (status > 0 ? " with HTTP " + status : ""), cause);
        this.status = status;
    }

    /** 403 and 404 mean the bot can no longer reach that conversation: the app was removed. */
    boolean gone() {
        return status == 403 || status == 404;
    }
}
