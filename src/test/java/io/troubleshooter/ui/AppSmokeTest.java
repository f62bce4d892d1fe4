package io.troubleshooter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AppSmokeTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new App().start(stage);
    }

    @Test
    void windowShowsTheHeadingUnderTheTranslatedTitle(FxRobot robot) {
        var heading = robot.lookup("#heading").queryAs(Label.class);

        assertTrue(heading.isVisible(), "heading is visible");
        assertEquals("Backup Troubleshooter", heading.getText());
        assertTrue(stage.isShowing(), "window is showing");
        assertEquals("Azure VM Backup Troubleshooter", stage.getTitle());
    }
}
