package io.troubleshooter.content;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** Block content of an article section. Every block knows the source line it starts on. */
public sealed interface Block extends Serializable {

    int line();

    /** {@code text} is the paragraph as plain text, worked out once. */
    record Paragraph(List<Inline> inlines, int line, String text) implements Block {
        public Paragraph(List<Inline> inlines, int line) {
            this(inlines, line, Inline.plain(inlines));
        }
    }

    record ListBlock(boolean ordered, int start, List<Item> items, int line) implements Block { }

    record Item(List<Block> blocks, int line) implements Serializable { }

    record CodeBlock(String info, String code, int line) implements Block { }

    record Table(List<List<Inline>> header, List<List<List<Inline>>> rows, int line) implements Block { }

    /** {@code > [!NOTE]}, {@code > [AZURE.WARNING]} and friends. */
    record Alert(AlertKind kind, List<Block> blocks, int line) implements Block { }

    record Quote(List<Block> blocks, int line) implements Block { }

    /** An {@code [!INCLUDE]}: its blocks when the include is shipped, otherwise none and {@code available == false}. */
    record Include(String target, boolean available, List<Block> blocks, int line) implements Block { }

    /** A heading that is not a section boundary (inside a list or quote). */
    record SubHeading(int level, List<Inline> inlines, int line) implements Block { }

    record Rule(int line) implements Block { }

    enum AlertKind {
        NOTE, TIP, IMPORTANT, WARNING, CAUTION;

        public static AlertKind parse(String word) {
            return switch (word.toUpperCase(Locale.ROOT)) {
                case "TIP" -> TIP;
                case "IMPORTANT" -> IMPORTANT;
                case "WARNING" -> WARNING;
                case "CAUTION" -> CAUTION;
                default -> NOTE;
            };
        }
    }
}
