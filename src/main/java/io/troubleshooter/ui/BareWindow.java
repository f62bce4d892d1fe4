package io.troubleshooter.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: the smallest JavaFX window of the same size, on the same JVM and machine.
 * Started by {@code --bare-window}, it prints {@code first-frame} once its first frame is laid out, then exits, like {@code --first-frame}.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        var scene = new Scene(new StackPane(new Label("JavaFX")), 1280, 800);
        FirstFrame.report(scene, () -> true);
        stage.setScene(scene);
        stage.show();
    }

    /** Prints when the first frame that shows what {@code ready} waits for is laid out, then exits. */
    static final class FirstFrame {
        private FirstFrame() {
        }

        static void report(Scene scene, java.util.function.BooleanSupplier ready) {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (ready.getAsBoolean()) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    System.out.println("first-frame");
                    System.out.flush();
                    Platform.runLater(Platform::exit);
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
        }
    }
}
