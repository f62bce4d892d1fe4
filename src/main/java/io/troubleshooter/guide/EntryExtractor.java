package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.content.Problem;
import io.troubleshooter.content.Section;
import io.troubleshooter.content.Terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the error entries of an article: sections with error codes, sections that list causes by
 * anchor, symptom sections followed by numbered causes, and rows of error tables.
 */
public final class EntryExtractor {

    private static final Pattern NUMERIC_ID = Pattern.compile("^\\d{5,7}$");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201C\u201D]([^\"\u201C\u201D]{12,})[\"\u201C\u201D]");

    public record Extraction(List<ErrorEntry> entries, List<Problem> problems) { }

    private final Terms terms;
    private final Article article;
    private final CauseBuilder causes;
    private final Map<String, Cause> byAnchor = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Pattern codeLabel;
    private final Pattern messageLabel;
    private final Pattern causeNumber;
    private final Pattern stepNumber;

    private EntryExtractor(Terms terms, Article article) {
        this.terms = terms;
        this.article = article;
        this.causes = new CauseBuilder(terms, article);
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.codeLabel = Pattern.compile("^\\s*" + terms.regex(Terms.Key.ERROR_CODE) + "\\s*:?\\s*(.*)$", flags);
        this.messageLabel = Pattern.compile("^\\s*" + terms.regex(Terms.Key.ERROR_MESSAGE) + "\\s*:?\\s*(.*)$", flags);
        this.causeNumber = Pattern.compile("^\\s*" + terms.regex(Terms.Key.CAUSE) + "\\s*(\\d+)\\s*:", flags);
        this.stepNumber = Pattern.compile("^\\s*" + terms.regex(Terms.Key.STEP) + "\\s*(\\d+)\\s*:", flags);
    }

    public static Extraction extract(Article article, Terms terms) {
        var extractor = new EntryExtractor(terms, article);
        try {
            return new Extraction(extractor.run(), List.copyOf(extractor.problems));
        } catch (RuntimeException e) {
            extractor.problems.add(Problem.error(article.path(), 1, "Error entries could not be read: " + e));
            return new Extraction(List.of(), List.copyOf(extractor.problems));
        }
    }

    private List<ErrorEntry> run() {
        var entries = new ArrayList<ErrorEntry>();
        for (Section section : article.sections()) {
            if (section.level() >= 2 && !isCauseHeading(section) && !terms.is(Terms.Key.SOLUTION, section.title())) {
                ErrorEntry entry = entry(section);
                if (entry != null) {
                    entries.add(entry);
                }
            }
            new TableEntries(terms, article).read(section, entries);
        }
        return entries;
    }

    private boolean isCauseHeading(Section s) {
        return causeNumber.matcher(s.title()).find();
    }

    private record Labels(List<String> codes, List<String> numericIds, List<String> messages, List<Block> rest) { }

    private ErrorEntry entry(Section section) {
        Labels labels = labels(section);
        var codes = new LinkedHashSet<String>();
        var numeric = new LinkedHashSet<String>();
        headingCodes(section.title(), codes, numeric);
        codes.addAll(labels.codes());
        numeric.addAll(labels.numericIds());
        List<CauseRef> refs = causeRefs(section);
        boolean symptom = "symptom".equalsIgnoreCase(section.anchor()) || terms.is(Terms.Key.SYMPTOM, section.title());
        if (codes.isEmpty() && refs.isEmpty() && !symptom) {
            return null;
        }
        var messages = new ArrayList<>(labels.messages());
        List<Block> rest = labels.rest();
        List<Cause> entryCauses;
        if (!refs.isEmpty()) {
            entryCauses = refs.stream().map(r -> linked(r, section)).toList();
            rest = withoutRefLines(rest);
        } else if (symptom) {
            messages.addAll(symptomMessages(section));
            entryCauses = siblingCauses(section);
        } else {
            Stages.Read read = new Stages(terms, stepNumber).read(section.anchor(), rest, causes);
            entryCauses = read.causes();
            rest = read.description();
        }
        if (messages.isEmpty() && codes.isEmpty()) {
            messages.add(section.title());
        }
        return new ErrorEntry(section.anchor(), List.copyOf(codes), List.copyOf(numeric), List.copyOf(messages),
                headingMessage(section.title()), List.copyOf(rest), List.copyOf(entryCauses), article.id(),
                article.locale(), article.version(), article.path(), section.line());
    }

    private Labels labels(Section section) {
        var codes = new ArrayList<String>();
        var numeric = new ArrayList<String>();
        var messages = new ArrayList<String>();
        var rest = new ArrayList<Block>();
        for (Block block : section.blocks()) {
            if (!(block instanceof Block.Paragraph p)) {
                rest.add(block);
                continue;
            }
            var kept = new ArrayList<List<Inline>>();
            boolean labelled = false;
            for (List<Inline> line : Lines.of(p.inlines())) {
                String text = Inline.plain(line);
                Matcher code = codeLabel.matcher(text);
                Matcher message = messageLabel.matcher(text);
                if (code.matches()) {
                    labelled = true;
                    String value = code.group(1);
                    Matcher typo = messageLabel.matcher(value);
                    if (typo.matches()) {
                        value = typo.group(1);
                    }
                    int colon = value.indexOf(':');
                    if (colon > 0 && typo.matches()) {
                        messages.add(value.substring(colon + 1).strip());
                        value = value.substring(0, colon);
                    }
                    splitCodes(value, codes, numeric);
                } else if (message.matches()) {
                    labelled = true;
                    messages.add(message.group(1).strip());
                } else if (labelled && kept.isEmpty() && !text.isBlank() && text.length() < 160) {
                    messages.add(text.strip());
                } else {
                    kept.add(line);
                }
            }
            if (!labelled) {
                rest.add(block);
            } else if (!kept.isEmpty()) {
                rest.add(new Block.Paragraph(join(kept), p.line()));
            }
        }
        return new Labels(codes, numeric, messages, rest);
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

    private static void headingCodes(String title, LinkedHashSet<String> codes, LinkedHashSet<String> numeric) {
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return;
        }
        var found = new ArrayList<String>();
        var ids = new ArrayList<String>();
        for (String token : title.substring(0, colon).split("[/,\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (isCode(token)) {
                found.add(token);
            } else if (NUMERIC_ID.matcher(token).matches()) {
                ids.add(token);
            } else {
                return;
            }
        }
        if (!found.isEmpty()) {
            codes.addAll(found);
            numeric.addAll(ids);
        }
    }

    static void splitCodes(String value, List<String> codes, List<String> numeric) {
        for (String token : value.split("[/,;\\s]+")) {
            String t = token.replaceAll("[^A-Za-z0-9]", "");
            if (isCode(t) && !codes.contains(t)) {
                codes.add(t);
            } else if (NUMERIC_ID.matcher(t).matches() && !numeric.contains(t)) {
                numeric.add(t);
            }
        }
    }

    /** UserErrorSkuNotAvailable, BCMV2VMNotFound: one word, several capitals, some lower case. */
    static boolean isCode(String token) {
        if (token.length() < 6 || !token.matches("[A-Za-z][A-Za-z0-9]+")) {
            return false;
        }
        long upper = token.chars().filter(Character::isUpperCase).count();
        return upper >= 2 && token.chars().anyMatch(Character::isLowerCase) && Character.isUpperCase(token.charAt(0));
    }

    private static String headingMessage(String title) {
        int colon = title.indexOf(':');
        var codes = new LinkedHashSet<String>();
        headingCodes(title, codes, new LinkedHashSet<>());
        return codes.isEmpty() || colon < 0 ? title : title.substring(colon + 1).strip();
    }

    record CauseRef(int number, String title, String anchor) { }

    private List<CauseRef> causeRefs(Section section) {
        var refs = new ArrayList<CauseRef>();
        for (Block block : section.blocks()) {
            if (block instanceof Block.Paragraph p) {
                for (List<Inline> line : Lines.of(p.inlines())) {
                    addRef(line, refs);
                }
            }
        }
        for (Section sub : article.subtree(section)) {
            addRef(sub.heading(), refs);
        }
        if (refs.isEmpty()) {
            for (Block block : section.blocks()) {
                if (block instanceof Block.Paragraph p) {
                    for (List<Inline> line : Lines.of(p.inlines())) {
                        addStageRef(line, refs);
                    }
                }
            }
        }
        return refs;
    }

    private void addRef(List<Inline> line, List<CauseRef> refs) {
        Matcher m = causeNumber.matcher(Inline.plain(line));
        Inline.Link link = Lines.firstLink(line);
        if (m.find() && link != null && link.url().startsWith("#")) {
            refs.add(new CauseRef(Integer.parseInt(m.group(1)), CauseBuilder.linkText(link), link.url().substring(1)));
        }
    }

    private void addStageRef(List<Inline> line, List<CauseRef> refs) {
        Matcher m = stepNumber.matcher(Inline.plain(line));
        Inline.Link link = Lines.firstLink(line);
        if (m.find() && link != null && link.url().startsWith("#")) {
            refs.add(new CauseRef(-Integer.parseInt(m.group(1)), CauseBuilder.linkText(link), link.url().substring(1)));
        }
    }

    private List<Block> withoutRefLines(List<Block> blocks) {
        var out = new ArrayList<Block>();
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                var kept = Lines.of(p.inlines()).stream().filter(line -> {
                    String text = Inline.plain(line);
                    return !(causeNumber.matcher(text).find() || stepNumber.matcher(text).find())
                            || Lines.firstLink(line) == null;
                }).toList();
                if (!kept.isEmpty()) {
                    out.add(new Block.Paragraph(join(kept), p.line()));
                }
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private Cause linked(CauseRef ref, Section from) {
        Cause.Kind kind = ref.number() < 0 ? Cause.Kind.STAGE : Cause.Kind.CAUSE;
        return byAnchor.computeIfAbsent(ref.anchor(), anchor -> article.section(anchor)
                .map(target -> causes.fromSection(target, kind, target.title()))
                .orElseGet(() -> {
                    problems.add(Problem.warning(article.path(), from.line(),
                            "Cause link #" + anchor + " points to no section of this article."));
                    return new Cause(anchor, kind, ref.title(), List.of(), List.of(), List.of(), List.of(), anchor,
                            from.line());
                }));
    }

    private List<String> symptomMessages(Section section) {
        var out = new ArrayList<String>();
        for (Block block : section.blocks()) {
            if (block instanceof Block.Paragraph p) {
                Lines.boldTexts(p.inlines()).stream().filter(t -> t.length() > 20).forEach(out::add);
                Matcher q = QUOTED.matcher(p.text());
                while (q.find()) {
                    out.add(q.group(1).strip());
                }
            }
        }
        return out;
    }

    private List<Cause> siblingCauses(Section symptom) {
        var out = new ArrayList<Cause>();
        List<Section> all = article.sections();
        for (int i = article.indexOf(symptom) + 1; i < all.size(); i++) {
            Section s = all.get(i);
            if (s.level() < symptom.level()) {
                break;
            }
            if (s.level() == symptom.level() && isCauseHeading(s)) {
                String title = CauseBuilder.withoutNumberPrefix(s.title(), terms, Terms.Key.CAUSE);
                out.add(byAnchor.computeIfAbsent(s.anchor(), a -> causes.fromSection(s, Cause.Kind.CAUSE, title)));
            }
        }
        return out;
    }
}
