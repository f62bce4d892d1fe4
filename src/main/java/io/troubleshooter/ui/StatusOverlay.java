package io.troubleshooter.ui;

import io.troubleshooter.ui.i18n.I18n;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** While the articles load, and if they cannot be: a message over the window instead of an empty list. */
final class StatusOverlay extends VBox {

    StatusOverlay(MainViewModel model, I18n i18n) {
        super(12);
        setId("status-overlay");
        getStyleClass().add("status-overlay");
        var spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        var message = new Label();
        message.setWrapText(true);
        message.setMaxWidth(520);
        getChildren().addAll(spinner, message);

        visibleProperty().bind(model.statusProperty().isNotEqualTo(MainViewModel.Status.READY));
        spinner.visibleProperty().bind(model.statusProperty().isEqualTo(MainViewModel.Status.LOADING));
        message.textProperty().bind(Bindings.createStringBinding(() -> switch (model.statusProperty().get()) {
            case LOADING -> i18n.get("status.loading");
            case FAILED -> i18n.get("status.failed", model.failureProperty().get());
            case READY -> "";
        }, model.statusProperty(), model.failureProperty(), i18n.localeProperty()));
    }
}
