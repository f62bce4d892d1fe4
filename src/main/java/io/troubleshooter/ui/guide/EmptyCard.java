package io.troubleshooter.ui.guide;

import io.troubleshooter.ui.i18n.I18n;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Shown before any error is chosen: how to start. */
final class EmptyCard extends VBox {

    EmptyCard(I18n i18n) {
        super(8);
        getStyleClass().addAll("empty-card");
        var title = new Label();
        title.getStyleClass().add("title-3");
        title.setGraphic(new FontIcon("mdi2m-magnify"));
        title.textProperty().bind(i18n.text("guide.empty.title"));
        var hint = new Label();
        hint.setWrapText(true);
        hint.textProperty().bind(i18n.text("guide.empty.hint"));
        getChildren().addAll(title, hint);
    }
}
