package io.troubleshooter.ui.flowchart;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.ui.MainViewModel;
import io.troubleshooter.ui.PlainWindow;
import io.troubleshooter.ui.Shots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Pictures of the largest shipped error's flowchart in a real window, at 1400x900 and 1024x640, light and dark:
 * only the path, after Fit, then every step. Run under a display (Xvfb) with the test classpath; main class
 * {@code FlowchartShots$Main}, the first argument is the output folder.
 */
public final class FlowchartShots extends Application {

    private static Path out;
    private static final List<String> measured = new ArrayList<>();

    /** The entry point, apart from the Application class as JavaFX on the classpath requires. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            out = Path.of(args.length > 0 ? args[0] : "target/flowchart-shots");
            Application.launch(FlowchartShots.class);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("flowchart-shots");
        var window = PlainWindow.show(stage, data.resolve("settings.properties"), Catalog.loadShipped(), url -> { });
        var model = window.model();
        var scene = window.scene();
        ErrorEntry largest = model.browse().entries().stream().filter(e -> e.locale().equals("en-US"))
                .max(Comparator.comparingInt(e -> e.tree().nodes().size())).orElseThrow();
        List<Runnable> shots = new ArrayList<>();
        shots.add(() -> model.browse().selectedProperty().set(largest));
        shots.add(() -> model.viewProperty().set(MainViewModel.View.FLOWCHART));
        for (boolean dark : List.of(false, true)) {
            for (int[] size : new int[][] {{1400, 900}, {1024, 640}}) {
                String name = size[0] + "x" + size[1] + (dark ? "-dark" : "-light");
                shots.add(() -> {
                    model.settings().dark().set(dark);
                    model.flowchart().onlyPathProperty().set(true);
                    model.flowchart().setZoom(1);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                shots.add(() -> Shots.save(scene, out, name + "-path"));
                shots.add(() -> ((ScrollPane) scene.lookup(".flow-scroll")).setVvalue(1));
                shots.add(() -> Shots.save(scene, out, name + "-path-bottom"));
                shots.add(() -> click(scene, "#flow-fit"));
                shots.add(() -> {
                    measure(model, name + " only the path, Fit");
                    Shots.save(scene, out, name + "-path-fit");
                });
                shots.add(() -> click(scene, "#flow-fold"));
                shots.add(() -> click(scene, "#flow-fit"));
                shots.add(() -> measure(model, name + " every step, Fit"));
                shots.add(() -> click(scene, "#flow-fit-width"));
                shots.add(() -> Shots.save(scene, out, name + "-all-fitwidth"));
            }
        }
        ErrorEntry mostCauses = model.browse().entries().stream()
                .max(Comparator.comparingInt(e -> e.causes().size())).orElseThrow();
        shots.add(() -> {
            model.settings().dark().set(false);
            model.flowchart().onlyPathProperty().set(true);
            model.browse().selectedProperty().set(mostCauses);
        });
        shots.add(() -> click(scene, "#flow-fit"));
        shots.add(() -> {
            measure(model, "1024x640 most causes, only the path, Fit");
            Shots.save(scene, out, "1024x640-light-most-causes-fit");
        });
        shots.add(() -> model.flowchart().scopeProperty().set(FlowchartViewModel.Scope.ARTICLE));
        shots.add(() -> click(scene, "#flow-fit"));
        shots.add(() -> {
            measure(model, "1024x640 its whole article, only the path, Fit");
            Shots.save(scene, out, "1024x640-light-article-path-fit");
        });
        shots.add(() -> model.flowchart().onlyPathProperty().set(false));
        shots.add(() -> click(scene, "#flow-fit"));
        shots.add(() -> measure(model, "1024x640 its whole article, every step, Fit"));
        shots.add(() -> {
            try {
                Files.writeString(out.resolve("zooms.txt"), String.join("\n", measured) + "\n",
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Platform.exit();
        });
        Shots.runSlowly(shots, Duration.millis(600));
    }

    private static void measure(MainViewModel model, String what) {
        var chart = model.flowchart().graph();
        measured.add(String.format(Locale.ROOT, "%s: %.0f%% of a %.0f x %.0f chart, %d boxes", what,
                model.flowchart().zoom() * 100, chart.width(), chart.height(), chart.nodes().size()));
    }

    private static void click(Scene scene, String selector) {
        ((Button) scene.lookup(selector)).fire();
    }
}
