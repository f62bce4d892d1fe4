package io.troubleshooter.ui.incident;

import io.troubleshooter.incident.IncidentSummary;
import io.troubleshooter.ui.i18n.I18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.function.Consumer;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The incidents on this machine, newest first, open and closed, with a filter; picking one opens it. */
public final class IncidentsDialog extends Dialog<IncidentSummary> {

    public IncidentsDialog(IncidentViewModel model, I18n i18n, Window owner, Runnable importFile) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(i18n.get("incident.list.title"));
        setHeaderText(null);
        setResizable(true);
        var open = new ButtonType(i18n.get("incident.list.open"), ButtonBar.ButtonData.OK_DONE);
        var importButton = new ButtonType(i18n.get("incident.list.import"), ButtonBar.ButtonData.LEFT);
        var close = new ButtonType(i18n.get("incident.list.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(open, importButton, close);
        model.refresh();

        var filter = new TextField();
        filter.setId("incident-filter");
        filter.setPromptText(i18n.get("incident.list.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        var list = new ListView<>(model.incidents());
        list.setId("incident-list");
        list.setPrefSize(640, 420);
        var when = new DateTimeFormatterBuilder().appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .toFormatter(i18n.locale()).withZone(ZoneId.systemDefault());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(IncidentSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.get(item.open() ? "incident.list.row.open"
                        : "incident.list.row.closed", item.reference(), item.vmName(), item.codes().isEmpty() ? item.errorKey() : String.join(" / ", item.codes()),
                        when.format(item.created())));
            }
        });
        list.setPlaceholder(new Label(i18n.get("incident.list.empty")));
        var content = new VBox(8, filter, list);
        if (!model.moved().isEmpty()) {
            var moved = new Label(i18n.get("incident.list.moved", model.moved().size(),
                    model.moved().getFirst().message()));
            moved.setWrapText(true);
            moved.getStyleClass().add("incident-moved");
            content.getChildren().add(moved);
        }
        if (model.problemProperty().get() != null) {
            var problem = new Label(model.problemProperty().get());
            problem.setWrapText(true);
            problem.getStyleClass().add("incident-problem");
            content.getChildren().add(problem);
        }
        getDialogPane().setContent(content);
        getDialogPane().lookupButton(open).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                setResult(list.getSelectionModel().getSelectedItem());
                close();
            }
        });
        setResultConverter(button -> {
            if (button == importButton) {
                importFile.run();
                return null;
            }
            return button == open ? list.getSelectionModel().getSelectedItem() : null;
        });
    }

    public void ask(Consumer<IncidentSummary> chosen) {
        showAndWait().ifPresent(chosen);
    }
}
