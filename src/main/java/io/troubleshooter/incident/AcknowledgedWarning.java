package io.troubleshooter.incident;

import java.time.Instant;

/** A warning the engineer confirmed having read: the step's node id and the warning's position in that step. */
public record AcknowledgedWarning(String nodeId, int index, Instant at) { }
