package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.content.Section;
import io.troubleshooter.content.Terms;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of "Error details | Workaround" tables: each row is an error keyed by the section anchor and
 * its row number. The message is the cell's first line; the rest of the cell and the workaround are
 * the steps ("None" is no step).
 */
final class TableEntries {

    private final Terms terms;
    private final Article article;

    private final java.util.Set<String> repeatedHeaders;

    TableEntries(Terms terms, Article article) {
        this.terms = terms;
        this.article = article;
        this.repeatedHeaders = repeatedHeaders(article);
    }

    /** Headers that several tables of the article share: the article's own labels, whatever its language. */
    private static java.util.Set<String> repeatedHeaders(Article article) {
        var counts = new java.util.HashMap<String, Integer>();
        for (Section s : article.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Block.Table t && t.header().size() >= 2) {
                    counts.merge(headerKey(t), 1, Integer::sum);
                }
            }
        }
        var out = new java.util.HashSet<String>();
        counts.forEach((k, n) -> {
            if (n >= 2) {
                out.add(k);
            }
        });
        return out;
    }

    private static String headerKey(Block.Table t) {
        return String.join("|", t.header().stream().map(h -> Inline.plain(h).strip().toLowerCase(java.util.Locale.ROOT))
                .toList());
    }

    void read(Section section, List<ErrorEntry> entries) {
        int table = 0;
        for (Block block : section.blocks()) {
            if (block instanceof Block.Table t) {
                table++;
                int column = detailsColumn(t);
                if (column >= 0) {
                    String base = section.anchor() + (table > 1 ? "-table-" + table : "");
                    for (int r = 0; r < t.rows().size(); r++) {
                        ErrorEntry entry = row(base + "-" + (r + 1), t, t.rows().get(r), column);
                        if (entry != null) {
                            entries.add(entry);
                        }
                    }
                }
            }
        }
    }

    private int detailsColumn(Block.Table t) {
        for (int i = 0; i < t.header().size(); i++) {
            if (terms.contains(Terms.Key.ERROR_DETAILS, Inline.plain(t.header().get(i)))) {
                return i;
            }
        }
        if (!repeatedHeaders.contains(headerKey(t)) || t.header().size() > 3
                || t.header().stream().anyMatch(h -> Role.of(Inline.plain(h), terms) != Role.OTHER)) {
            return -1;
        }
        // "Operation | Error details | Workaround" in a language without words: the longest text before the last column.
        int best = -1;
        double longest = 25;
        for (int c = 0; c < t.header().size() - 1; c++) {
            final int col = c;
            double average = t.rows().stream().mapToInt(r -> col < r.size() ? Inline.plain(r.get(col)).length() : 0)
                    .average().orElse(0);
            if (average > longest) {
                longest = average;
                best = c;
            }
        }
        return best;
    }

    private ErrorEntry row(String anchor, Block.Table table, List<List<Inline>> row, int column) {
        if (row.size() <= column) {
            return null;
        }
        List<List<Inline>> lines = Lines.of(row.get(column));
        if (lines.isEmpty()) {
            return null;
        }
        String message = Inline.plain(lines.getFirst()).replaceFirst("\\s*:\\s*$", "");
        var codes = new ArrayList<String>();
        var numeric = new ArrayList<String>();
        for (String token : message.split("\\s+")) {
            if (EntryExtractor.isCode(token.replaceAll("[^A-Za-z0-9]", ""))) {
                EntryExtractor.splitCodes(token, codes, numeric);
            }
        }
        var collector = new StepCollector(terms, anchor + "/solution");
        if (lines.size() > 1) {
            var advice = EntryExtractor.join(lines.subList(1, lines.size()));
            var p = new Block.Paragraph(advice, table.line());
            if (!p.text().isBlank()) {
                collector.add(collector.action(p.text(), List.of(p), table.line()));
            }
        }
        for (int c = column + 1; c < row.size(); c++) {
            for (List<Inline> part : TableCells.listItems(row.get(c))) {
                var p = new Block.Paragraph(part, table.line());
                if (!p.text().isBlank() && !terms.is(Terms.Key.NONE, p.text())) {
                    collector.add(collector.action(p.text(), List.of(p), table.line()));
                }
            }
        }
        var cause = new Cause(anchor + "/solution", Cause.Kind.SOLUTION, null, List.of(),
                List.copyOf(collector.steps()), List.of(), List.of(), anchor, table.line());
        return new ErrorEntry(anchor, List.copyOf(codes), List.copyOf(numeric), List.of(message), message, List.of(),
                collector.steps().isEmpty() ? List.of() : List.of(cause), article.id(), article.locale(),
                article.version(), article.path(), table.line());
    }
}
