package io.troubleshooter.ui;

import javafx.scene.Scene;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Any ControlsFX status bar (the main window's, the articles window's) takes the theme's colours in light and
 * dark, not the grey its own stylesheet draws with Modena's colour names, which the theme does not define.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarThemeTest {

    private StatusBar bar;
    private Region themed;

    @Start
    void start(Stage stage) {
        bar = new StatusBar();
        themed = new Region();
        themed.setStyle("-fx-background-color: -color-bg-subtle;");
        themed.setPrefSize(10, 10);
        var scene = new Scene(new VBox(themed, bar), 400, 100);
        scene.getStylesheets().addAll(Theme.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void light() {
        Theme.apply(false);
    }

    @Test
    void aStatusBarIsDrawnInTheThemesColoursLightAndDark(FxRobot robot) {
        for (boolean dark : List.of(false, true)) {
            robot.interact(() -> Theme.apply(dark));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(fill(themed)), fills(bar), dark ? "dark" : "light");
        }
    }

    private static Paint fill(Region region) {
        return fills(region).getFirst();
    }

    private static List<Paint> fills(Region region) {
        Background background = region.getBackground();
        assertNotNull(background, region + " has no background");
        return background.getFills().stream().map(f -> f.getFill()).toList();
    }
}
