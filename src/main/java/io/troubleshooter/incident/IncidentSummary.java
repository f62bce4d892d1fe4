package io.troubleshooter.incident;

import io.troubleshooter.guide.Walk;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the incident list shows and searches, and what history counts: small enough that ten thousand of
 * them load from the store's index at start without opening a single incident file.
 */
public record IncidentSummary(String id, String reference, String vmName, String customer, String notes,
                              String errorKey, List<String> codes, Instant created, Instant updated,
                              Walk.Outcome outcome, String resolvedBy, List<String> pathCauses) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public IncidentSummary {
        codes = codes == null ? List.of() : List.copyOf(codes);
        pathCauses = pathCauses == null ? List.of() : List.copyOf(pathCauses);
    }

    public static IncidentSummary of(Incident incident) {
        var info = incident.info();
        var outcome = incident.outcome();
        return new IncidentSummary(incident.id(), info.reference(), info.vmName(), info.customer(), info.notes(),
                incident.error().key(), incident.error().codes(), incident.created(), incident.updated(),
                outcome.kind(), outcome.kind() == Walk.Outcome.RESOLVED ? outcome.causeId() : null,
                incident.pathCauseIds());
    }

    public boolean open() {
        return outcome == Walk.Outcome.OPEN;
    }

    /**
     * True when every word of {@code query} appears in the reference, VM, customer, notes or error code,
     * ignoring case and accents ("sesion" finds "sesión"). A blank query matches everything.
     */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = fold(String.join("\n", reference, vmName, customer, notes, errorKey, String.join(" ", codes)));
        for (String word : fold(query).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
