package io.troubleshooter.guide;

import io.troubleshooter.content.Section;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A heading that holds a code-shaped token starts an entry: {@code ### UserErrorX}, {@code ### Error code: X},
 * {@code ### X- message}, {@code ## 320001, ResourceNotFound: message}, {@code 資格情報チェック (ErrorID: 95107 および 95108)}.
 * A heading whose sub-headings carry codes of their own only groups them.
 */
final class CodeHeadingRecognizer implements SectionRecognizer {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[:：]|\\s[-–—]+\\s|[-–—]\\s)\\s*");

    @Override
    public Optional<ErrorEntry> read(Section section, Reading reading) {
        Heading h = reading.heading(section);
        if (h.codes().isEmpty()) {
            return Optional.empty();
        }
        var below = reading.subtree(section).stream().flatMap(c -> reading.heading(c).codes().stream()).toList();
        if (!below.isEmpty() && below.containsAll(h.codes())) {
            return Optional.empty();
        }
        return Optional.of(reading.entries.build(section, h.codes(), h.message()));
    }

    record Heading(List<String> codes, String message) { }

    /** The heading's codes, and the message it gives after them when it gives one. */
    static Heading heading(String title) {
        List<String> all = CodeTokens.codes(title);
        if (all.isEmpty()) {
            return new Heading(List.of(), null);
        }
        var m = SEPARATOR.matcher(title);
        int from = 0;
        while (m.find()) {
            String before = title.substring(from, m.start());
            List<String> codes = CodeTokens.codes(title.substring(0, m.start()));
            String after = title.substring(m.end()).strip();
            if (!codes.isEmpty() && CodeTokens.scan(before).stream().anyMatch(t -> t.kind() != CodeTokens.Kind.NUMBER
                    || codes.contains(t.text())) && words(after) >= 2 && CodeTokens.codes(after).isEmpty()) {
                return new Heading(codes, unquote(after));
            }
            from = m.end();
        }
        return new Heading(all, null);
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length + (s.codePoints().anyMatch(Character::isIdeographic) ? 1 : 0);
    }

    static String unquote(String s) {
        String t = s.strip();
        if (t.length() > 2 && "\"“”'「『".indexOf(t.charAt(0)) >= 0 && "\"“”'」』".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
