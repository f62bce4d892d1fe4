package io.troubleshooter.guide;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An error's description cut at its labels: the lead (before any label), then one part per label line,
 * key/value table row or role table column, each holding the label's value and the blocks that follow it.
 */
final class EntryParts {

    /** One labelled stretch of the description; {@code role} is null for the lead. */
    record Part(Role role, String label, List<Inline> value, List<Block> blocks, int line) {

        String valueText() {
            return Inline.plain(value);
        }

        /** The value, or when the label stands alone, the first line of what follows it. */
        String text() {
            String v = valueText();
            if (!v.isBlank()) {
                return v;
            }
            for (Block b : blocks) {
                String t = switch (b) {
                    case Block.Paragraph p -> p.text();
                    case Block.CodeBlock c -> c.code().strip();
                    case Block.Quote q -> q.blocks().isEmpty() ? "" : firstText(q.blocks());
                    case Block.ListBlock l -> l.items().isEmpty() ? "" : firstText(l.items().getFirst().blocks());
                    default -> "";
                };
                if (!t.isBlank()) {
                    return t.strip();
                }
            }
            return "";
        }

        /** What follows a message or code label once the message itself is taken: the error's description. */
        List<Block> trailing() {
            if (role == Role.MESSAGE && valueText().isBlank() && !blocks.isEmpty()) {
                return blocks.subList(1, blocks.size());
            }
            return blocks;
        }

        /** The value as a paragraph (when there is one) followed by the blocks. */
        List<Block> allBlocks() {
            var out = new ArrayList<Block>();
            if (!valueText().isBlank()) {
                out.add(new Block.Paragraph(value, line));
            }
            out.addAll(blocks);
            return out;
        }
    }

    private final Function<String, Role> roles;
    private final boolean tables;
    private final List<Part> parts = new ArrayList<>();
    private Role role;
    private String label;
    private List<Inline> value = List.of();
    private List<Block> blocks = new ArrayList<>();
    private int line;

    private EntryParts(Function<String, Role> roles, boolean tables) {
        this.roles = roles;
        this.tables = tables;
    }

    /** The parts of an entry's body, role tables ({@code | Error message | Cause | Action |}) included. */
    static List<Part> of(List<Block> body, Function<String, Role> roles) {
        return of(body, roles, true);
    }

    static List<Part> of(List<Block> body, Function<String, Role> roles, boolean tables) {
        var reader = new EntryParts(roles, tables);
        body.forEach(reader::block);
        reader.close();
        return List.copyOf(reader.parts);
    }

    /** The first text the blocks show: a paragraph, a code block, or a list's first item. */
    static String firstText(List<Block> blocks) {
        for (Block b : blocks) {
            String t = switch (b) {
                case Block.Paragraph p -> p.text();
                case Block.CodeBlock c -> c.code().strip();
                case Block.ListBlock l -> l.items().isEmpty() ? "" : firstText(l.items().getFirst().blocks());
                default -> "";
            };
            if (!t.isBlank()) {
                return t;
            }
        }
        return "";
    }

    private void block(Block block) {
        switch (block) {
            case Block.Paragraph p -> paragraph(p);
            case Block.Table t when keyValue(t) -> keyValueRows(t);
            case Block.Table t when tables && roleColumns(t) -> roleRows(t);
            default -> blocks.add(block);
        }
    }

    private void paragraph(Block.Paragraph p) {
        var pending = new ArrayList<List<Inline>>();
        for (List<Inline> l : Lines.of(p.inlines())) {
            var labelLine = LabelLine.read(l).filter(x -> roles.apply(x.label()) != Role.OTHER);
            if (labelLine.isPresent()) {
                flush(pending, p.line());
                close();
                role = roles.apply(labelLine.get().label());
                label = labelLine.get().label();
                value = labelLine.get().value();
                line = p.line();
            } else {
                pending.add(l);
            }
        }
        flush(pending, p.line());
    }

    private void flush(List<List<Inline>> pending, int at) {
        if (!pending.isEmpty()) {
            blocks.add(new Block.Paragraph(EntryExtractor.join(pending), at));
            pending.clear();
        }
    }

    /** {@code | Error message | ... |} rows: two columns whose first cells are labels. */
    private boolean keyValue(Block.Table t) {
        if (t.header().size() != 2) {
            return false;
        }
        var keys = new ArrayList<String>();
        keys.add(Inline.plain(t.header().getFirst()));
        t.rows().forEach(r -> keys.add(r.isEmpty() ? "" : Inline.plain(r.getFirst())));
        long labelled = keys.stream().filter(k -> k.length() <= 40 && k.split("\\s+").length <= 5
                && roles.apply(k.replaceFirst("[:：]\\s*$", "")) != Role.OTHER).count();
        return labelled >= 2 && labelled * 2 >= keys.size();
    }

    private void keyValueRows(Block.Table t) {
        var rows = new ArrayList<List<List<Inline>>>();
        rows.add(t.header());
        rows.addAll(t.rows());
        for (List<List<Inline>> row : rows) {
            if (row.size() < 2) {
                continue;
            }
            String key = Inline.plain(row.getFirst()).replaceFirst("[:：]\\s*$", "");
            Role r = roles.apply(key);
            if (r == Role.OTHER) {
                blocks.add(new Block.Paragraph(row.get(1), t.line()));
                continue;
            }
            close();
            role = r;
            label = key;
            value = row.get(1);
            line = t.line();
        }
    }

    /** A horizontal table whose header cells name roles: each row gives a part per role column. */
    private boolean roleColumns(Block.Table t) {
        return t.header().stream().filter(h -> roles.apply(Inline.plain(h)) != Role.OTHER).count() >= 2;
    }

    private void roleRows(Block.Table t) {
        for (List<List<Inline>> row : t.rows()) {
            for (int c = 0; c < row.size() && c < t.header().size(); c++) {
                String key = Inline.plain(t.header().get(c));
                Role r = roles.apply(key);
                if (r == Role.OTHER) {
                    continue;
                }
                close();
                role = r;
                label = key;
                value = row.get(c);
                line = t.line();
            }
        }
    }

    private void close() {
        if (role != null || !blocks.isEmpty()) {
            parts.add(new Part(role, label, value, List.copyOf(blocks), line));
        }
        role = null;
        label = null;
        value = List.of();
        blocks = new ArrayList<>();
    }
}
