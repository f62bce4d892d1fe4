package io.troubleshooter.guide;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "Symptom(s)" section and the sections after it: numbered causes ("Cause 1: ...", "Causa 2: ..."), or a
 * knowledge-base article's "Cause" and "Resolution". The message is what the symptom quotes; codes in it count.
 */
final class SymptomRecognizer implements SectionRecognizer {

    private static final Pattern QUOTED = Pattern.compile("[\"\u201C\u201D]([^\"\u201C\u201D]{12,})[\"\u201C\u201D]");

    @Override
    public Optional<ErrorEntry> read(Section section, Reading reading) {
        String anchor = section.anchor();
        boolean symptom = anchor.equalsIgnoreCase("symptom") || anchor.equalsIgnoreCase("symptoms")
                || Role.of(section.title(), reading.terms) == Role.SYMPTOM;
        if (!symptom) {
            return Optional.empty();
        }
        var messages = messages(section);
        var codes = new LinkedHashSet<String>();
        messages.forEach(m -> CodeTokens.codes(m).stream().filter(CodeTokens::isNamedCode).forEach(codes::add));
        List<Cause> causes = numberedCauses(section, reading);
        if (causes.isEmpty()) {
            causes = causeAndResolution(section, reading);
        }
        ErrorEntry built = reading.entries.build(section, List.copyOf(codes), null, causes);
        var all = new ArrayList<>(built.messages());
        all.removeIf(m -> m.equals(section.title()));
        all.addAll(0, messages);
        return Optional.of(new ErrorEntry(built.anchor(), built.codes(), built.numericIds(),
                List.copyOf(new LinkedHashSet<>(all.isEmpty() ? List.of(section.title()) : all)), built.title(),
                built.description(), built.causes(), built.articleId(), built.locale(), built.articleVersion(),
                built.articlePath(), built.line()));
    }

    private static List<String> messages(Section section) {
        var out = new ArrayList<String>();
        for (Block block : section.blocks()) {
            switch (block) {
                case Block.Paragraph p -> {
                    Lines.boldTexts(p.inlines()).stream().filter(t -> t.length() > 20).forEach(out::add);
                    Matcher q = QUOTED.matcher(p.text());
                    while (q.find()) {
                        out.add(q.group(1).strip());
                    }
                }
                case Block.Quote q -> {
                    String text = EntryParts.firstText(q.blocks());
                    if (!text.isBlank()) {
                        out.add(text);
                    }
                }
                default -> { }
            }
        }
        return out;
    }

    private static List<Cause> numberedCauses(Section symptom, Reading reading) {
        Pattern causeNumber = reading.causeNumber;
        var out = new ArrayList<Cause>();
        for (Section s : following(symptom, reading)) {
            if (s.level() == symptom.level() && causeNumber.matcher(s.title()).find()) {
                String title = CauseBuilder.withoutNumberPrefix(s.title(), reading.terms, Terms.Key.CAUSE);
                out.add(reading.byAnchor.computeIfAbsent(s.anchor(),
                        a -> reading.causes.fromSection(s, Cause.Kind.CAUSE, title)));
                reading.claim(s);
            }
        }
        return out;
    }

    /** "## Cause" then "## Resolution": one cause, the resolution its steps. */
    private static List<Cause> causeAndResolution(Section symptom, Reading reading) {
        Section cause = null;
        var resolution = new ArrayList<Block>();
        for (Section s : following(symptom, reading)) {
            if (s.level() != symptom.level()) {
                continue;
            }
            Role r = Role.of(s.title(), reading.terms);
            if (r == Role.CAUSE && cause == null) {
                cause = s;
                reading.claim(s);
            } else if (r == Role.ACTION && cause != null) {
                resolution.addAll(s.blocks());
                reading.subtree(s).forEach(sub -> resolution.addAll(sub.blocks()));
                reading.claim(s);
            }
        }
        if (cause == null) {
            return List.of();
        }
        String id = cause.anchor();
        var collector = new StepCollector(reading.terms, id);
        collector.collect(resolution, false);
        collector.proseAsSteps(false);
        String title = EntryParts.firstText(cause.blocks());
        return List.of(new Cause(id, Cause.Kind.CAUSE, title.isBlank() ? cause.title() : EntryBuilder.firstLine(title),
                List.of(), List.copyOf(collector.steps()), List.copyOf(collector.notes()),
                reading.causes.logs(resolution), id, cause.line()));
    }

    private static List<Section> following(Section symptom, Reading reading) {
        var all = reading.article.sections();
        var out = new ArrayList<Section>();
        for (int i = reading.article.indexOf(symptom) + 1; i < all.size(); i++) {
            if (all.get(i).level() < symptom.level()) {
                break;
            }
            out.add(all.get(i));
        }
        return out;
    }
}
