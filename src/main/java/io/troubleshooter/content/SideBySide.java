package io.troubleshooter.content;

/**
 * Machine-translated DocFX writes every sentence twice: {@code <span data-ttu-id="x">translation</span>}
 * followed by {@code <span class="sxs-lookup"><span data-stu-id="x">original</span></span>}. This keeps one
 * of the two. A plain scan rather than a regex: the files are large and the pairs many.
 */
final class SideBySide {

    private static final String TTU = "<span data-ttu-id=\"";
    private static final String SXS = "<span class=\"sxs-lookup\"><span data-stu-id=\"";
    private static final String CLOSE = "</span>";

    private SideBySide() {
    }

    static String keep(String text, boolean original) {
        var out = new StringBuilder(text.length());
        int at = 0;
        while (true) {
            int start = text.indexOf(TTU, at);
            if (start < 0) {
                break;
            }
            int translationStart = text.indexOf("\">", start + TTU.length());
            int translationEnd = translationStart < 0 ? -1 : text.indexOf(CLOSE, translationStart);
            if (translationEnd < 0) {
                break;
            }
            int sxs = translationEnd + CLOSE.length();
            if (sxs < text.length() && text.charAt(sxs) == ' ' && text.startsWith(SXS, sxs + 1)) {
                sxs++;
            }
            if (!text.startsWith(SXS, sxs)) {
                out.append(text, at, sxs);
                at = sxs;
                continue;
            }
            int originalStart = text.indexOf("\">", sxs + SXS.length());
            int originalEnd = originalStart < 0 ? -1 : text.indexOf(CLOSE + CLOSE, originalStart);
            if (originalEnd < 0) {
                break;
            }
            out.append(text, at, start);
            String kept = original ? text.substring(originalStart + 2, originalEnd)
                    : text.substring(translationStart + 2, translationEnd);
            out.append(kept);
            int lost = newlines(text, start, originalEnd + 2 * CLOSE.length()) - newlines(kept, 0, kept.length());
            if (lost > 0) {
                out.append("\n".repeat(lost));
            }
            at = originalEnd + 2 * CLOSE.length();
        }
        out.append(text, at, text.length());
        return out.toString();
    }

    private static int newlines(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
