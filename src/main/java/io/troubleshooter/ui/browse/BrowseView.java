package io.troubleshooter.ui.browse;

import atlantafx.base.controls.CustomTextField;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.ui.i18n.I18n;

import java.util.Objects;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;

/** The left pane: the search field over the list of errors. */
public final class BrowseView extends VBox {

    private final BrowseViewModel model;
    private final CustomTextField search = new CustomTextField();
    private final ListView<BrowseViewModel.Item> list = new ListView<>();
    private final Label count = new Label();
    private boolean syncing;
    private @Nullable String listedFor = "";

    public BrowseView(BrowseViewModel model, I18n i18n) {
        this.model = model;
        getStyleClass().add("browse-view");
        setSpacing(8);

        search.setId("search");
        search.setLeft(new FontIcon("mdi2m-magnify"));
        var clear = new FontIcon("mdi2c-close-circle-outline");
        clear.getStyleClass().add("search-clear");
        clear.setCursor(Cursor.HAND);
        search.setRight(clear);
        list.setId("error-list");
        list.setCellFactory(v -> new EntryCell(model, i18n));
        list.setItems(model.items());
        var empty = new Label();
        empty.textProperty().bind(i18n.text("browse.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        count.getStyleClass().add("browse-count");
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(search, count, list);

        search.promptTextProperty().bind(i18n.text("browse.search.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("browse.count", model.count()), model.items(), i18n.localeProperty()));

        clear.setOnMouseClicked(e -> search.clear());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                selectFirstRow();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (syncing) {
                return;
            }
            if (now instanceof BrowseViewModel.Row row) {
                model.selectedProperty().set(row.entry());
            } else if (now instanceof BrowseViewModel.Header) {
                Platform.runLater(() -> list.getSelectionModel().select(old));
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> showSelected(now, true));
        // A new query shows the top of the list, where its best match is; otherwise the error open stays in view.
        model.items().addListener((ListChangeListener<BrowseViewModel.Item>) c -> {
            String query = model.queryProperty().get();
            boolean top = !Objects.equals(query, listedFor);
            listedFor = query;
            showSelected(model.selectedProperty().get(), !top);
            if (top) {
                list.scrollTo(0);
            }
        });
    }

    /** Puts the cursor in the search field with its text selected, ready to type over. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void selectFirstRow() {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof BrowseViewModel.Row) {
                list.getSelectionModel().select(i);
                return;
            }
        }
    }

    private void showSelected(ErrorEntry entry, boolean scroll) {
        syncing = true;
        try {
            int index = -1;
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i) instanceof BrowseViewModel.Row row && row.entry() == entry) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(index);
                if (scroll) {
                    list.scrollTo(Math.max(0, index - 2));
                }
            }
        } finally {
            syncing = false;
        }
    }
}
