package io.troubleshooter.ui;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.incident.IncidentInfo;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Takes the README's screenshots from a real window: Guide, Flowchart and Article for two errors, light and
 * dark, and an incident's checklist beside the Guide after a switch to Portuguese. Run under a display (Xvfb: {@code xvfb-run -s "-screen 0 1280x800x24"}) with the test classpath;
 * main class {@code ScreenshotTour$Main}, the first argument is the output folder.
 */
public final class ScreenshotTour extends Application {

    private static Path out;

    /** The entry point, apart from the Application class as JavaFX on the classpath requires. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
            Application.launch(ScreenshotTour.class);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("tour");
        var window = PlainWindow.show(stage, data.resolve("settings.properties"), Catalog.loadShipped(), url -> { });
        var model = window.model();
        var settings = model.settings();
        var scene = window.scene();

        List<Runnable> shots = new ArrayList<>();
        for (String code : List.of("ExtensionFailedVssWriterInBadState", "UserErrorGuestAgentStatusUnavailable")) {
            ErrorEntry entry = model.browse().entries().stream().filter(e -> e.codes().contains(code)).findFirst()
                    .orElseThrow();
            String name = code.equals("ExtensionFailedVssWriterInBadState") ? "vsswriter" : "guestagent";
            shots.add(() -> model.browse().selectedProperty().set(entry));
            shots.add(() -> model.viewProperty().set(MainViewModel.View.GUIDE));
            if (name.equals("vsswriter")) {
                shots.add(() -> model.guide().answer(Answer.NOT_RESOLVED));
            }
            shots.add(() -> Shots.save(scene, out, name + "-guide"));
            shots.add(() -> model.viewProperty().set(MainViewModel.View.FLOWCHART));
            shots.add(() -> Shots.save(scene, out, name + "-flowchart"));
            shots.add(() -> model.viewProperty().set(MainViewModel.View.ARTICLE));
            shots.add(() -> { });
            shots.add(() -> Shots.save(scene, out, name + "-article"));
        }
        // An incident beside the Guide, after a switch to Portuguese: the error whose article ships in pt-BR.
        ErrorEntry timeout = model.browse().entries().stream()
                .filter(e -> e.codes().contains("UserErrorGuestAgentStatusUnavailable")).findFirst().orElseThrow();
        shots.add(() -> model.browse().selectedProperty().set(timeout));
        shots.add(() -> model.viewProperty().set(MainViewModel.View.GUIDE));
        shots.add(() -> model.newIncident(new IncidentInfo("INC-2231", "vm-sql-01",
                "Contoso", "")));
        shots.add(() -> model.guide().setDone(timeout.causes().getFirst().steps().getFirst(), true));
        shots.add(() -> model.guide().answer(Answer.NOT_RESOLVED));
        shots.add(() -> model.languageProperty().set(Locale.forLanguageTag("pt-BR")));
        shots.add(() -> Shots.save(scene, out, "incident-checklist-pt"));
        shots.add(() -> model.incidents().close());
        shots.add(() -> model.languageProperty().set(Locale.ENGLISH));
        shots.add(() -> settings.dark().set(true));
        shots.add(() -> model.viewProperty().set(MainViewModel.View.GUIDE));
        shots.add(() -> Shots.save(scene, out, "guestagent-guide-dark"));
        shots.add(() -> model.browse().queryProperty().set("vsswriter"));
        shots.add(() -> model.viewProperty().set(MainViewModel.View.FLOWCHART));
        shots.add(() -> Shots.save(scene, out, "search-flowchart-dark"));
        shots.add(Platform::exit);
        Shots.runSlowly(shots, Duration.millis(600));
    }
}
