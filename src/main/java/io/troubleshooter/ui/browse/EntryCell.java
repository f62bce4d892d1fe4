package io.troubleshooter.ui.browse;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.ui.i18n.I18n;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** An error row (code or message, its message below, language badge) or an article heading. */
final class EntryCell extends ListCell<BrowseViewModel.Item> {

    private final BrowseViewModel model;
    private final I18n i18n;

    EntryCell(BrowseViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("entry-cell");
        // Rows take the list's width and ellipsize, instead of widening the list with a horizontal scrollbar.
        setPrefWidth(0);
    }

    /**
     * As tall as the row's words need at the width the list gives it: the cell's skin would ask its graphic for
     * its height at no width (one line), and a long title or message would be cut or run into the next row.
     */
    @Override
    protected double computePrefHeight(double width) {
        Node graphic = getGraphic();
        double available = (width >= 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
        if (graphic == null || available <= 0) {
            return super.computePrefHeight(width);
        }
        return snappedTopInset() + graphic.prefHeight(available) + snappedBottomInset();
    }

    @Override
    protected void updateItem(BrowseViewModel.Item item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("article-header");
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setMouseTransparent(false);
            return;
        }
        switch (item) {
            case BrowseViewModel.Header h -> {
                getStyleClass().add("article-header");
                var title = new Label(h.title());
                title.getStyleClass().add("article-title");
                title.setWrapText(true);
                var spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                var row = new HBox(6, title, spacer, badge(h.locale()));
                title.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(title, Priority.SOMETIMES);
                setGraphic(row);
                setMouseTransparent(true);
            }
            case BrowseViewModel.Row r -> {
                setGraphic(row(r));
                setMouseTransparent(false);
            }
        }
    }

    private VBox row(BrowseViewModel.Row r) {
        ErrorEntry e = r.entry();
        String heading = e.codes().isEmpty() ? e.title() : String.join(" / ", e.codes());
        // A code wider than the list goes on over the next line (the text breaks inside the word): it is never cut.
        var code = wrapping(heading);
        code.getStyleClass().add(e.codes().isEmpty() ? "entry-title" : "entry-code");
        code.setId("entry-code-" + e.anchor());
        HBox.setHgrow(code, Priority.ALWAYS);
        code.setMaxWidth(Double.MAX_VALUE);
        var top = new HBox(6, code, badge(e.locale()));
        var box = new VBox(2, top);
        String message = e.message();
        if (message != null && !message.equals(heading)) {
            var text = wrapping(message);
            text.getStyleClass().add("entry-message");
            box.getChildren().add(text);
        }
        if (r.ranked()) {
            var article = new Label(model.articleTitle(e));
            article.getStyleClass().add("entry-article");
            article.setMinWidth(0);
            box.getChildren().add(article);
        }
        box.setMinWidth(0);
        box.setPrefWidth(1);
        box.setAccessibleText(heading + ". " + message + ". " + i18n.languageName(e.locale()));
        return box;
    }

    private static Label wrapping(String text) {
        var label = new Label(text);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Label badge(String locale) {
        var badge = new Label(locale);
        badge.getStyleClass().add("lang-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }
}
