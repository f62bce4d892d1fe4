package io.troubleshooter.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The error list beside the error open. The list keeps the width the user dragged it to (saved in the settings,
 * and kept when the window is resized) and can be hidden to give the error the whole width.
 */
final class ListSplit extends SplitPane {

    private static final double MIN_LIST = 200;

    private final Node list;
    private final Settings settings;
    private boolean placing;

    ListSplit(Node list, Node centre, Settings settings) {
        this.list = list;
        this.settings = settings;
        getStyleClass().add("list-split");
        getItems().addAll(list, centre);
        SplitPane.setResizableWithParent(list, false);
        widthProperty().addListener((obs, old, now) -> {
            if (old.doubleValue() <= 0 && now.doubleValue() > 0) {
                place();
            }
        });
        getDividers().getFirst().positionProperty().addListener((obs, old, now) -> remember(now.doubleValue()));
        settings.listShown().addListener((obs, old, shown) -> show(shown));
        if (!settings.listShown().get()) {
            getItems().remove(list);
        }
    }

    private void show(boolean shown) {
        if (shown && !getItems().contains(list)) {
            getItems().addFirst(list);
            getDividers().getFirst().positionProperty().addListener((obs, old, now) -> remember(now.doubleValue()));
            place();
        } else if (!shown) {
            getItems().remove(list);
        }
    }

    private void place() {
        if (getWidth() <= 0 || getItems().size() < 2) {
            return;
        }
        placing = true;
        double width = Math.clamp(settings.listWidth().get(), MIN_LIST, Math.max(MIN_LIST, getWidth() * 0.6));
        setDividerPositions(width / getWidth());
        // The split applies the position at its next layout; only then may a change come from the user.
        Platform.runLater(() -> placing = false);
    }

    private void remember(double position) {
        if (!placing && getWidth() > 0 && getItems().contains(list)) {
            settings.listWidth().set(Math.round(position * getWidth()));
        }
    }
}
