package io.troubleshooter.content;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/** A pipe table; cells keep their inline content, including HTML lists and breaks. */
final class TableReader {

    private TableReader() {
    }

    static Block.Table read(TableBlock table, InlineReader inlines, int line) {
        List<List<Inline>> header = List.of();
        var rows = new ArrayList<List<List<Inline>>>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead head) {
                for (Node row = head.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow r && header.isEmpty()) {
                        header = cells(r, inlines);
                    }
                }
            } else if (part instanceof TableBody body) {
                for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow r) {
                        rows.add(cells(r, inlines));
                    }
                }
            }
        }
        return new Block.Table(header, List.copyOf(rows), line);
    }

    private static List<List<Inline>> cells(TableRow row, InlineReader inlines) {
        var cells = new ArrayList<List<Inline>>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell c) {
                cells.add(inlines.read(c));
            }
        }
        return List.copyOf(cells);
    }
}
