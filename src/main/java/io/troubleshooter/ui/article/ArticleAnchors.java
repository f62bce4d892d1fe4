package io.troubleshooter.ui.article;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.content.Section;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The places an article's {@code #anchor} links can reach: its sections and its {@code <a name>} targets. */
final class ArticleAnchors {

    private ArticleAnchors() {
    }

    static Set<String> of(Article article) {
        var found = new LinkedHashSet<String>();
        if (article == null) {
            return found;
        }
        for (Section section : article.sections()) {
            found.add(section.anchor());
            inlines(section.heading(), found);
            section.blocks().forEach(b -> block(b, found));
        }
        return found;
    }

    private static void block(Block block, Set<String> found) {
        switch (block) {
            case Block.Paragraph p -> inlines(p.inlines(), found);
            case Block.SubHeading h -> inlines(h.inlines(), found);
            case Block.ListBlock l -> l.items().forEach(i -> i.blocks().forEach(b -> block(b, found)));
            case Block.Table t -> {
                t.header().forEach(cell -> inlines(cell, found));
                t.rows().forEach(row -> row.forEach(cell -> inlines(cell, found)));
            }
            case Block.Alert a -> a.blocks().forEach(b -> block(b, found));
            case Block.Quote q -> q.blocks().forEach(b -> block(b, found));
            case Block.Include i -> i.blocks().forEach(b -> block(b, found));
            case Block.CodeBlock c -> { }
            case Block.Rule r -> { }
        }
    }

    private static void inlines(List<Inline> inlines, Set<String> found) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Inline.Anchor a -> found.add(a.id());
                case Inline.Strong s -> inlines(s.children(), found);
                case Inline.Emphasis e -> inlines(e.children(), found);
                case Inline.Link l -> inlines(l.children(), found);
                default -> { }
            }
        }
    }
}
