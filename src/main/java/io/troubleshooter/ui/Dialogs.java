package io.troubleshooter.ui;

import io.troubleshooter.ui.i18n.I18n;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** The app's questions. Buttons are the app's own, so they speak the current language. */
final class Dialogs {

    private final I18n i18n;
    private final Node owner;

    Dialogs(I18n i18n, Node owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    boolean confirmEmptyPlaceholders(List<String> names) {
        var copy = new ButtonType(i18n.get("command.empty.copy"), ButtonBar.ButtonData.OK_DONE);
        var cancel = new ButtonType(i18n.get("command.empty.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        var alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("command.empty.message", String.join(", ", names)),
                copy, cancel);
        // Enter, or a reflex click on the highlighted button, must not put a half-made command on the clipboard.
        var copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        var cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        copyButton.setDefaultButton(false);
        cancelButton.setDefaultButton(true);
        alert.setOnShown(e -> cancelButton.requestFocus());
        alert.setTitle(i18n.get("command.empty.title"));
        alert.setHeaderText(i18n.get("command.empty.title"));
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        return alert.showAndWait().filter(copy::equals).isPresent();
    }
}
