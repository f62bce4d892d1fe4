package io.troubleshooter.guide;

import io.troubleshooter.content.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A line that starts with a label: {@code **Error code**: X}, {@code **Cause:** ...}, {@code Error Message: ...},
 * {@code エラー メッセージ:...}, {@code **错误代码**：}, or a short bold line on its own ({@code **Resolution**}).
 * Only the shape is read here; what the label means is {@link Role}'s and {@link LabelRoles}' business.
 */
record LabelLine(String label, List<Inline> value, boolean bold, boolean alone) {

    private static final Pattern PLAIN_LABEL = Pattern.compile(
            "^([\\p{L}][\\p{L}\\p{M} ._'’()-]{0,40}?)\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
    private static final int MAX_WORDS = 5;

    String valueText() {
        return Inline.plain(value);
    }

    static Optional<LabelLine> read(List<Inline> line) {
        List<Inline> content = line.stream().filter(i -> !(i instanceof Inline.Anchor)).toList();
        if (content.isEmpty()) {
            return Optional.empty();
        }
        Inline first = content.getFirst();
        List<Inline> rest = content.subList(1, content.size());
        if (first instanceof Inline.Text t && t.text().isBlank() && content.size() > 1) {
            first = content.get(1);
            rest = content.subList(2, content.size());
        }
        if (first instanceof Inline.Strong s) {
            return bold(Inline.plain(s.children()), rest);
        }
        if (first instanceof Inline.Text t) {
            return plain(t.text(), rest);
        }
        return Optional.empty();
    }

    private static Optional<LabelLine> bold(String text, List<Inline> rest) {
        String label = text.strip();
        String restText = Inline.plain(rest);
        boolean colonInside = label.endsWith(":") || label.endsWith("：");
        if (colonInside) {
            label = label.substring(0, label.length() - 1).strip();
            return shortLabel(label) ? Optional.of(new LabelLine(label, rest, true, restText.isBlank())) : Optional.empty();
        }
        if (restText.isBlank()) {
            return shortLabel(label) ? Optional.of(new LabelLine(label, List.of(), true, true)) : Optional.empty();
        }
        if (!rest.isEmpty() && rest.getFirst() instanceof Inline.Text t) {
            String after = t.text().stripLeading();
            if (after.startsWith(":") || after.startsWith("：")) {
                var value = new ArrayList<Inline>();
                String remainder = after.substring(1);
                if (!remainder.isBlank()) {
                    value.add(new Inline.Text(remainder.stripLeading()));
                }
                value.addAll(rest.subList(1, rest.size()));
                return shortLabel(label) ? Optional.of(new LabelLine(label, value, true, Inline.plain(value).isBlank()))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<LabelLine> plain(String text, List<Inline> rest) {
        String lead = text.stripLeading();
        int colon = -1;
        for (int i = 0; i < Math.min(lead.length(), 48); i++) {
            char c = lead.charAt(i);
            if (c == ':' || c == '\uFF1A') {
                colon = i;
                break;
            }
        }
        if (colon < 1) {
            return Optional.empty();
        }
        var m = PLAIN_LABEL.matcher(lead);
        if (!m.matches() || !shortLabel(m.group(1)) || m.group(1).endsWith(" ")) {
            return Optional.empty();
        }
        if (text.contains("://")) {
            return Optional.empty();
        }
        var value = new ArrayList<Inline>();
        if (!m.group(2).isBlank()) {
            value.add(new Inline.Text(m.group(2)));
        }
        value.addAll(rest);
        return Optional.of(new LabelLine(m.group(1).strip(), value, false, Inline.plain(value).isBlank()));
    }

    private static boolean shortLabel(String label) {
        if (label.isEmpty() || label.length() > 40 || !Character.isLetter(label.codePointAt(0))) {
            return false;
        }
        if (label.chars().anyMatch(c -> c == '.' || c == '!' || c == '?' || c == ',' || c == '`')) {
            return false;
        }
        return label.split("\\s+").length <= MAX_WORDS;
    }
}
