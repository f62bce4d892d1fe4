package io.troubleshooter.ui.incident;

import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.ui.i18n.I18n;

import java.util.Optional;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Asks for the ticket, the VM, the customer and notes of a new incident, and creates it. When creating fails
 * (another window has the incidents open) the dialog stays open with what was typed and says why, so nothing typed
 * is lost; Create can be pressed again. Its buttons speak the UI's language.
 */
public final class NewIncidentDialog extends Dialog<IncidentInfo> {

    private final TextField reference = new TextField();
    private final TextField vm = new TextField();
    private final TextField customer = new TextField();
    private final TextArea notes = new TextArea();
    private final Label problem = new Label();

    /**
     * @param typed  what was typed the last time, kept when that dialog was closed without an incident
     * @param create makes the incident; empty when it was made, else why not, in the UI's language
     */
    public NewIncidentDialog(I18n i18n, String errorCode, Window owner, IncidentInfo typed,
                             Function<IncidentInfo, Optional<String>> create) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(i18n.get("incident.new.title"));
        setHeaderText(i18n.get("incident.new.header", errorCode));
        var createButton = new ButtonType(i18n.get("incident.new.create"), ButtonBar.ButtonData.OK_DONE);
        var cancel = new ButtonType(i18n.get("incident.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(createButton, cancel);
        reference.setId("incident-reference");
        vm.setId("incident-vm");
        customer.setId("incident-customer");
        notes.setId("incident-notes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        problem.setId("incident-new-problem");
        problem.getStyleClass().add("incident-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(480);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        if (typed != null) {
            reference.setText(typed.reference());
            vm.setText(typed.vmName());
            customer.setText(typed.customer());
            notes.setText(typed.notes());
        }
        var grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, fieldLabel(i18n.get("incident.field.reference")), reference);
        grid.addRow(1, fieldLabel(i18n.get("incident.field.vm")), vm);
        grid.addRow(2, fieldLabel(i18n.get("incident.field.customer")), customer);
        grid.addRow(3, fieldLabel(i18n.get("incident.field.notes")), notes);
        grid.add(problem, 0, 4, 2, 1);
        getDialogPane().setContent(grid);
        var createNode = getDialogPane().lookupButton(createButton);
        createNode.disableProperty().bind(reference.textProperty().isEmpty());
        createNode.addEventFilter(ActionEvent.ACTION, e -> create.apply(typed()).ifPresent(why -> {
            problem.setText(why);
            e.consume();
        }));
        setResultConverter(button -> button == createButton ? typed() : null);
        Platform.runLater(reference::requestFocus);
    }

    /** What is in the fields now. */
    public IncidentInfo typed() {
        return new IncidentInfo(reference.getText().strip(), vm.getText().strip(), customer.getText().strip(),
                notes.getText());
    }

    /** Shows the dialog; the incident made, or empty when it was closed without one. */
    public Optional<IncidentInfo> ask() {
        return showAndWait();
    }

    /** A field's name is read in full in every language: its column takes the width the longest one needs. */
    private static Label fieldLabel(String text) {
        var label = new Label(text);
        label.getStyleClass().add("incident-field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
