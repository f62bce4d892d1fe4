package io.troubleshooter.ui.content;

import io.troubleshooter.ui.i18n.I18n;

import java.io.File;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Opens the Content view in a window of its own, from the main window's menu; and takes article files or folders
 * dropped onto the main window, copying them into the own articles folder and showing the Content view.
 */
public final class ContentWindow {

    private final ContentViewModel model;
    private final I18n i18n;
    private final Scene owner;
    private Stage stage;
    private ContentView view;

    private ContentWindow(Scene owner, ContentViewModel model, I18n i18n) {
        this.owner = owner;
        this.model = model;
        this.i18n = i18n;
    }

    /** Adds "Articles and sources…" to the main window's menu and lets files be dropped onto it. */
    public static ContentWindow install(Scene scene, ContentViewModel model, I18n i18n) {
        var window = new ContentWindow(scene, model, i18n);
        Node menu = scene.getRoot().lookup("#app-menu");
        if (menu instanceof MenuButton more) {
            var item = new MenuItem();
            item.setId("open-content");
            item.setGraphic(new FontIcon("mdi2f-folder-text-outline"));
            item.textProperty().bind(i18n.text("sources.menu"));
            item.setOnAction(e -> window.show());
            more.getItems().addFirst(item);
        }
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles()) {
                window.drop(e.getDragboard().getFiles());
                e.setDropCompleted(true);
                e.consume();
            }
        });
        return window;
    }

    void drop(List<File> files) {
        show();
        view.report(model.addArticles(files.stream().map(File::toPath).toList()));
    }

    public void show() {
        if (stage == null) {
            view = new ContentView(model, i18n);
            stage = new Stage();
            stage.initOwner(owner.getWindow());
            stage.titleProperty().bind(i18n.text("sources.title"));
            var scene = new Scene(view, 960, 640);
            scene.getStylesheets().addAll(owner.getStylesheets());
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }

    public ContentView view() {
        return view;
    }
}
