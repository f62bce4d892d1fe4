package io.troubleshooter.cli;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text rules of the gold scorer, character for character as {@code score_gold.py} applies them with
 * Python's string methods: accent folding, word tokens, whitespace ({@code str.split}, {@code str.strip},
 * {@code \s}) and line breaks ({@code str.splitlines}).
 */
final class GoldText {

    private static final Set<String> STOP = Set.of("""
            the a an of to in on for is are be and or with by as at it this that from
            de la el los las en y o u que del un una unos unas por con para se al lo su sus es
            da do das dos os e em na nas nos um uma umas uns ao aos pelo pela com
            """.split("\\s+"));

    /** What {@code str.splitlines} breaks a line at; {@code \r\n} counts once. */
    private static final Pattern LINE_BREAK =
            Pattern.compile("\r\n|[\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029]");

    private GoldText() {
    }

    /** Lower case; accents stripped from Latin letters only, CJK and Hangul kept whole. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        var out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String one = Character.toString(cp);
            String decomposed = Normalizer.normalize(one, Normalizer.Form.NFKD);
            if (!decomposed.isEmpty() && decomposed.codePointAt(0) < 0x250) {
                decomposed.codePoints().filter(c -> !combining(c)).forEach(out::appendCodePoint);
            } else {
                out.append(Normalizer.normalize(one, Normalizer.Form.NFKC));
            }
        });
        return lower(out.toString());
    }

    /** The folded words of {@code s} without stop words: runs of letters and digits, each CJK character alone. */
    static Set<String> tokens(String s) {
        var out = new HashSet<String>();
        var run = new StringBuilder();
        String folded = fold(s);
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (cjk(cp)) {
                flush(run, out);
                out.add(Character.toString(cp));
            } else if (alphanumeric(cp)) {
                run.appendCodePoint(cp);
            } else {
                flush(run, out);
            }
        }
        flush(run, out);
        out.removeAll(STOP);
        return out;
    }

    /** {@code ' '.join(s.split())}. */
    static String normalizeSpace(String s) {
        return String.join(" ", split(s == null ? "" : s));
    }

    /** {@code s.split()}: the words between runs of whitespace. */
    static List<String> split(String s) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (space(cp)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** {@code s.strip()}. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && space(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && space(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** The lines of {@code s} that hold more than whitespace. */
    static List<String> nonBlankLines(String s) {
        return LINE_BREAK.splitAsStream(s).filter(line -> !strip(line).isEmpty()).toList();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** At most the first {@code n} code points, as a Python slice {@code s[:n]} cuts. */
    static String head(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** Python's {@code str.isspace} for one character (also what {@code \s} matches). */
    static boolean space(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** Python's {@code str.isalnum} for one character: letters and anything with a numeric value. */
    static boolean alphanumeric(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** A mark that {@code unicodedata.combining} gives a non-zero class, as far as Latin decompositions go. */
    static boolean combining(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Kana, CJK ideographs (with extension A and compatibility forms) and Hangul syllables. */
    static boolean cjk(int cp) {
        return cp >= 0x3040 && cp <= 0x30ff || cp >= 0x3400 && cp <= 0x4dbf || cp >= 0x4e00 && cp <= 0x9fff
                || cp >= 0xf900 && cp <= 0xfaff || cp >= 0xac00 && cp <= 0xd7af;
    }

    private static void flush(StringBuilder run, Set<String> out) {
        if (!run.isEmpty()) {
            out.add(run.toString());
            run.setLength(0);
        }
    }
}
