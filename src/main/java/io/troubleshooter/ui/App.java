package io.troubleshooter.ui;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.incident.DataFolder;
import io.troubleshooter.ui.i18n.I18n;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop window: shown first, then filled with the articles loaded in the background. */
public class App extends Application {

    @Override
    public void start(Stage stage) {
        var settings = Settings.load(DataFolder.resolve().resolve("settings.properties"));
        var i18n = new I18n(Locale.ENGLISH);
        Theme.apply(settings.dark().get());
        settings.dark().addListener((obs, old, dark) -> Theme.apply(dark));
        var model = new MainViewModel(settings);
        var view = new MainView(model, i18n, url -> getHostServices().showDocument(url));
        var scene = new Scene(view, settings.width().get(), settings.height().get());
        scene.getStylesheets().addAll(Theme.stylesheets());
        stage.titleProperty().bind(i18n.text("app.title"));
        stage.setScene(scene);
        WindowBounds.restore(stage, settings);
        stage.show();
        load(model);
    }

    /** Reads the shipped articles off the UI thread so the window is up at once. */
    static void load(MainViewModel model) {
        Thread.ofPlatform().daemon().name("content-loader").start(() -> {
            try {
                Catalog catalog = Catalog.loadShipped();
                Platform.runLater(() -> model.setCatalog(catalog, App::search));
            } catch (RuntimeException e) {
                Platform.runLater(() -> model.failed(e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        });
    }

    static Function<String, List<ErrorEntry>> search(List<ErrorEntry> entries) {
        return query -> {
            String q = query.toLowerCase(Locale.ROOT);
            return entries.stream().filter(e -> String.join(" ", e.codes()).toLowerCase(Locale.ROOT).contains(q)
                    || e.message().toLowerCase(Locale.ROOT).contains(q)).toList();
        };
    }
}
