package io.troubleshooter.incident;

/** A file that cannot be read as an incident; the message is for the engineer, as it is. */
public final class IncidentFileException extends Exception {

    /** Why: the three cases are told apart so the app can say what to do about each. */
    public enum Reason {
        /** Not JSON, cut short, or an incident with fields that make no sense. */
        CORRUPT,
        /** Valid JSON written by something else. */
        FOREIGN,
        /** An incident from a newer version of the app. */
        NEWER,
        /**
         * Not opened at all: no permission, or not a plain file (a folder, a link, a pipe). Left where it is, since
         * whatever put it there may still need it.
         */
        UNREADABLE
    }

    private final Reason reason;

    public IncidentFileException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
