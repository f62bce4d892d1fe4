package io.troubleshooter.ui;

import io.troubleshooter.ui.i18n.I18n;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

/**
 * The window's foot (ControlsFX {@link StatusBar}): the last confirmation on the left, the work going on in the
 * background (content loading) as a progress bar, and the number of errors listed on the right.
 */
final class WindowStatusBar extends StatusBar {

    WindowStatusBar(MainViewModel model, I18n i18n, Toast toast) {
        setId("status-bar");
        getStyleClass().add("window-status-bar");
        setText("");
        getLeftItems().add(toast);
        var count = new Label();
        count.setId("status-count");
        count.getStyleClass().add("status-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> model.statusProperty().get() == MainViewModel.Status.READY
                        ? i18n.get("status.entries", model.browse().entries().size()) : i18n.get("status.loading"),
                model.statusProperty(), model.browse().items(), i18n.localeProperty()));
        getRightItems().add(count);
        progressProperty().bind(Bindings.when(model.statusProperty().isEqualTo(MainViewModel.Status.LOADING))
                .then(-1.0).otherwise(0.0));
    }
}
