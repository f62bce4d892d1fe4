package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Problem;
import io.troubleshooter.content.Section;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the recognisers share while they read one article: its section tree, the sections already claimed
 * as part of an entry, the label roles of each group of siblings, the causes met so far (a cause linked from
 * several errors is one cause) and the problems found.
 */
final class Reading {

    final Article article;
    final Terms terms;
    final CauseBuilder causes;
    final EntryBuilder entries;
    final Map<String, Cause> byAnchor = new HashMap<>();
    /** "Cause 1:", "Causa 2:" at the start of a line or heading. */
    final Pattern causeNumber;
    /** "Step 1:", "Paso 2:" at the start of a line. */
    final Pattern stepNumber;
    final List<Problem> problems = new ArrayList<>();
    private final Map<Section, List<Section>> children = new IdentityHashMap<>();
    private final Map<Section, Section> parents = new IdentityHashMap<>();
    private final Set<Section> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Section, LabelRoles> roles = new IdentityHashMap<>();
    private final List<Section> topLevel = new ArrayList<>();
    private final Map<Section, Integer> index = new IdentityHashMap<>();
    private final Map<Section, CodeHeadingRecognizer.Heading> headings = new IdentityHashMap<>();
    private LabelRoles topRoles;

    private static final Pattern NUMBERED = Pattern.compile("^(\\p{L}[\\p{L} ]*?)\\s*(\\d+)(?:\\s|[:.：)-]|$)");

    Reading(Article article, Terms terms) {
        this.article = article;
        this.terms = terms;
        this.causes = new CauseBuilder(terms, article);
        this.entries = new EntryBuilder(this);
        this.causeNumber = CauseLinkRecognizer.numbered(terms, Terms.Key.CAUSE);
        this.stepNumber = CauseLinkRecognizer.numbered(terms, Terms.Key.STEP);
        var stack = new ArrayList<Section>();
        for (Section s : article.sections()) {
            index.put(s, index.size());
            while (!stack.isEmpty() && stack.getLast().level() >= s.level()) {
                stack.removeLast();
            }
            if (stack.isEmpty()) {
                topLevel.add(s);
            } else {
                parents.put(s, stack.getLast());
                children.computeIfAbsent(stack.getLast(), k -> new ArrayList<>()).add(s);
            }
            stack.add(s);
        }
    }

    /** The sections below {@code s} up to the next heading of its level or higher. */
    List<Section> subtree(Section s) {
        Integer start = index.get(s);
        if (start == null) {
            return List.of();
        }
        var all = article.sections();
        int end = start + 1;
        while (end < all.size() && all.get(end).level() > s.level()) {
            end++;
        }
        return all.subList(start + 1, end);
    }

    Section parent(Section s) {
        return parents.get(s);
    }

    /** The codes of {@code s}'s heading and the message it gives, read once per section. */
    CodeHeadingRecognizer.Heading heading(Section s) {
        return headings.computeIfAbsent(s, x -> CodeHeadingRecognizer.heading(x.title()));
    }

    List<Section> children(Section s) {
        return children.getOrDefault(s, List.of());
    }

    List<Section> siblings(Section s) {
        Section parent = parents.get(s);
        return parent == null ? topLevel : children(parent);
    }

    /** Label roles of {@code s} and its siblings, worked out once per group. */
    LabelRoles roles(Section s) {
        Section parent = parents.get(s);
        if (parent == null) {
            if (topRoles == null) {
                topRoles = LabelRoles.forSiblings(topLevel, terms);
            }
            return topRoles;
        }
        return roles.computeIfAbsent(parent, p -> LabelRoles.forSiblings(children(p), terms));
    }

    void claim(Section s) {
        claimed.add(s);
        subtree(s).forEach(claimed::add);
    }

    boolean claimed(Section s) {
        return claimed.contains(s);
    }

    /** Direct children whose headings are numbered in order ("Step 1", "手順 2", "Paso 3"): escalation stages. */
    List<Section> numberedChildren(Section s) {
        var kids = children(s);
        if (kids.size() < 2) {
            return List.of();
        }
        var out = new ArrayList<Section>();
        String word = null;
        for (Section k : kids) {
            var m = NUMBERED.matcher(k.title());
            if (!m.find()) {
                continue;
            }
            if (word == null) {
                word = m.group(1);
            }
            if (m.group(1).equalsIgnoreCase(word) && Integer.parseInt(m.group(2)) == out.size() + 1) {
                out.add(k);
            }
        }
        return out.size() >= 2 ? out : List.of();
    }
}
