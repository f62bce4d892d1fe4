package io.troubleshooter.ui;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The window at 1024x640 in each language of the UI, light and dark, mid-walk: a step ticked, a command just
 * copied (its confirmation in the status bar). Run under a display like {@link ScreenshotTour}; main class
 * {@code SmallWindowShots$Main}, the first argument is the output folder.
 */
public final class SmallWindowShots extends Application {

    private static Path out;

    /** The entry point, apart from the Application class as JavaFX on the classpath requires. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
            Application.launch(SmallWindowShots.class);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("shots");
        var window = PlainWindow.show(stage, data.resolve("settings.properties"), Catalog.loadShipped(), url -> { });
        stage.setWidth(1024);
        stage.setHeight(640);
        var model = window.model();
        ErrorEntry vss = model.browse().entries().stream()
                .filter(e -> e.codes().contains("ExtensionFailedVssWriterInBadState")).findFirst().orElseThrow();
        List<Runnable> shots = new ArrayList<>();
        for (String tag : List.of("en", "es", "pt-BR")) {
            for (boolean dark : List.of(false, true)) {
                shots.add(() -> {
                    model.languageProperty().set(Locale.forLanguageTag(tag));
                    model.settings().dark().set(dark);
                    model.browse().queryProperty().set("");
                    model.browse().selectedProperty().set(vss);
                    model.viewProperty().set(MainViewModel.View.GUIDE);
                });
                shots.add(() -> {
                    var entry = model.guide().entryProperty().get();
                    if (model.guide().answers().isEmpty()) {
                        model.guide().answer(Answer.NOT_RESOLVED);
                    }
                    model.guide().goTo(1);
                    model.guide().setDone(entry.causes().get(1).steps().getFirst(), true);
                    model.copied("REG ADD \"HKLM\\SOFTWARE\\Microsoft\\BcdrAgentPersistentKeys\" /v "
                            + "SnapshotWithoutThreads /t REG_SZ /d True /f");
                });
                shots.add(() -> Shots.save(window.scene(), out, "small-" + tag + (dark ? "-dark" : "")));
            }
        }
        shots.add(() -> model.browse().queryProperty().set("net stop serviceName"));
        shots.add(() -> Shots.save(window.scene(), out, "small-search-command"));
        shots.add(Platform::exit);
        Shots.runSlowly(shots, Duration.millis(700));
    }
}
