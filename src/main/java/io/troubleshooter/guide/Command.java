package io.troubleshooter.guide;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A command exactly as it is to be run or pasted: prompts, smart quotes and invisible characters
 * already removed ({@code flags} says which were), placeholders still in place.
 */
public record Command(String text, Shell shell, List<Placeholder> placeholders, boolean changesState,
                      Source source, int line, List<Flag> flags) implements Serializable {

    public enum Shell {
        CMD("cmd"), POWERSHELL("PowerShell"), BASH("bash"), REGISTRY(".reg"), TEXT("text");

        private final String label;

        Shell(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What cleaning the article's text took; each is shown on the command so the engineer knows. */
    public enum Flag {
        INVISIBLE("invisible characters removed", "invisible characters"),
        CONTROLS("control characters removed", "control characters (such as ESC)"),
        LINE_SEPARATORS("Unicode line separators made line breaks", "Unicode line separators"),
        ODD_SPACES("non-breaking and other odd spaces made plain", "non-breaking or other odd spaces"),
        WIDE("full-width characters made plain", "full-width characters"),
        SMART_QUOTES("smart quotes and guillemets made straight", "smart quotes or guillemets"),
        DASHES("en and em dashes made hyphens", "en or em dashes"),
        LOOKALIKES("Cyrillic or Greek letters that look Latin made Latin", "Cyrillic or Greek look-alike letters"),
        SPACE_RUN("a run of spaces hiding the rest of a line closed up", "a run of spaces hiding the rest of a line"),
        PROMPT("prompt removed", "a prompt");

        /** Changes that hide what would run: reported as errors by lint. */
        public boolean dangerous() {
            return this == INVISIBLE || this == CONTROLS || this == LOOKALIKES || this == SPACE_RUN
                    || this == LINE_SEPARATORS;
        }

        private final String description;
        private final String found;

        Flag(String description, String found) {
            this.description = description;
            this.found = found;
        }

        /** What was done, in English, for the command-line tools. */
        public String description() {
            return description;
        }

        /** What the article had, in English, for the command-line tools. */
        public String found() {
            return found;
        }
    }

    /** Where the article put it; commands only in bold prose are worth a lint warning. */
    public enum Source { CODE_BLOCK, CODE_SPAN, BOLD, PROSE }

    /**
     * A part of the command the engineer fills in ({@code serviceName}, {@code <Geo>}), or an
     * environment variable the shell expands ({@code %systemdrive%}, cmd only).
     */
    public record Placeholder(String name, String token, boolean environment) implements Serializable { }

    /** The command with each placeholder's token replaced by its value (missing values left as they are). */
    public String fill(Map<String, String> values) {
        String out = text;
        for (Placeholder p : placeholders) {
            String value = values.get(p.name());
            if (!p.environment() && value != null && !value.isEmpty()) {
                out = out.replace(p.token(), value);
            }
        }
        return out;
    }
}
