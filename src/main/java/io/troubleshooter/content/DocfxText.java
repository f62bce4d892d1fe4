package io.troubleshooter.content;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what DocFX localisation leaves in the Markdown before it is parsed, always keeping
 * the number of lines so that problems point at the right line of the original file.
 */
public final class DocfxText {

    private static final Pattern TTU = Pattern.compile("<span data-ttu-id=\"[^\"]*\">(.*?)</span>", Pattern.DOTALL);
    private static final Pattern SXS = Pattern.compile(
            "<span class=\"sxs-lookup\"><span data-stu-id=\"[^\"]*\">(.*?)</span></span>", Pattern.DOTALL);
    private static final Pattern TRIPLE_QUOTE = Pattern.compile("'''([^'\\n]+?)(?:'''|\\s*$)", Pattern.MULTILINE);
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})(.*)$");
    private static final Pattern ALERT_START = Pattern.compile("^\\s*>\\s*\\[(!|AZURE\\.)\\w+\\]");
    private static final Pattern INDENTED_QUOTE = Pattern.compile("^\\s{4,}(>.*)$");

    /** Which text to keep from a file that carries a translation and its original side by side. */
    public enum Variant { TRANSLATION, ORIGINAL }

    private DocfxText() {
    }

    public static boolean hasOriginal(String text) {
        return text.contains("class=\"sxs-lookup\"");
    }

    public static String prepare(String text, Variant variant, String path, List<Problem> problems) {
        String out = text.contains("<!--") ? withoutComments(text, path, problems) : text;
        if (out.contains("<bpt") || out.contains("<ept") || out.contains("<ph") || out.contains("<it")) {
            out = LocalisationTags.strip(out);
        }
        if (hasOriginal(out)) {
            out = SideBySide.keep(out, variant == Variant.ORIGINAL);
            out = keepLines(TTU, out, m -> m.group(1));
            out = keepLines(SXS, out, m -> variant == Variant.ORIGINAL ? m.group(1) : "");
        }
        if (out.contains("'''")) {
            out = repairQuoteFences(out, path, problems);
        }
        out = closeStrayFences(out, path, problems);
        return liftIndentedAlertLines(out);
    }

    /**
     * {@code <!-- ... -->} removed, its lines kept blank so line numbers hold. Found by search, not by a lazy
     * regular expression: an unclosed comment would make that scan the rest of the file from every opening.
     * An unclosed comment is reported and the text after it kept.
     */
    private static String withoutComments(String text, String path, List<Problem> problems) {
        var sb = new StringBuilder(text.length());
        int last = 0;
        int open = text.indexOf("<!--");
        while (open >= 0) {
            int close = text.indexOf("-->", open + 4);
            if (close < 0) {
                problems.add(Problem.warning(path, lineAt(text, open),
                        "Comment <!-- is never closed; the text after it is read as it stands."));
                break;
            }
            sb.append(text, last, open);
            sb.append("\n".repeat(count(text.substring(open, close + 3))));
            last = close + 3;
            open = text.indexOf("<!--", last);
        }
        sb.append(text, last, text.length());
        return sb.toString();
    }

    /** {@code '''service waagent start}: three apostrophes typed for a code span. */
    private static String repairQuoteFences(String text, String path, List<Problem> problems) {
        Matcher m = TRIPLE_QUOTE.matcher(text);
        var sb = new StringBuilder();
        int line = 1;
        int counted = 0;
        while (m.find()) {
            for (; counted < m.start(); counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                }
            }
            problems.add(Problem.warning(path, line,
                    "''' used instead of a backtick code span; read as `" + m.group(1).strip() + "`."));
            m.appendReplacement(sb, Matcher.quoteReplacement("`" + m.group(1).strip() + "`"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * A fence that is never closed would turn the rest of the article into one code block. Such a
     * fence is dropped (its line left blank) and reported, so the rest reads as the author meant.
     */
    private static String closeStrayFences(String text, String path, List<Problem> problems) {
        String[] lines = text.split("\n", -1);
        int open = -1;
        String openFence = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FENCE.matcher(lines[i]);
            if (!m.matches()) {
                continue;
            }
            String fence = m.group(1);
            if (open < 0) {
                if (fence.startsWith("`") && m.group(2).contains("`")) {
                    continue;
                }
                open = i;
                openFence = fence;
            } else if (fence.charAt(0) == openFence.charAt(0) && fence.length() >= openFence.length()
                    && m.group(2).isBlank()) {
                open = -1;
            }
        }
        if (open >= 0) {
            problems.add(Problem.warning(path, open + 1,
                    "Code fence " + openFence + " is never closed; it is ignored so the rest of the article stays readable."));
            lines[open] = "";
        }
        return String.join("\n", lines);
    }

    /**
     * {@code > [!NOTE]} followed by {@code     > text}: the indented line still belongs to the note, so it
     * takes the note's own indentation (column 0, or the list item's column when the note sits in one).
     */
    private static String liftIndentedAlertLines(String text) {
        String[] lines = text.split("\n", -1);
        String indent = null;
        for (int i = 0; i < lines.length; i++) {
            if (ALERT_START.matcher(lines[i]).find()) {
                indent = lines[i].substring(0, lines[i].indexOf('>'));
                continue;
            }
            Matcher m = INDENTED_QUOTE.matcher(lines[i]);
            if (indent != null && m.matches() && lines[i].indexOf('>') > indent.length() + 3) {
                lines[i] = indent + m.group(1);
            } else if (!lines[i].stripLeading().startsWith(">")) {
                indent = null;
            }
        }
        return String.join("\n", lines);
    }

    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String keepLines(Pattern pattern, String text, Function<Matcher, String> replace) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        var sb = new StringBuilder(text.length());
        int last = 0;
        do {
            sb.append(text, last, m.start());
            String replacement = replace.apply(m);
            sb.append(replacement);
            int lost = count(m.group()) - count(replacement);
            if (lost > 0) {
                sb.append("\n".repeat(lost));
            }
            last = m.end();
        } while (m.find());
        sb.append(text, last, text.length());
        return sb.toString();
    }

    private static int count(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
