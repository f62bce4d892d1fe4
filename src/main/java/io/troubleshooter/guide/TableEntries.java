package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.content.Section;

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

    private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^A-Za-z0-9]");
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

    /**
     * One row: the details cell's first line is the message, a {@code **Cause:**} line in it is the cause, the rest
     * is advice. Each situation the workaround names ({@code <li>} items, or the cell as a whole) is a cause whose
     * step is what that situation asks; "None" is nothing to do.
     */
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
            if (EntryExtractor.isCode(NOT_ALNUM.matcher(token).replaceAll(""))) {
                EntryExtractor.splitCodes(token, codes, numeric);
            }
        }
        String why = null;
        var advice = new ArrayList<List<Inline>>();
        for (List<Inline> line : lines.subList(1, lines.size())) {
            var label = LabelLine.read(line);
            if (label.isPresent() && Role.of(label.get().label(), terms) == Role.CAUSE) {
                why = label.get().valueText();
            } else {
                advice.add(line);
            }
        }
        var causes = new ArrayList<Cause>();
        var collector = new StepCollector(terms, anchor + "/solution");
        if (!advice.isEmpty()) {
            var p = new Block.Paragraph(EntryExtractor.join(advice), table.line());
            if (!p.text().isBlank()) {
                collector.add(collector.action(p.text(), List.of(p), table.line()));
            }
        }
        for (int c = column + 1; c < row.size(); c++) {
            var items = TableCells.listItems(row.get(c)).stream()
                    .filter(part -> !Inline.plain(part).isBlank() && !terms.is(Terms.Key.NONE, Inline.plain(part))).toList();
            for (List<Inline> part : items) {
                String text = Inline.plain(part);
                String id = anchor + "/cause-" + (causes.size() + 1);
                var own = new StepCollector(terms, id);
                own.add(own.action(text, List.of(new Block.Paragraph(part, table.line())), table.line()));
                causes.add(new Cause(id, Cause.Kind.CAUSE, ReasonBullets.title(text), List.of(), List.copyOf(own.steps()),
                        List.of(), List.of(), anchor, table.line()));
            }
        }
        if (why != null && !why.isBlank()) {
            var steps = new ArrayList<>(collector.steps());
            causes.forEach(c -> steps.addAll(c.steps()));
            String id = anchor + "/cause";
            return entry(anchor, codes, numeric, message, table, List.of(new Cause(id, Cause.Kind.CAUSE,
                    EntryBuilder.firstLine(why), List.of(), renumber(id, steps), List.of(), List.of(), anchor, table.line())));
        }
        if (!collector.steps().isEmpty()) {
            causes.addFirst(new Cause(anchor + "/solution", Cause.Kind.SOLUTION, null, List.of(),
                    List.copyOf(collector.steps()), List.of(), List.of(), anchor, table.line()));
        }
        return entry(anchor, codes, numeric, message, table, causes);
    }

    private static List<Step> renumber(String prefix, List<Step> steps) {
        var out = new ArrayList<Step>();
        for (Step s : steps) {
            out.add(new Step(prefix + "/" + (out.size() + 1), s.kind(), s.title(), s.blocks(), s.commands(), s.warnings(),
                    s.children(), s.alternative(), s.line()));
        }
        return out;
    }

    private ErrorEntry entry(String anchor, List<String> codes, List<String> numeric, String message, Block.Table table,
                             List<Cause> causes) {
        return new ErrorEntry(anchor, List.copyOf(codes), List.copyOf(numeric), List.of(message), message, List.of(),
                List.copyOf(causes), article.id(), article.locale(), article.version(), article.path(), table.line());
    }
}
