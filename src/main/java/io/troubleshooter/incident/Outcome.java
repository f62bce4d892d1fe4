package io.troubleshooter.incident;

import java.time.Instant;

/** Where the incident stands: open, resolved by a cause ({@code causeId}), or escalated to support. */
public record Outcome(Kind kind, String causeId, Instant at) {

    public enum Kind { OPEN, RESOLVED, ESCALATED }

    public Outcome {
        kind = kind == null ? Kind.OPEN : kind;
    }

    public static Outcome open(Instant at) {
        return new Outcome(Kind.OPEN, null, at);
    }

    public boolean closed() {
        return kind != Kind.OPEN;
    }
}
