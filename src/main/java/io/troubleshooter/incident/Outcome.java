package io.troubleshooter.incident;

import io.troubleshooter.guide.Walk;

import java.time.Instant;

/**
 * Where the incident stands: open, resolved by a cause ({@code causeId}), or escalated to support. The kind is
 * the walk's own outcome ({@link Walk#outcome}); an incident only adds escalating early and reopening.
 */
public record Outcome(Walk.Outcome kind, String causeId, Instant at) {

    public Outcome {
        kind = kind == null ? Walk.Outcome.OPEN : kind;
    }

    public static Outcome open(Instant at) {
        return new Outcome(Walk.Outcome.OPEN, null, at);
    }

    public boolean closed() {
        return kind != Walk.Outcome.OPEN;
    }
}
