package io.troubleshooter.ui.bench;

import io.troubleshooter.bench.Samples;
import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.ui.PlainWindow;
import io.troubleshooter.ui.guide.GuideViewModel;
import io.troubleshooter.ui.i18n.Languages;

import java.nio.file.Files;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Started by {@code --measure-switch}: opens the main window on an error walked halfway with an incident open,
 * switches the language round and round, and prints the 95th percentile of one switch (UI words, content, CSS and
 * layout of the next frame) as {@code switch_p95_ms <ms>}.
 */
public final class SwitchProbe extends Application {

    private static final int WARM_UP = 9;
    private static final int ROUNDS = 60;

    @Override
    public void start(Stage stage) throws Exception {
        var window = PlainWindow.show(stage, Files.createTempDirectory("switch-probe").resolve("settings.properties"),
                Catalog.loadShipped(), url -> { });
        var model = window.model();
        var scene = window.scene();
        var entry = model.browse().entries().stream()
                .filter(e -> e.locale().equals("en-US") && e.causes().size() > 2).findFirst().orElseThrow();
        model.browse().selectedProperty().set(entry);
        model.guide().answer(Answer.NOT_RESOLVED);
        if (!model.newIncident(new IncidentInfo("BENCH-1", "vm-bench", "", ""))) {
            throw new IllegalStateException("no incident: " + model.incidents().problemProperty().get());
        }

        double[] times = new double[ROUNDS];
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            Locale next = Languages.SUPPORTED.get((i + 1) % Languages.SUPPORTED.size()).locale();
            long begin = System.nanoTime();
            model.languageProperty().set(next);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            if (i >= WARM_UP) {
                times[i - WARM_UP] = (System.nanoTime() - begin) / 1e6;
            }
        }
        System.out.println("switch_p95_ms " + Samples.percentile(times, 95));
        System.out.flush();
        Platform.exit();
    }
}
