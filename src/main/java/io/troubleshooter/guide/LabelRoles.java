package io.troubleshooter.guide;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.content.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The role of each label of a group of sibling sections. The vocabulary names roles in the languages it
 * knows; a label it does not know but that repeats across the siblings is a label all the same, and its
 * place says what it holds: a value shaped like a code is the code, then message, cause, action in the order
 * troubleshooting articles give them (the last label is what to do).
 */
final class LabelRoles implements Function<String, Role> {

    private final Terms terms;
    private final Map<String, Role> structural;

    private LabelRoles(Terms terms, Map<String, Role> structural) {
        this.terms = terms;
        this.structural = structural;
    }

    static LabelRoles vocabularyOnly(Terms terms) {
        return new LabelRoles(terms, Map.of());
    }

    @Override
    public Role apply(String label) {
        Role known = Role.of(label, terms);
        return known != Role.OTHER ? known : structural.getOrDefault(key(label), Role.OTHER);
    }

    private record Seen(int sections, double position, int codeValues, int values) { }

    /** Roles for the labels of {@code siblings}: the vocabulary's, and those of labels repeated across them. */
    static LabelRoles forSiblings(List<Section> siblings, Terms terms) {
        var seen = new LinkedHashMap<String, Seen>();
        for (Section s : siblings) {
            var labels = labels(s.blocks());
            var once = new HashMap<String, Integer>();
            for (int i = 0; i < labels.size(); i++) {
                once.putIfAbsent(key(labels.get(i).label()), i);
            }
            for (var e : once.entrySet()) {
                LabelLine l = labels.get(e.getValue());
                boolean code = CodeTokens.codes(l.valueText()).size() == 1
                        && l.valueText().strip().split("\\s+").length <= 2;
                seen.merge(e.getKey(), new Seen(1, (double) e.getValue() / Math.max(1, labels.size()), code ? 1 : 0, 1),
                        (a, b) -> new Seen(a.sections() + b.sections(), a.position() + b.position(),
                                a.codeValues() + b.codeValues(), a.values() + b.values()));
            }
        }
        var unknown = new ArrayList<String>();
        var structural = new HashMap<String, Role>();
        boolean messageNamed = false;
        for (var e : seen.entrySet()) {
            Role r = Role.of(e.getKey(), terms);
            messageNamed |= r == Role.MESSAGE;
            if (r == Role.OTHER && e.getValue().sections() >= 2 && e.getValue().sections() * 3 >= siblings.size()) {
                if (e.getValue().codeValues() * 2 > e.getValue().values()) {
                    structural.put(e.getKey(), Role.CODE);
                } else {
                    unknown.add(e.getKey());
                }
            }
        }
        unknown.sort((a, b) -> Double.compare(seen.get(a).position() / seen.get(a).sections(),
                seen.get(b).position() / seen.get(b).sections()));
        for (int i = 0; i < unknown.size(); i++) {
            Role r;
            if (i == unknown.size() - 1) {
                r = Role.ACTION;
            } else if (i == 0 && !messageNamed) {
                r = Role.MESSAGE;
            } else {
                r = Role.CAUSE;
            }
            structural.put(unknown.get(i), r);
        }
        return new LabelRoles(terms, structural);
    }

    static List<LabelLine> labels(List<Block> blocks) {
        var out = new ArrayList<LabelLine>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                for (List<Inline> line : Lines.of(p.inlines())) {
                    LabelLine.read(line).filter(l -> l.bold() || !l.valueText().isBlank()).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }
}
