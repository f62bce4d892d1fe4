package io.troubleshooter.ui;

import io.troubleshooter.ui.i18n.I18n;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shown while an incident is open and the error on screen is not part of it: says so, so nothing done here is
 * taken for the incident's; offers to add it to the incident, with what was done on it, or to go back.
 */
final class IncidentBar extends HBox {

    IncidentBar(MainViewModel model, I18n i18n) {
        super(10);
        setId("incident-bar");
        getStyleClass().add("incident-bar");
        var message = new Label();
        message.setId("incident-bar-message");
        message.setWrapText(true);
        message.setGraphic(new FontIcon("mdi2i-information-outline"));
        message.textProperty().bind(i18n.text("incident.bar.outside"));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        var add = new Button();
        add.setId("incident-bar-add");
        add.textProperty().bind(i18n.text("incident.bar.add"));
        add.setOnAction(e -> model.addToIncident());
        var back = new Button();
        back.setId("incident-bar-back");
        back.textProperty().bind(i18n.text("incident.bar.back"));
        back.setOnAction(e -> model.backToIncident());
        getChildren().addAll(message, add, back);
        visibleProperty().bind(model.outsideIncidentProperty());
        managedProperty().bind(visibleProperty());
    }
}
