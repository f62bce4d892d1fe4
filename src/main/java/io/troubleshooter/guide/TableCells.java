package io.troubleshooter.guide;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.content.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Tables as their readers walk them, and cells as the steps they hold. */
final class TableCells {

    private TableCells() {
    }

    /**
     * Each table of {@code section} with the anchor its rows are keyed under: the section's for the first, then
     * {@code -table-2}, {@code -table-3}: the same whichever reader claims the rows, so ids stay stable.
     */
    static void eachTable(Section section, BiConsumer<Block.Table, String> read) {
        int n = 0;
        for (Block block : section.blocks()) {
            if (block instanceof Block.Table t) {
                n++;
                read.accept(t, section.anchor() + (n > 1 ? "-table-" + n : ""));
            }
        }
    }

    /** A cell written as {@code <ol><li>a<li>b</ol>} is several steps; otherwise the cell is one. */
    static List<List<Inline>> listItems(List<Inline> cell) {
        var parts = new ArrayList<List<Inline>>();
        var current = new ArrayList<Inline>();
        for (Inline inline : cell) {
            if (inline instanceof Inline.ListMark) {
                if (!Inline.plain(current).isBlank()) {
                    parts.add(List.copyOf(current));
                }
                current = new ArrayList<>();
            } else {
                current.add(inline);
            }
        }
        if (!Inline.plain(current).isBlank()) {
            parts.add(List.copyOf(current));
        }
        return parts;
    }
}
