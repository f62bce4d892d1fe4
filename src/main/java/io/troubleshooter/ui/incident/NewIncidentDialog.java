package io.troubleshooter.ui.incident;

import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.ui.i18n.I18n;

import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for the ticket, the VM, the customer and notes of a new incident. Its buttons speak the UI's language. */
public final class NewIncidentDialog extends Dialog<IncidentInfo> {

    private final TextField reference = new TextField();
    private final TextField vm = new TextField();
    private final TextField customer = new TextField();
    private final TextArea notes = new TextArea();

    public NewIncidentDialog(I18n i18n, String errorCode, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(i18n.get("incident.new.title"));
        setHeaderText(i18n.get("incident.new.header", errorCode));
        var create = new ButtonType(i18n.get("incident.new.create"), ButtonBar.ButtonData.OK_DONE);
        var cancel = new ButtonType(i18n.get("incident.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(create, cancel);
        reference.setId("incident-reference");
        vm.setId("incident-vm");
        customer.setId("incident-customer");
        notes.setId("incident-notes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("incident.field.reference")), reference);
        grid.addRow(1, new Label(i18n.get("incident.field.vm")), vm);
        grid.addRow(2, new Label(i18n.get("incident.field.customer")), customer);
        grid.addRow(3, new Label(i18n.get("incident.field.notes")), notes);
        getDialogPane().setContent(grid);
        getDialogPane().lookupButton(create).disableProperty().bind(reference.textProperty().isEmpty());
        setResultConverter(button -> button == create
                ? new IncidentInfo(reference.getText().strip(), vm.getText().strip(), customer.getText().strip(),
                notes.getText())
                : null);
        Platform.runLater(reference::requestFocus);
    }

    public Optional<IncidentInfo> ask() {
        return showAndWait();
    }
}
