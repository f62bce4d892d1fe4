package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.content.Problem;
import io.troubleshooter.content.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** Problems an author can fix, on top of those found while reading. */
public final class ContentLint {

    private ContentLint() {
    }

    public static List<Problem> check(Catalog catalog) {
        var problems = new LinkedHashSet<>(catalog.problems());
        Terms terms = Terms.shipped();
        for (Article article : catalog.articles()) {
            // The English original read out of a side-by-side file has the same lines: report them once.
            if (article.pairedLocale() != null && article.language().equals("en")) {
                continue;
            }
            brokenAnchors(article, problems);
            untranslated(article, terms, problems);
            for (ErrorEntry entry : catalog.entries(article)) {
                commands(article, entry, problems);
                for (Cause cause : entry.causes()) {
                    if (cause.steps().isEmpty()) {
                        problems.add(Problem.warning(article.path(), cause.line(),
                                "Cause \"" + (cause.title() == null ? cause.id() : cause.title()) + "\" has no steps."));
                    }
                }
            }
        }
        codesAcrossLanguages(catalog, problems);
        return new ArrayList<>(problems);
    }

    private static void commands(Article article, ErrorEntry entry, Set<Problem> problems) {
        for (Command c : entry.commands()) {
            if (c.source() == Command.Source.BOLD) {
                problems.add(Problem.warning(article.path(), c.line(),
                        "Command only in bold prose, not in code: " + c.text().replace("\n", " ⏎ ")));
            }
            for (Command.Flag flag : c.flags()) {
                boolean dangerous = flag.dangerous();
                String message = "Command \"" + c.text() + "\" had " + flag.found() + " in the article ("
                        + flag.description() + " when copied).";
                problems.add(dangerous ? Problem.error(article.path(), c.line(), message)
                        : Problem.warning(article.path(), c.line(), message));
            }
        }
    }

    private static void brokenAnchors(Article article, Set<Problem> problems) {
        Set<String> anchors = new HashSet<>();
        article.sections().forEach(s -> anchors.add(s.anchor()));
        walkInlines(article, (inline, line) -> {
            if (inline instanceof Inline.Anchor a) {
                anchors.add(a.id());
            }
        });
        walkInlines(article, (inline, line) -> {
            if (inline instanceof Inline.Link l && l.url().startsWith("#") && l.url().length() > 1
                    && !anchors.contains(l.url().substring(1))) {
                problems.add(Problem.warning(article.path(), line, "Link " + l.url() + " points to no anchor in this article."));
            }
        });
    }

    /** Paragraphs of a translated article in which English words outnumber the article's own. */
    private static void untranslated(Article article, Terms terms, Set<Problem> problems) {
        String language = article.language();
        if (language.equals("en") || terms.stopwords(language).isEmpty()) {
            return;
        }
        Set<String> english = terms.stopwords("en");
        Set<String> own = terms.stopwords(language);
        for (Section section : article.sections()) {
            List<String> texts = new ArrayList<>();
            if (section.level() > 0) {
                texts.add(section.title());
            }
            int line = section.line();
            for (Block block : section.blocks()) {
                if (block instanceof Block.Paragraph p) {
                    check(p.text(), english, own, article.path(), p.line(), problems);
                } else if (block instanceof Block.ListBlock list) {
                    for (Block.Item item : list.items()) {
                        for (Block b : item.blocks()) {
                            if (b instanceof Block.Paragraph p) {
                                check(p.text(), english, own, article.path(), p.line(), problems);
                            }
                        }
                    }
                }
            }
            texts.forEach(t -> check(t, english, own, article.path(), line, problems));
        }
    }

    private static void check(String text, Set<String> english, Set<String> own, String path, int line,
                              Set<Problem> problems) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        if (words.length < 5) {
            return;
        }
        int en = 0;
        int local = 0;
        for (String w : words) {
            if (english.contains(w)) {
                en++;
            } else if (own.contains(w)) {
                local++;
            }
        }
        if (en >= 2 && en > 2 * local) {
            String excerpt = text.length() > 60 ? text.substring(0, 57) + "..." : text;
            problems.add(Problem.warning(path, line, "Untranslated paragraph: " + excerpt));
        }
    }

    /** The same anchor in two languages of one article should carry the same codes. */
    private static void codesAcrossLanguages(Catalog catalog, Set<Problem> problems) {
        Map<String, ErrorEntry> seen = new HashMap<>();
        for (ErrorEntry entry : catalog.entries()) {
            if (entry.codes().isEmpty()) {
                continue;
            }
            String key = entry.articleId() + "#" + entry.anchor();
            ErrorEntry other = seen.putIfAbsent(key, entry);
            if (other != null && !other.locale().equals(entry.locale())
                    && !new HashSet<>(other.codes()).equals(new HashSet<>(entry.codes()))) {
                problems.add(Problem.warning(entry.articlePath(), entry.line(), "Codes " + entry.codes() + " differ from "
                        + other.codes() + " for #" + entry.anchor() + " in " + other.locale() + " (" + other.articlePath() + ")."));
            }
        }
    }

    static void walkInlines(Article article, BiConsumer<Inline, Integer> visitor) {
        for (Section s : article.sections()) {
            s.heading().forEach(i -> visit(i, s.line(), visitor));
            s.blocks().forEach(b -> walk(b, visitor));
        }
    }

    private static void walk(Block block, BiConsumer<Inline, Integer> visitor) {
        switch (block) {
            case Block.Paragraph p -> p.inlines().forEach(i -> visit(i, p.line(), visitor));
            case Block.ListBlock l -> l.items().forEach(item -> item.blocks().forEach(b -> walk(b, visitor)));
            case Block.Table t -> {
                t.header().forEach(cell -> cell.forEach(i -> visit(i, t.line(), visitor)));
                t.rows().forEach(row -> row.forEach(cell -> cell.forEach(i -> visit(i, t.line(), visitor))));
            }
            case Block.Alert a -> a.blocks().forEach(b -> walk(b, visitor));
            case Block.Quote q -> q.blocks().forEach(b -> walk(b, visitor));
            case Block.SubHeading h -> h.inlines().forEach(i -> visit(i, h.line(), visitor));
            default -> { }
        }
    }

    private static void visit(Inline inline, int line, BiConsumer<Inline, Integer> visitor) {
        visitor.accept(inline, line);
        switch (inline) {
            case Inline.Strong s -> s.children().forEach(i -> visit(i, line, visitor));
            case Inline.Emphasis e -> e.children().forEach(i -> visit(i, line, visitor));
            case Inline.Link l -> l.children().forEach(i -> visit(i, line, visitor));
            default -> { }
        }
    }
}
