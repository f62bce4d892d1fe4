package io.troubleshooter.ui.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: the smallest JavaFX window of the same size, on the same JVM and machine.
 * Started by {@code --bare-window}, it prints {@code first-frame} once its first frame is laid out, then exits,
 * like {@code --first-frame}.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        var scene = new Scene(new StackPane(new Label("JavaFX")), 1280, 800);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            System.out.println("first-frame");
            System.out.flush();
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        stage.setScene(scene);
        stage.show();
    }
}
