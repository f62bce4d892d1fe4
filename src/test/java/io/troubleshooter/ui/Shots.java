package io.troubleshooter.ui;

import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.util.Duration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** What the screenshot programs share: steps run one after another with a pause, and a scene saved as a PNG. */
public final class Shots {

    private Shots() {
    }

    /** Runs each step after {@code pause}, so layout, CSS and deferred scrolling have settled before the next. */
    public static void runSlowly(List<Runnable> steps, Duration pause) {
        runSlowly(steps, pause, 0);
    }

    private static void runSlowly(List<Runnable> steps, Duration pause, int index) {
        if (index >= steps.size()) {
            return;
        }
        var wait = new PauseTransition(pause);
        wait.setOnFinished(e -> {
            steps.get(index).run();
            runSlowly(steps, pause, index + 1);
        });
        wait.play();
    }

    /** Saves what {@code scene} shows as {@code folder/name.png}. */
    public static void save(Scene scene, Path folder, String name) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                    folder.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
