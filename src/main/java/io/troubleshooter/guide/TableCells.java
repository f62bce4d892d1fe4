package io.troubleshooter.guide;

import io.troubleshooter.content.Inline;

import java.util.ArrayList;
import java.util.List;

/** Table cells as the steps they hold. */
final class TableCells {

    private TableCells() {
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
