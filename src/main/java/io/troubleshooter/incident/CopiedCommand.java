package io.troubleshooter.incident;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** A command as it went to the clipboard (placeholders filled), the values used and the step it came from. */
public record CopiedCommand(String nodeId, String text, Map<String, String> values, Instant at) {

    public CopiedCommand {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
