package io.troubleshooter.ui.article;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Block;
import io.troubleshooter.content.Section;

import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The translation and the English original it was made from, paragraph beside paragraph. Both come from
 * the same side-by-side file, so their sections and blocks line up one to one.
 */
final class OriginalBeside {

    private OriginalBeside() {
    }

    /** The original's section at the same place: same anchor, and the same rank among sections so named. */
    static Optional<Section> matching(Article translation, Section section, Article original) {
        int rank = 0;
        for (Section s : translation.sections()) {
            if (s == section) {
                break;
            }
            if (s.anchor().equals(section.anchor())) {
                rank++;
            }
        }
        int seen = 0;
        for (Section s : original.sections()) {
            if (s.anchor().equals(section.anchor()) && seen++ == rank) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    static Node render(BlockRenderer renderer, List<Block> translated, List<Block> original) {
        var grid = new GridPane();
        grid.getStyleClass().add("md-beside");
        grid.setHgap(16);
        grid.setVgap(8);
        var half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        int rows = Math.max(translated.size(), original.size());
        for (int i = 0; i < rows; i++) {
            if (i < translated.size()) {
                grid.add(renderer.render(List.of(translated.get(i))), 0, i);
            }
            if (i < original.size()) {
                Node english = renderer.render(List.of(original.get(i)));
                english.getStyleClass().add("md-original");
                grid.add(english, 1, i);
            }
        }
        return grid;
    }
}
