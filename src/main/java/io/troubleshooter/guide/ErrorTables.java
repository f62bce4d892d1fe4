package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.content.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables with one error per row: a column of codes ({@code | Error code | Description | Probable cause |
 * Suggested remediation |}, several codes or a range in one cell) or a column the header names the message
 * ({@code | Error Message | Cause | Recommendation |}, {@code Síntoma | Causa | Solución}). Rows that repeat the
 * message before them are further causes of the same error.
 */
final class ErrorTables {

    private final Terms terms;
    private final Article article;

    ErrorTables(Terms terms, Article article) {
        this.terms = terms;
        this.article = article;
    }

    record Columns(int code, int message, int cause, int action) { }

    void read(Section section, List<ErrorEntry> entries) {
        int n = 0;
        for (Block block : section.blocks()) {
            if (block instanceof Block.Table t) {
                n++;
                Columns columns = columns(t);
                if (columns != null) {
                    String base = section.anchor() + (n > 1 ? "-table-" + n : "");
                    rows(base, t, columns, entries);
                }
            }
        }
    }

    /** Which columns hold what, or null when the table is not one error per row. */
    Columns columns(Block.Table t) {
        int width = t.header().size();
        if (width < 2 || t.rows().isEmpty()
                || t.header().stream().anyMatch(h -> terms.contains(Terms.Key.ERROR_DETAILS, Inline.plain(h)))) {
            return null;
        }
        int code = -1;
        int message = -1;
        int cause = -1;
        int action = -1;
        for (int c = 0; c < width; c++) {
            Role r = Role.of(Inline.plain(t.header().get(c)), terms);
            if (r == Role.CODE && code < 0) {
                code = c;
            } else if ((r == Role.MESSAGE || r == Role.SYMPTOM) && message < 0) {
                message = c;
            } else if (r == Role.CAUSE && cause < 0) {
                cause = c;
            } else if (r == Role.ACTION && action < 0) {
                action = c;
            }
        }
        if (code < 0) {
            code = codeColumn(t);
        }
        if (code >= 0 && message < 0 && code + 1 < width && code + 1 != cause && code + 1 != action) {
            message = code + 1;
        }
        if (action < 0 && width - 1 != code && width - 1 != message && width - 1 != cause) {
            action = width - 1;
        }
        boolean shaped = code >= 0 || message >= 0 && (cause >= 0 || action >= 0) && width >= 3
                || message == 0 && cause >= 0;
        return shaped ? new Columns(code, message, cause, action) : null;
    }

    /** A column most of whose cells are codes and little else. */
    private static int codeColumn(Block.Table t) {
        for (int c = 0; c < t.header().size(); c++) {
            int cells = 0;
            int codes = 0;
            for (List<List<Inline>> row : t.rows()) {
                if (c >= row.size()) {
                    continue;
                }
                String text = Inline.plain(row.get(c)).strip();
                if (text.isEmpty() || text.equals("-")) {
                    continue;
                }
                cells++;
                var found = CodeTokens.codes(text).stream().filter(CodeTokens::isNamedCode).toList();
                int words = text.split("\\s+").length;
                if (!found.isEmpty() && words <= found.size() * 2 + 1) {
                    codes++;
                }
            }
            if (cells >= 2 && codes * 10 >= cells * 7) {
                return c;
            }
        }
        return -1;
    }

    private void rows(String base, Block.Table t, Columns col, List<ErrorEntry> entries) {
        ErrorEntry previous = null;
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<Inline>> row = t.rows().get(r);
            List<String> codes = col.code() >= 0 && col.code() < row.size()
                    ? CodeTokens.scan(Inline.plain(row.get(col.code()))).stream().map(CodeTokens.Token::text)
                    .filter(CodeTokens::isNamedCode).distinct().toList() : List.of();
            String message = cell(row, col.message()).replaceFirst("\\s*[:：]\\s*$", "");
            if (message.equals("-") || message.equals("–")) {
                message = "";
            }
            if (codes.isEmpty() && message.isBlank()) {
                continue;
            }
            String anchor = base + "-" + (r + 1);
            Cause cause = cause(anchor, t, row, col, previous == null ? 0 : previous.causes().size());
            boolean sameError = codes.isEmpty() && previous != null && previous.codes().isEmpty()
                    && normal(previous.message()).equals(normal(message));
            if (sameError && cause != null) {
                var causes = new ArrayList<>(previous.causes());
                causes.add(cause);
                ErrorEntry merged = new ErrorEntry(previous.anchor(), previous.codes(), previous.numericIds(),
                        previous.messages(), previous.title(), previous.description(), List.copyOf(causes),
                        previous.articleId(), previous.locale(), previous.articleVersion(), previous.articlePath(),
                        previous.line());
                entries.set(entries.indexOf(previous), merged);
                previous = merged;
                continue;
            }
            var named = codes.stream().filter(c -> !c.chars().allMatch(Character::isDigit)).toList();
            var numeric = codes.stream().filter(c -> c.chars().allMatch(Character::isDigit)).toList();
            String shown = message.isBlank() ? String.join(" / ", codes) : EntryBuilder.firstLine(message);
            previous = new ErrorEntry(anchor, named, numeric, message.isBlank() ? List.of() : List.of(shown), shown,
                    List.of(), cause == null ? List.of() : List.of(cause), article.id(), article.locale(),
                    article.version(), article.path(), t.line());
            entries.add(previous);
        }
    }

    private Cause cause(String anchor, Block.Table t, List<List<Inline>> row, Columns col, int index) {
        String why = cell(row, col.cause());
        String id = why.isBlank() ? anchor + "/solution" : anchor + "/cause-" + (index + 1);
        var collector = new StepCollector(terms, id);
        if (col.action() >= 0 && col.action() < row.size()) {
            for (List<Inline> part : TableCells.listItems(row.get(col.action()))) {
                var p = new Block.Paragraph(part, t.line());
                if (!p.text().isBlank() && !terms.is(Terms.Key.NONE, p.text()) && !p.text().equals("N/A")) {
                    collector.add(collector.action(p.text(), List.of(p), t.line()));
                }
            }
        }
        if (why.isBlank() && collector.steps().isEmpty()) {
            return null;
        }
        return new Cause(id, why.isBlank() ? Cause.Kind.SOLUTION : Cause.Kind.CAUSE,
                why.isBlank() ? null : EntryBuilder.firstLine(why), List.of(), List.copyOf(collector.steps()),
                List.of(), List.of(), anchor, t.line());
    }

    private static String cell(List<List<Inline>> row, int c) {
        return c >= 0 && c < row.size() ? Inline.plain(row.get(c)).strip() : "";
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
