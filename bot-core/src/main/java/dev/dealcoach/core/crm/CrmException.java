package dev.dealcoach.core.crm;

/** A CRM that could not be read (or written) now, said in one line an operator can act on; never a token or a body with secrets. */
public final class CrmException extends RuntimeException {

    /** What went wrong, for the sync result and health. */
    public enum Kind {
        /** The credentials were refused. */
        AUTHENTICATION,
        /** The CRM's API limit is used up: the next sync tries again. */
        LIMIT,
        /** The CRM could not be reached or answered 5xx. */
        UNAVAILABLE,
        /** The CRM answered something we cannot read. */
        BAD_ANSWER
    }

    private final Kind kind;

    public CrmException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CrmException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
