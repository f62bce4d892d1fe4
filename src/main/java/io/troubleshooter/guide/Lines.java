package io.troubleshooter.guide;

import io.troubleshooter.content.Inline;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/** Paragraphs seen as the lines the author wrote, and the links inside them. */
final class Lines {

    private Lines() {
    }

    static List<List<Inline>> of(List<Inline> inlines) {
        var lines = new ArrayList<List<Inline>>();
        var current = new ArrayList<Inline>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.LineBreak || inline instanceof Inline.SoftBreak) {
                if (!current.isEmpty()) {
                    lines.add(List.copyOf(current));
                }
                current = new ArrayList<>();
            } else if (inline instanceof Inline.Strong s && s.children().stream()
                    .anyMatch(c -> c instanceof Inline.LineBreak || c instanceof Inline.SoftBreak)) {
                for (List<Inline> inner : of(s.children())) {
                    current.add(new Inline.Strong(inner, s.line()));
                    lines.add(List.copyOf(current));
                    current = new ArrayList<>();
                }
            } else {
                current.add(inline);
            }
        }
        if (!current.isEmpty()) {
            lines.add(List.copyOf(current));
        }
        return lines;
    }

    /** The first link in the line, looking inside bold and italics. */
    static Inline.@Nullable Link firstLink(List<Inline> line) {
        for (Inline inline : line) {
            switch (inline) {
                case Inline.Link l -> {
                    return l;
                }
                case Inline.Strong s -> {
                    Inline.Link inner = firstLink(s.children());
                    if (inner != null) {
                        return inner;
                    }
                }
                case Inline.Emphasis e -> {
                    Inline.Link inner = firstLink(e.children());
                    if (inner != null) {
                        return inner;
                    }
                }
                default -> { }
            }
        }
        return null;
    }

    static List<String> boldTexts(List<Inline> inlines) {
        var out = new ArrayList<String>();
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Strong s) {
                out.add(Inline.plain(s.children()));
            }
        }
        return out;
    }
}
