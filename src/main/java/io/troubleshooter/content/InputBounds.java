package io.troubleshooter.content;

import java.util.List;

/**
 * Keeps reading linear in a file's size whatever it holds. Real articles never come near these bounds; crafted or
 * broken files do, and the Markdown parser then recurses past the stack or rescans a paragraph on every line. So,
 * before parsing: a line longer than {@value #MAX_LINE} characters is cut, a run of more than {@value #MAX_RUN}
 * marker characters ({@code - * _ > + # = ~ `}) is shortened, and a paragraph of more than {@value #MAX_PARAGRAPH}
 * lines is split. Each change is a problem for the file, with its line.
 */
final class InputBounds {

    static final int MAX_LINE = 16_384;
    static final int MAX_RUN = 128;
    static final int MAX_PARAGRAPH = 100;

    private InputBounds() {
    }

    static String bound(String text, String path, List<Problem> problems) {
        String[] lines = text.split("\n", -1);
        var out = new StringBuilder(text.length() + 64);
        boolean fence = false;
        int paragraph = 0;
        int cutLines = 0;
        int shortened = 0;
        int split = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.length() > MAX_LINE) {
                if (cutLines++ == 0) {
                    problems.add(Problem.warning(path, i + 1, "Line of " + line.length() + " characters cut at "
                            + MAX_LINE + "; no article needs longer lines."));
                }
                line = line.substring(0, MAX_LINE);
            }
            String bounded = boundRuns(line);
            if (!bounded.equals(line)) {
                if (shortened++ == 0) {
                    problems.add(Problem.warning(path, i + 1, "A run of more than " + MAX_RUN
                            + " markup characters was shortened so the file can be read."));
                }
                line = bounded;
            }
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fence = !fence;
            }
            if (line.isBlank() || fence || line.indexOf('|') >= 0) {
                paragraph = 0;
            } else if (++paragraph > MAX_PARAGRAPH) {
                if (split++ == 0) {
                    problems.add(Problem.warning(path, i + 1, "A paragraph of more than " + MAX_PARAGRAPH
                            + " lines was split so the file can be read."));
                }
                out.append('\n');
                paragraph = 1;
            }
            out.append(line);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return cutLines == 0 && shortened == 0 && split == 0 ? text : out.toString();
    }

    private static String boundRuns(String line) {
        int run = 0;
        StringBuilder sb = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean marker = "-*_>+#=~` \t".indexOf(c) >= 0;
            run = marker ? run + 1 : 0;
            if (run > MAX_RUN) {
                if (sb == null) {
                    sb = new StringBuilder(line.length()).append(line, 0, i);
                }
                continue;
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? line : sb.toString();
    }
}
