package io.troubleshooter.incident;

/** How a cause did in past incidents: "resolved {@code resolved} of {@code onPath} past incidents". */
public record CauseHistory(int resolved, int onPath) { }
