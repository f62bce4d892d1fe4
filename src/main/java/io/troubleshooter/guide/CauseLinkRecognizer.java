package io.troubleshooter.guide;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.content.Problem;
import io.troubleshooter.content.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error section that lists its causes as links to the sections explaining them ("Cause 1: [The VM has no
 * Internet access](#the-vm-has-no-internet-access)", "Paso 1: [...](#...)"): the linked sections are the causes,
 * shared by every error that links them.
 */
final class CauseLinkRecognizer implements SectionRecognizer {

    record CauseRef(int number, String title, String anchor) { }

    @Override
    public Optional<ErrorEntry> read(Section section, Reading reading) {
        Pattern causeNumber = reading.causeNumber;
        Pattern stepNumber = reading.stepNumber;
        if (causeNumber.matcher(section.title()).find()) {
            return Optional.empty();
        }
        List<CauseRef> refs = refs(section, reading, causeNumber, stepNumber);
        if (refs.isEmpty()) {
            return Optional.empty();
        }
        List<Cause> causes = refs.stream().map(r -> linked(r, section, reading)).toList();
        List<String> codes = reading.heading(section).codes();
        ErrorEntry built = reading.entries.build(section, codes, reading.heading(section).message(),
                causes);
        return Optional.of(new ErrorEntry(built.anchor(), built.codes(), built.numericIds(), built.messages(),
                built.title(), withoutRefLines(built.description(), causeNumber, stepNumber), built.causes(),
                built.articleId(), built.locale(), built.articleVersion(), built.articlePath(), built.line()));
    }

    static Pattern numbered(Terms terms, Terms.Key key) {
        return terms.numbered(key);
    }

    private static List<CauseRef> refs(Section section, Reading reading, Pattern causeNumber, Pattern stepNumber) {
        var refs = new ArrayList<CauseRef>();
        for (Block block : section.blocks()) {
            if (block instanceof Block.Paragraph p) {
                for (List<Inline> line : Lines.of(p.inlines())) {
                    add(line, causeNumber, 1, refs);
                }
            }
        }
        for (Section sub : reading.subtree(section)) {
            add(sub.heading(), causeNumber, 1, refs);
        }
        if (refs.isEmpty()) {
            for (Block block : section.blocks()) {
                if (block instanceof Block.Paragraph p) {
                    for (List<Inline> line : Lines.of(p.inlines())) {
                        add(line, stepNumber, -1, refs);
                    }
                }
            }
        }
        if (refs.isEmpty() && !reading.heading(section).codes().isEmpty()) {
            linkList(section, reading, refs);
        }
        return refs;
    }

    /** An error whose body lists its causes as links to the sections that explain them, without numbers. */
    private static void linkList(Section section, Reading reading, List<CauseRef> refs) {
        for (Block block : section.blocks()) {
            if (!(block instanceof Block.ListBlock list) || list.items().size() < 2) {
                continue;
            }
            var found = new java.util.ArrayList<CauseRef>();
            for (Block.Item item : list.items()) {
                if (item.blocks().isEmpty() || !(item.blocks().getFirst() instanceof Block.Paragraph p)) {
                    return;
                }
                Inline.Link link = Lines.firstLink(p.inlines());
                String rest = p.text().replace(link == null ? "" : Inline.plain(link.children()), "").strip();
                if (link == null || !link.url().startsWith("#") || rest.length() > 3) {
                    return;
                }
                String anchor = link.url().substring(1);
                var target = reading.article.section(anchor);
                if (target.isEmpty() || !CodeHeadingRecognizer.heading(target.get().title()).codes().isEmpty()) {
                    return;
                }
                found.add(new CauseRef(found.size() + 1, CauseBuilder.linkText(link), anchor));
            }
            refs.addAll(found);
            found.forEach(r -> reading.article.section(r.anchor()).ifPresent(reading::claim));
            return;
        }
    }

    private static void add(List<Inline> line, Pattern number, int sign, List<CauseRef> refs) {
        Inline.Link link = Lines.firstLink(line);
        if (link == null || !link.url().startsWith("#")) {
            return;
        }
        Matcher m = number.matcher(Inline.plain(line));
        if (m.find()) {
            refs.add(new CauseRef(sign * Integer.parseInt(m.group(1)), CauseBuilder.linkText(link), link.url().substring(1)));
        }
    }

    private static List<Block> withoutRefLines(List<Block> blocks, Pattern causeNumber, Pattern stepNumber) {
        var out = new ArrayList<Block>();
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                var kept = Lines.of(p.inlines()).stream().filter(line -> {
                    String text = Inline.plain(line);
                    return !(causeNumber.matcher(text).find() || stepNumber.matcher(text).find())
                            || Lines.firstLink(line) == null;
                }).toList();
                if (!kept.isEmpty()) {
                    out.add(new Block.Paragraph(EntryExtractor.join(kept), p.line()));
                }
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private static Cause linked(CauseRef ref, Section from, Reading reading) {
        Cause.Kind kind = ref.number() < 0 ? Cause.Kind.STAGE : Cause.Kind.CAUSE;
        return reading.byAnchor.computeIfAbsent(ref.anchor(), anchor -> reading.article.section(anchor)
                .map(target -> reading.causes.fromSection(target, kind, target.title()))
                .orElseGet(() -> {
                    reading.problems.add(Problem.warning(reading.article.path(), from.line(),
                            "Cause link #" + anchor + " points to no section of this article."));
                    return new Cause(anchor, kind, ref.title(), List.of(), List.of(), List.of(), List.of(), anchor,
                            from.line());
                }));
    }
}
