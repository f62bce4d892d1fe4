package io.troubleshooter.ui;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.ui.i18n.I18n;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The main window at 1280x800 in English and the light theme, with settings and incidents in a folder of its
 * own and the content already loaded: what the measuring probes, the screenshot tour and the window tests open.
 */
public final class PlainWindow {

    public record Opened(MainViewModel model, MainView view, Scene scene) { }

    private PlainWindow() {
    }

    public static Opened show(Stage stage, Path settingsFile, Catalog catalog, Consumer<String> browser) {
        Theme.apply(false);
        var settings = Settings.load(settingsFile);
        settings.language().set("en");
        settings.dark().addListener((obs, old, dark) -> Theme.apply(dark));
        var model = new MainViewModel(settings);
        var view = new MainView(model, I18n.english(), browser);
        model.setCatalog(catalog, App::search);
        var scene = new Scene(view, 1280, 800);
        scene.getStylesheets().addAll(Theme.stylesheets());
        stage.setScene(scene);
        stage.show();
        return new Opened(model, view, scene);
    }
}
