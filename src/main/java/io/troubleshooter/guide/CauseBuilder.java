package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.content.Section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds a cause from the section that explains it. Sub-sections titled "Solution" are read through;
 * other sub-sections are methods, and methods after "try one of the following" are alternatives.
 */
final class CauseBuilder {

    private static final Pattern LOG_PATH = Pattern.compile("^(?:/[\\w.*\\-/]+|[A-Za-z]:\\\\\\S+|%\\w+%\\\\\\S+)$");

    private final Terms terms;
    private final Article article;

    CauseBuilder(Terms terms, Article article) {
        this.terms = terms;
        this.article = article;
    }

    private record Part(Section segment, List<Block> blocks) { }

    Cause fromSection(Section section, Cause.Kind kind, String title) {
        var parts = new ArrayList<Part>();
        parts.add(new Part(null, new ArrayList<>(section.blocks())));
        for (Section sub : article.subtree(section)) {
            if (terms.is(Terms.Key.SOLUTION, sub.title().replaceFirst(":$", ""))) {
                parts.add(new Part(null, new ArrayList<>(sub.blocks())));
            } else {
                parts.add(new Part(sub, new ArrayList<>(sub.blocks())));
            }
        }
        int oneOfAt = -1;
        for (int i = 0; i < parts.size() && oneOfAt < 0; i++) {
            if (parts.get(i).segment() == null && parts.get(i).blocks().stream()
                    .anyMatch(b -> b instanceof Block.Paragraph p && terms.contains(Terms.Key.ONE_OF, p.text()))) {
                oneOfAt = i;
            }
        }
        final int oneOf = oneOfAt;
        long alternatives = oneOf < 0 ? 0 : parts.stream().skip(oneOf + 1).filter(p -> p.segment() != null).count();
        String id = section.anchor();
        var collector = new StepCollector(terms, id);
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (part.segment() == null) {
                collector.collect(part.blocks(), alternatives >= 2);
            } else {
                String methodId = collector.nextId();
                var inner = new StepCollector(terms, methodId);
                inner.collect(part.blocks(), false);
                collector.notes().addAll(inner.notes());
                collector.add(new Step(methodId, Step.Kind.METHOD, part.segment().title(), List.copyOf(part.blocks()),
                        CommandExtractor.fromBlocks(part.blocks()), List.of(), List.copyOf(inner.steps()),
                        alternatives >= 2 && i > oneOf, part.segment().line()));
            }
        }
        collector.proseAsSteps(false);
        var all = new ArrayList<Block>(section.blocks());
        article.subtree(section).forEach(s -> all.addAll(s.blocks()));
        return new Cause(id, kind, title, List.copyOf(collector.prose()), List.copyOf(collector.steps()),
                List.copyOf(collector.notes()), logs(all), section.anchor(), section.line());
    }

    /** Paths listed right after a sentence that asks for logs ("collect the following logs"). */
    List<String> logs(List<Block> blocks) {
        var logs = new LinkedHashSet<String>();
        Block previous = null;
        for (Block block : blocks) {
            if (block instanceof Block.ListBlock list) {
                if (previous instanceof Block.Paragraph p && terms.contains(Terms.Key.LOGS, p.text())) {
                    for (Block.Item item : list.items()) {
                        String text = item.blocks().isEmpty() || !(item.blocks().getFirst() instanceof Block.Paragraph first)
                                ? "" : first.text();
                        if (LOG_PATH.matcher(text.strip()).matches()) {
                            logs.add(text.strip());
                        }
                    }
                }
                list.items().forEach(item -> logs.addAll(logs(item.blocks())));
            }
            previous = block;
        }
        return List.copyOf(logs);
    }

    static String withoutNumberPrefix(String title, Terms terms, Terms.Key key) {
        return title.replaceFirst("(?iu)^\\s*" + terms.regex(key) + "\\s*\\d+\\s*:\\s*", "").strip();
    }

    static String linkText(Inline.Link link) {
        return Inline.plain(link.children());
    }
}
