package io.troubleshooter.incident;

import io.troubleshooter.guide.VisibleText;

/**
 * Text from an incident file as it may be shown: characters that reorder or hide what is around them are made
 * visible as {@code <U+202E>}. A right-to-left override (U+202E) before {@code 1337} in {@code TKT-1337} would
 * otherwise show it as {@code TKT-7331}, and a control or invisible character would hide a difference between
 * two tickets. Right-to-left scripts themselves (Arabic, Hebrew) are left as they are; only the formatting
 * characters that override their natural order are shown.
 */
public final class SafeText {

    private SafeText() {
    }

    /** For a single line: line breaks and tabs are shown too. */
    public static String line(String text) {
        return visible(text, false);
    }

    /** For text of several lines (notes): line breaks and tabs are kept. */
    public static String block(String text) {
        return visible(text, true);
    }

    /** The text with every half of a surrogate pair left alone replaced by U+FFFD; the same text when there is none. */
    static String wholeCharacters(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair || !Character.isSurrogate(c)) {
                if (out != null) {
                    out.append(c);
                    if (pair) {
                        out.append(text.charAt(i + 1));
                    }
                }
                i += pair ? 1 : 0;
            } else {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }

    private static String visible(String text, boolean keepLines) {
        return VisibleText.escape(text, c -> hidden(c, keepLines), "\uFFFD");
    }

    private static boolean hidden(int c, boolean keepLines) {
        if (keepLines && (c == '\n' || c == '\t')) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL
                || c >= 0x202A && c <= 0x202E // embeddings and overrides
                || c >= 0x2066 && c <= 0x2069 // isolates
                || c == 0x200E || c == 0x200F || c == 0x061C // direction marks
                || c == 0x200B || c == 0x2060 || c == 0xFEFF // zero-width spaces
                || c == 0x2028 || c == 0x2029; // line and paragraph separators
    }
}
