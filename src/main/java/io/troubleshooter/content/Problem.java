package io.troubleshooter.content;

import java.io.Serializable;
import java.util.Locale;

/** Something an author or a user should know about an input file; never an exception. */
public record Problem(String path, int line, Severity severity, String message) implements Serializable {

    public enum Severity { INFO, WARNING, ERROR }

    public static Problem error(String path, int line, String message) {
        return new Problem(path, line, Severity.ERROR, message);
    }

    public static Problem warning(String path, int line, String message) {
        return new Problem(path, line, Severity.WARNING, message);
    }

    public static Problem info(String path, int line, String message) {
        return new Problem(path, line, Severity.INFO, message);
    }

    /** {@code path:line: severity: message}, the shape editors and CI logs understand. */
    public String format() {
        return path + ":" + Math.max(line, 1) + ": " + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
    }
}
