package io.troubleshooter.ui.incident;

import io.troubleshooter.incident.ChecklistItem;
import io.troubleshooter.incident.Incident;
import io.troubleshooter.ui.i18n.I18n;

import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One checklist item: its state menu, its title, a flag when it is off the path, and its note, saved as typed. */
final class ChecklistRow extends HBox {

    private static final String CURRENT = "checklist-current";

    /** A row of the virtualised list: the same row shows whichever item the list gives its cell. */
    static final class Cell extends ListCell<ChecklistView.Line> {

        private final ChecklistView view;
        private final ChecklistRow row;

        Cell(ChecklistView view) {
            this.view = view;
            this.row = new ChecklistRow(view);
            // Sized to the list's width, so long titles wrap instead of scrolling sideways.
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            // The theme flattens text fields inside a .cell (meant for a cell being edited); the note is a field.
            getStyleClass().remove("cell");
            getStyleClass().add("checklist-cell");
            view.currentProperty().addListener((obs, old, now) -> markCurrent());
        }

        /**
         * The row's height at the list's width: a cell asks its graphic for its height without a width, which
         * would give wrapped titles one line and let them run into the note below.
         */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            double available = width > 0 ? width : getListView() == null ? -1 : getListView().getWidth();
            double inner = available <= 0 ? -1 : available - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + row.prefHeight(inner) + snappedBottomInset();
        }

        @Override
        protected void updateItem(ChecklistView.Line line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                row.line = null;
                setGraphic(null);
            } else {
                row.update(line);
                setGraphic(row);
            }
            markCurrent();
        }

        private void markCurrent() {
            boolean now = !isEmpty() && getIndex() == view.currentProperty().get();
            if (now != row.getStyleClass().contains(CURRENT)) {
                if (now) {
                    row.getStyleClass().add(CURRENT);
                } else {
                    row.getStyleClass().remove(CURRENT);
                }
            }
        }
    }

    private final MenuButton state = new MenuButton();
    private final Label text = new Label();
    private final Label flag = new Label();
    private final TextField note = new TextField();
    private final VBox body = new VBox(2, text, note);
    private final I18n i18n;
    private final ListView<?> list;
    private ChecklistView.Line line;
    private String statusClass;
    private boolean filling;

    private ChecklistRow(ChecklistView view) {
        super(6);
        this.i18n = view.i18n();
        this.list = view.rows();
        state.getStyleClass().addAll("checklist-state", "flat");
        for (ChecklistItem.State s : ChecklistItem.State.values()) {
            var choice = new MenuItem();
            choice.textProperty().bind(Bindings.concat(symbol(s), "  ",
                    i18n.text("checklist.state." + s.name().toLowerCase(Locale.ROOT))));
            choice.setOnAction(e -> {
                if (line != null) {
                    view.setState(line.item(), s);
                }
            });
            state.getItems().add(choice);
        }
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        note.promptTextProperty().bind(i18n.text("checklist.note"));
        note.getStyleClass().add("checklist-note");
        // Saved as typed (the auto-saver writes it within a second), not only on Enter or leaving the field.
        note.textProperty().addListener((obs, old, now) -> {
            if (!filling && line != null) {
                view.note(line.item(), now);
            }
        });
        flag.getStyleClass().add("checklist-flag");
        flag.setWrapText(true);
        HBox.setHgrow(body, Priority.ALWAYS);
        getChildren().addAll(state, body);
        getStyleClass().add("checklist-item");
    }

    private void update(ChecklistView.Line next) {
        boolean sameItem = line != null && line.item().nodeId().equals(next.item().nodeId());
        if (!sameItem && note.isFocused()) {
            // Scrolled away while typing: what was typed is saved, and the next keys must not go to another item.
            list.requestFocus();
        }
        line = next;
        ChecklistItem item = next.item();
        state.setId("state-" + item.nodeId());
        state.setText(symbol(item.state()));
        text.setText(next.title());
        swap(text.getStyleClass(), item.causeItem() ? "checklist-step" : "checklist-cause",
                item.causeItem() ? "checklist-cause" : "checklist-step");
        if (item.causeItem()) {
            getStyleClass().remove("checklist-nested");
        } else if (!getStyleClass().contains("checklist-nested")) {
            getStyleClass().add("checklist-nested");
        }
        note.setId("note-" + item.nodeId());
        // The note being typed here is the item's note already (saved as typed); leave its caret alone.
        if (!(sameItem && note.isFocused()) && !note.getText().equals(item.note())) {
            filling = true;
            try {
                note.setText(item.note());
            } finally {
                filling = false;
            }
        }
        Incident.ItemStatus status = next.status();
        String newClass = "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        swap(getStyleClass(), statusClass, newClass);
        statusClass = newClass;
        if (status == Incident.ItemStatus.ON_PATH) {
            flag.textProperty().unbind();
            body.getChildren().remove(flag);
        } else {
            flag.textProperty().bind(i18n.text("checklist.status." + status.name().toLowerCase(Locale.ROOT)));
            if (!body.getChildren().contains(flag)) {
                body.getChildren().add(1, flag);
            }
        }
    }

    private static void swap(List<String> classes, String old, String now) {
        if (old != null && !old.equals(now)) {
            classes.remove(old);
        }
        if (!classes.contains(now)) {
            classes.add(now);
        }
    }

    static String symbol(ChecklistItem.State state) {
        return switch (state) {
            case TODO -> "☐";
            case DONE -> "☑";
            case SKIPPED -> "↷";
            case NOT_APPLICABLE -> "⊘";
        };
    }
}
