package io.troubleshooter.incident;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Incident ids double as file names, so only a short run of letters, digits, {@code -} and {@code _} is
 * accepted: no dots, separators or drive letters can ever lead a name out of the incidents folder.
 */
public final class IncidentId {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private IncidentId() {
    }

    /** Sorts by creation time when listed by name; the random tail keeps two made in one second apart. */
    public static String generate(Instant at) {
        return STAMP.format(at) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** The id itself, or an {@link IllegalArgumentException} naming what was wrong. */
    public static String require(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("Not a valid incident id: " + (id == null ? "none"
                    : "\"" + id.replaceAll("\\p{Cntrl}", "?") + "\"") + " (letters, digits, - and _ only)");
        }
        return id;
    }
}
