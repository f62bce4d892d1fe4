package io.troubleshooter.ui.incident;

import io.troubleshooter.incident.IncidentSummary;
import io.troubleshooter.incident.SafeText;
import io.troubleshooter.ui.i18n.I18n;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;

import atlantafx.base.theme.Styles;

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
                setText(null);
                setGraphic(empty || item == null ? null : row(i18n, item, when));
            }
        });
        var placeholder = new Label(i18n.get("incident.list.loading"));
        placeholder.setId("incident-list-placeholder");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        var content = new VBox(8, filter, list);
        getDialogPane().setContent(content);
        // The list opens at once with what was listed before; reading the folder happens off the FX thread.
        model.refreshInBackground().thenAccept(listed -> {
            placeholder.setText(placeholderText(model, i18n, listed));
            problems(model, i18n, listed, content);
        });
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

    private static void problems(IncidentViewModel model, I18n i18n, boolean listed, VBox content) {
        if (!model.moved().isEmpty()) {
            var moved = new Label(i18n.get("incident.list.moved", model.moved().size(),
                    model.moved().getFirst().message()));
            moved.setWrapText(true);
            moved.getStyleClass().add("incident-moved");
            content.getChildren().add(moved);
        }
        if (model.problemProperty().get() != null && listed) {
            var problem = new Label(model.problemProperty().get());
            problem.setWrapText(true);
            problem.getStyleClass().add("incident-problem");
            content.getChildren().add(problem);
        }
    }

    /** One incident on two lines: what it is about, then when it was created, how it ended and how far it got. */
    static VBox row(I18n i18n, IncidentSummary item, DateTimeFormatter when) {
        var title = new Label(rowText(i18n, item, when));
        title.getStyleClass().addAll("incident-row-title", Styles.TEXT_BOLD);
        title.setWrapText(true);
        var detail = new Label(detailText(i18n, item, when));
        detail.getStyleClass().addAll("incident-row-detail", Styles.TEXT_MUTED);
        detail.setWrapText(true);
        var box = new VBox(2, title, detail);
        box.getStyleClass().add("incident-row");
        return box;
    }

    /** An incident's row: what came from its file is shown with direction overrides and controls made visible. */
    static String rowText(I18n i18n, IncidentSummary item, DateTimeFormatter when) {
        String error = String.join(", ", item.errorCodes());
        return i18n.get("incident.list.row.title",
                SafeText.line(item.reference()), SafeText.line(item.vmName()), SafeText.line(error));
    }

    /** When it was created, its outcome, and how many causes were tried. */
    static String detailText(I18n i18n, IncidentSummary item, DateTimeFormatter when) {
        String outcome = i18n.get("incident.list.outcome." + item.outcome().name().toLowerCase(Locale.ROOT));
        return i18n.get("incident.list.row.detail", item.created() == null ? "" : when.format(item.created()),
                outcome, i18n.get("incident.list.progress", item.pathCauses().size()));
    }

    /** Why the list is empty: none yet, or they are open in another window, or they could not be read. */
    static String placeholderText(IncidentViewModel model, I18n i18n, boolean listed) {
        if (listed) {
            return i18n.get("incident.list.empty");
        }
        return model.lockedProperty().get() ? i18n.get("incident.list.locked")
                : i18n.get("incident.list.unavailable", String.valueOf(model.problemProperty().get()));
    }

    public void ask(Consumer<IncidentSummary> chosen) {
        showAndWait().ifPresent(chosen);
    }
}
