package io.troubleshooter.ui;

import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** The window tests share one stage: a test that makes it small gives it back at the size the others expect. */
final class SharedStage {

    private SharedStage() {
    }

    /** The smallest window the app is made for. */
    static void small(Stage stage) {
        stage.setWidth(1024);
        stage.setHeight(640);
    }

    static void restore(FxRobot robot, Stage stage) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }
}
