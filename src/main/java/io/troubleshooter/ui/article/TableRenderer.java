package io.troubleshooter.ui.article;

import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;

import java.util.List;
import java.util.function.Function;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.text.TextFlow;

/**
 * A Markdown table as a grid whose columns share the available width in proportion to how much
 * they hold, so a wide table wraps its cells instead of running past the page.
 */
final class TableRenderer {

    private static final int MIN_WEIGHT = 8;
    private static final int MAX_WEIGHT = 90;

    private TableRenderer() {
    }

    static GridPane render(Block.Table table, Function<List<Inline>, TextFlow> cells) {
        int columns = columns(table);
        var grid = new GridPane();
        grid.getStyleClass().add("md-table");
        grid.setMaxWidth(Double.MAX_VALUE);
        double[] weights = weights(table, columns);
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        for (int c = 0; c < columns; c++) {
            var constraints = new ColumnConstraints();
            constraints.setPercentWidth(100 * weights[c] / total);
            constraints.setHgrow(Priority.ALWAYS);
            constraints.setFillWidth(true);
            grid.getColumnConstraints().add(constraints);
        }
        int row = 0;
        if (!table.header().isEmpty()) {
            addRow(grid, row++, table.header(), columns, cells, "md-table-header");
        }
        for (List<List<Inline>> cellsOfRow : table.rows()) {
            addRow(grid, row, cellsOfRow, columns, cells, row % 2 == 0 ? "md-table-row-even" : "md-table-row-odd");
            row++;
        }
        return grid;
    }

    private static void addRow(GridPane grid, int row, List<List<Inline>> content, int columns,
                               Function<List<Inline>, TextFlow> cells, String rowStyle) {
        for (int c = 0; c < columns; c++) {
            TextFlow cell = cells.apply(c < content.size() ? content.get(c) : List.of());
            cell.getStyleClass().addAll("md-table-cell", rowStyle);
            if (c == 0) {
                cell.getStyleClass().add("md-table-first");
            }
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setMaxHeight(Double.MAX_VALUE);
            grid.add(cell, c, row);
        }
    }

    private static int columns(Block.Table table) {
        int columns = table.header().size();
        for (var row : table.rows()) {
            columns = Math.max(columns, row.size());
        }
        return Math.max(columns, 1);
    }

    /** The longest text of each column, bounded so that no column is starved or takes everything. */
    private static double[] weights(Block.Table table, int columns) {
        double[] weights = new double[columns];
        for (int c = 0; c < columns; c++) {
            int longest = c < table.header().size() ? Inline.plain(table.header().get(c)).length() : 0;
            for (var row : table.rows()) {
                if (c < row.size()) {
                    longest = Math.max(longest, Inline.plain(row.get(c)).length());
                }
            }
            weights[c] = Math.clamp(longest, MIN_WEIGHT, MAX_WEIGHT);
        }
        return weights;
    }
}
