package dev.dealcoach.teams;

/** A Bot Framework connector call that failed for good, with the HTTP status (0 when there was none). */
final class TeamsCallFailed extends RuntimeException {

    TeamsCallFailed(String what, int status, Throwable cause) {
        super(what + " failed" + (status > 0 ? " with HTTP " + status : ""), cause);
    }
}
