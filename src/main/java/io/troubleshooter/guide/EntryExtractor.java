package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Inline;
import io.troubleshooter.content.Problem;
import io.troubleshooter.content.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the error entries of an article by its structure. Each section is offered to a list of small
 * recognisers in turn (cause links, symptoms, code headings, labelled sections, numbered stages); the first
 * that recognises it claims it. Tables with one error per row give an entry per row. What looks like an
 * error but yields none is reported by {@link ContentLint}.
 */
public final class EntryExtractor {

    public record Extraction(List<ErrorEntry> entries, List<Problem> problems) { }

    private static final List<SectionRecognizer> RECOGNIZERS = List.of(
            new CauseLinkRecognizer(),
            new SymptomRecognizer(),
            new CodeHeadingRecognizer(),
            new LabelledSectionRecognizer(),
            new NumberedStagesRecognizer(),
            new QuotedErrorRecognizer());

    private static final System.Logger LOG = System.getLogger(EntryExtractor.class.getName());

    private EntryExtractor() {
    }

    public static Extraction extract(Article article, Terms terms) {
        var reading = new Reading(article, terms);
        try {
            return new Extraction(run(reading), List.copyOf(reading.problems));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.ERROR, "Error entries of " + article.path() + " could not be read", e);
            reading.problems.add(Problem.error(article.path(), 1, "Error entries could not be read: " + e));
            return new Extraction(List.of(), List.copyOf(reading.problems));
        }
    }

    private static List<ErrorEntry> run(Reading reading) {
        var entries = new ArrayList<ErrorEntry>();
        var tables = new ErrorTables(reading.terms, reading.article);
        var details = new TableEntries(reading.terms, reading.article);
        var producing = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<Section, Boolean>());
        for (Section section : reading.article.sections()) {
            int before = entries.size();
            boolean entry = false;
            if (section.level() >= 2 && !reading.claimed(section)) {
                for (SectionRecognizer recognizer : RECOGNIZERS) {
                    Optional<ErrorEntry> found = recognizer.read(section, reading);
                    if (found.isPresent()) {
                        entries.add(found.get());
                        entry = true;
                        break;
                    }
                }
            }
            if (!entry) {
                tables.read(section, entries);
            }
            details.read(section, entries);
            if (entries.size() > before) {
                producing.add(section);
            }
        }
        Unclaimed.report(reading, producing, entries);
        return entries;
    }

    static List<Inline> join(List<List<Inline>> lines) {
        var out = new ArrayList<Inline>();
        for (List<Inline> line : lines) {
            if (!out.isEmpty()) {
                out.add(new Inline.LineBreak());
            }
            out.addAll(line);
        }
        return out;
    }

    /** UserErrorSkuNotAvailable, BCMV2VMNotFound: a code by its shape. */
    static boolean isCode(String token) {
        return CodeTokens.isNamedCode(token);
    }

    static void splitCodes(String value, List<String> codes, List<String> numeric) {
        for (CodeTokens.Token t : CodeTokens.scan(value)) {
            if (t.kind() == CodeTokens.Kind.NUMBER) {
                if (t.text().length() >= 5 && !numeric.contains(t.text())) {
                    numeric.add(t.text());
                }
            } else if (!codes.contains(t.text())) {
                codes.add(t.text());
            }
        }
    }

}
