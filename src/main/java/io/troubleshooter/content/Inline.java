package io.troubleshooter.content;

import java.io.Serializable;
import java.util.List;

/** Inline content of a paragraph, table cell or heading, independent of any UI toolkit. */
public sealed interface Inline extends Serializable {

    record Text(String text) implements Inline { }

    record Code(String text, int line) implements Inline { }

    record Strong(List<Inline> children, int line) implements Inline { }

    record Emphasis(List<Inline> children) implements Inline { }

    record Link(String url, List<Inline> children) implements Inline { }

    record Image(String alt, String url) implements Inline { }

    /** A line break the author asked for ({@code <br>}, two trailing spaces, a backslash). */
    record LineBreak() implements Inline { }

    /** A plain newline inside a paragraph; shown as a space. */
    record SoftBreak() implements Inline { }

    /** A {@code <li>} written as HTML inside a table cell or paragraph. */
    record ListMark() implements Inline { }

    /** An {@code <a name>} target inside running text. */
    record Anchor(String id) implements Inline { }

    static String plain(List<Inline> inlines) {
        var sb = new StringBuilder();
        appendPlain(inlines, sb);
        var out = new StringBuilder(sb.length());
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            boolean blank = c == ' ' || c == '\t';
            if (!blank || out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                out.append(blank ? ' ' : c);
            }
        }
        return out.toString().strip();
    }

    private static void appendPlain(List<Inline> inlines, StringBuilder sb) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Text t -> sb.append(t.text());
                case Code c -> sb.append(c.text());
                case Strong s -> appendPlain(s.children(), sb);
                case Emphasis e -> appendPlain(e.children(), sb);
                case Link l -> appendPlain(l.children(), sb);
                case Image i -> sb.append(i.alt());
                case LineBreak b -> sb.append('\n');
                case SoftBreak b -> sb.append(' ');
                case ListMark m -> sb.append("\n• ");
                case Anchor a -> { }
            }
        }
    }
}
