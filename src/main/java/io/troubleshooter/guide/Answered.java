package io.troubleshooter.guide;

import java.time.Instant;

/** One answer as given; the incident keeps every one, and the last per cause counts. */
public record Answered(String causeId, Answer answer, Instant at) { }
