package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.content.Problem;
import io.troubleshooter.content.Section;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What looked like an error but gave none: a heading holding a code, a labelled code line or a table whose
 * header names errors, in a section no entry came from; and an article shaped like a troubleshooting article
 * that yields no entry at all. Each is reported with its file and line, so a reading is never silently empty.
 */
final class Unclaimed {

    private Unclaimed() {
    }

    static void report(Reading reading, Set<Section> producing, List<ErrorEntry> entries) {
        Article article = reading.article;
        boolean shaped = false;
        var above = Collections.newSetFromMap(new IdentityHashMap<Section, Boolean>());
        for (Section p : producing) {
            for (Section up = reading.parent(p); up != null && above.add(up); up = reading.parent(up)) {
                // every heading above an entry holds it
            }
        }
        for (Section s : article.sections()) {
            if (s.level() < 2) {
                continue;
            }
            boolean covered = producing.contains(s) || reading.claimed(s)
                    || article.subtree(s).stream().anyMatch(producing::contains);
            List<String> codes = reading.heading(s).codes();
            shaped |= !codes.isEmpty();
            if (!codes.isEmpty() && !covered) {
                reading.problems.add(Problem.warning(article.path(), s.line(), "Heading \"" + s.title()
                        + "\" holds the code " + String.join(", ", codes) + " but yields no error entry."));
            }
            for (Block b : s.blocks()) {
                if (b instanceof Block.Paragraph p) {
                    for (List<Inline> line : Lines.of(p.inlines())) {
                        var label = LabelLine.read(line);
                        if (label.isPresent() && Role.of(label.get().label(), reading.terms) == Role.CODE
                                && !CodeTokens.scan(label.get().valueText()).isEmpty()) {
                            shaped = true;
                            if (!covered) {
                                reading.problems.add(Problem.warning(article.path(), p.line(), "Labelled error code \""
                                        + label.get().valueText() + "\" is in no error entry."));
                            }
                        }
                    }
                } else if (b instanceof Block.Table t && errorHeader(t, reading) && !covered
                        && entries.stream().noneMatch(e -> e.line() == t.line())) {
                    shaped = true;
                    reading.problems.add(Problem.warning(article.path(), t.line(),
                            "Table with the header \"" + header(t) + "\" gives no error entry."));
                }
            }
        }
        if (entries.isEmpty() && (shaped || troubleshooting(article))) {
            reading.problems.add(Problem.warning(article.path(), 1,
                    "Looks like a troubleshooting article but no error entry was found in it."));
        }
    }

    private static boolean errorHeader(Block.Table t, Reading reading) {
        return t.header().stream().map(h -> Role.of(Inline.plain(h), reading.terms))
                .anyMatch(r -> r == Role.CODE || r == Role.MESSAGE);
    }

    private static String header(Block.Table t) {
        return String.join(" | ", t.header().stream().map(Inline::plain).toList());
    }

    private static boolean troubleshooting(Article article) {
        String topic = article.metadata().getOrDefault("ms.topic", "");
        String name = (article.path() + " " + article.metadata().getOrDefault("title", "")).toLowerCase(Locale.ROOT);
        return topic.toLowerCase(Locale.ROOT).contains("troubleshoot") || name.contains("troubleshoot");
    }
}
