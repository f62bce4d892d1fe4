package io.troubleshooter.guide;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a command from an article safe to copy: what would run must be what the engineer reads. Characters
 * that act without showing are removed, look-alikes are made the plain characters they imitate, prompts are
 * taken off, and a run of spaces that pushes the rest of a line out of sight is closed up. Each change is a
 * {@link Command.Flag} shown on the card and reported by lint. Comments ({@code # ...}) stay as they are.
 */
final class CommandCleaning {

    /** Cyrillic and Greek letters that look Latin, inside words that are otherwise Latin. */
    private static final Map<Integer, Character> LOOKALIKES = Map.ofEntries(
            Map.entry(0x0430, 'a'), Map.entry(0x0435, 'e'), Map.entry(0x043E, 'o'), Map.entry(0x0440, 'p'),
            Map.entry(0x0441, 'c'), Map.entry(0x0443, 'y'), Map.entry(0x0445, 'x'), Map.entry(0x0456, 'i'),
            Map.entry(0x0458, 'j'), Map.entry(0x0455, 's'), Map.entry(0x0501, 'd'), Map.entry(0x04CF, 'l'),
            Map.entry(0x0410, 'A'), Map.entry(0x0412, 'B'), Map.entry(0x0415, 'E'), Map.entry(0x041A, 'K'),
            Map.entry(0x041C, 'M'), Map.entry(0x041D, 'H'), Map.entry(0x041E, 'O'), Map.entry(0x0420, 'P'),
            Map.entry(0x0421, 'C'), Map.entry(0x0422, 'T'), Map.entry(0x0425, 'X'), Map.entry(0x0406, 'I'),
            Map.entry(0x0408, 'J'), Map.entry(0x0405, 'S'), Map.entry(0x03BF, 'o'), Map.entry(0x039F, 'O'),
            Map.entry(0x0391, 'A'), Map.entry(0x0392, 'B'), Map.entry(0x0395, 'E'), Map.entry(0x0397, 'H'),
            Map.entry(0x0399, 'I'), Map.entry(0x039A, 'K'), Map.entry(0x039C, 'M'), Map.entry(0x039D, 'N'),
            Map.entry(0x03A1, 'P'), Map.entry(0x03A4, 'T'), Map.entry(0x03A7, 'X'), Map.entry(0x03A5, 'Y'),
            Map.entry(0x0396, 'Z'), Map.entry(0x03B9, 'i'), Map.entry(0x03BD, 'v'));
    private static final Set<Integer> HANGUL_FILLERS = Set.of(0x3164, 0x115F, 0x1160, 0xFFA0);
    /** PS C:\>, PS>, C:\Users\me>, user@vm:~$, [root@vm ~]#, $: a prompt only where it is one. */
    private static final Pattern PROMPT = Pattern.compile(
            "^(?:PS(?: [A-Za-z]:\\\\[^>\\n]*)?>\\s+|[A-Za-z]:\\\\(?:[^>\\n<|\"]*[^\\s>])?>\\s*(?=\\S)|[\\w.-]+@[\\w.-]+:[^\\s$#]*[$#]\\s+"
                    + "|\\[[\\w.-]+@[\\w.-]+[^\\]\\n]*\\][$#]\\s+|\\$\\s+)");
    private static final Pattern SPACE_RUN = Pattern.compile("(?<=\\S) {8,}(?=\\S)");

    private CommandCleaning() {
    }

    static CommandText.Cleaned clean(String raw) {
        var flags = EnumSet.noneOf(Command.Flag.class);
        String text = characters(raw, flags);
        var out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            Matcher prompt = PROMPT.matcher(line);
            if (prompt.find() && prompt.end() < line.length()) {
                flags.add(Command.Flag.PROMPT);
                line = line.substring(prompt.end());
            }
            Matcher run = SPACE_RUN.matcher(line);
            if (run.find()) {
                flags.add(Command.Flag.SPACE_RUN);
                line = run.replaceAll(" ");
            }
            out.append(line.stripTrailing()).append('\n');
        }
        return new CommandText.Cleaned(out.toString().strip(), List.copyOf(flags));
    }

    /** One pass over the characters: each is kept, dropped or made plain, and the flag says which happened. */
    private static String characters(String raw, Set<Command.Flag> flags) {
        boolean ascii = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 0x80 || c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7F) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
        }
        var sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\r') {
                if (next >= raw.length() || raw.charAt(next) != '\n') {
                    sb.append('\n');
                }
            } else if (cp == '\n' || cp == '\t') {
                sb.appendCodePoint(cp);
            } else if (cp == 0x2028 || cp == 0x2029) {
                flags.add(Command.Flag.LINE_SEPARATORS);
                sb.append('\n');
            } else if (Character.getType(cp) == Character.CONTROL) {
                flags.add(Command.Flag.CONTROLS);
            } else if (Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
                    || HANGUL_FILLERS.contains(cp)) {
                flags.add(Command.Flag.INVISIBLE);
            } else if (Character.isSpaceChar(cp) && cp != ' ') {
                flags.add(Command.Flag.ODD_SPACES);
                sb.append(' ');
            } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
                flags.add(Command.Flag.WIDE);
                sb.append((char) (cp - 0xFEE0));
            } else if ("\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u301D\u301E".indexOf(cp) >= 0) {
                flags.add(Command.Flag.SMART_QUOTES);
                sb.append('"');
            } else if ("\u2018\u2019\u201A\u201B\u2032\u2039\u203A".indexOf(cp) >= 0) {
                flags.add(Command.Flag.SMART_QUOTES);
                sb.append('\'');
            } else if ("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63".indexOf(cp) >= 0) {
                flags.add(Command.Flag.DASHES);
                sb.append('-');
            } else if (LOOKALIKES.containsKey(cp) && besideLatin(raw, i, next)) {
                flags.add(Command.Flag.LOOKALIKES);
                sb.append(LOOKALIKES.get(cp).charValue());
            } else {
                sb.appendCodePoint(cp);
            }
            i = next;
        }
        return sb.toString();
    }

    /** Letters, and the characters that vanish from between them when cleaned. */
    private static boolean partOfWord(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.FORMAT || type == Character.CONTROL && cp != '\n' && cp != '\t'
                || type == Character.SURROGATE
                || HANGUL_FILLERS.contains(cp);
    }

    /** A look-alike letter inside a word that has Latin letters too ("sеrvice" with a Cyrillic e). */
    private static boolean besideLatin(String raw, int start, int end) {
        int from = start;
        while (from > 0 && partOfWord(raw.codePointBefore(from))) {
            from -= Character.charCount(raw.codePointBefore(from));
        }
        int to = end;
        while (to < raw.length() && partOfWord(raw.codePointAt(to))) {
            to += Character.charCount(raw.codePointAt(to));
        }
        return raw.substring(from, to).codePoints()
                .anyMatch(c -> c < 0x250 && Character.isLetter(c) || c >= 0xFF21 && c <= 0xFF5A && Character.isLetter(c));
    }
}
