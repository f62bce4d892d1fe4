package io.troubleshooter.guide;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Text from an article or a file made safe to show: control characters (ESC and friends), bidi overrides and
 * other invisible formatting characters are written out as {@code <U+202E>} instead of acting on the terminal or
 * reordering what the reader sees ({@code TKT-\u202E1337} would read {@code TKT-7331}).
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String of(String text) {
        return escape(text, VisibleText::hidden, null);
    }

    /**
     * {@code text} with each code point {@code hidden} accepts written as {@code <U+XXXX>}; a half of a surrogate pair
     * left alone becomes {@code loneSurrogate} when given, else it is written out like the others.
     */
    public static String escape(String text, IntPredicate hidden, String loneSurrogate) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean lone = loneSurrogate != null && Character.isSurrogate(text.charAt(i)) && Character.charCount(cp) == 1;
            if (lone || hidden.test(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(lone ? loneSurrogate : String.format(Locale.ROOT, "<U+%04X>", cp));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** Characters that act instead of showing: controls but tab and line breaks, bidi and other format characters. */
    public static boolean hidden(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE || cp == 0x2028 || cp == 0x2029
                || cp >= 0xE0000 && cp <= 0xE007F || cp == 0x3164 || cp == 0x115F || cp == 0x1160 || cp == 0xFFA0;
    }
}
