package io.troubleshooter.guide;

import java.util.List;

/**
 * A command exactly as it is to be run or pasted: prompts, smart quotes and invisible characters
 * already removed ({@code flags} says which were), placeholders still in place.
 */
public record Command(String text, Shell shell, List<Placeholder> placeholders, boolean changesState,
                      Source source, int line, List<String> flags) {

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

    /** Where the article put it; commands only in bold prose are worth a lint warning. */
    public enum Source { CODE_BLOCK, CODE_SPAN, BOLD, PROSE }

    /**
     * A part of the command the engineer fills in ({@code serviceName}, {@code <Geo>}), or an
     * environment variable the shell expands ({@code %systemdrive%}, cmd only).
     */
    public record Placeholder(String name, String token, boolean environment) { }

    /** The command with each placeholder's token replaced by its value (missing values left as they are). */
    public String fill(java.util.Map<String, String> values) {
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
