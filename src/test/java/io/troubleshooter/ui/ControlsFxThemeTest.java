package io.troubleshooter.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * ControlsFX's controls take the theme's colours in light and dark: a status bar (the main window's, the articles
 * window's), not the grey its stylesheet draws with Modena's colour names; a pop-over, not its stylesheet's white.
 */
@ExtendWith(ApplicationExtension.class)
class ControlsFxThemeTest {

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

    @Test
    void aPopOverIsDrawnInTheThemesColoursLightAndDark(FxRobot robot) {
        for (boolean dark : List.of(false, true)) {
            var overlay = new AtomicReference<Paint>();
            var drawn = new AtomicReference<Paint>();
            robot.interact(() -> {
                Theme.apply(dark);
                themed.setStyle("-fx-background-color: -color-bg-overlay;");
                var popOver = new PopOver(new Label("net stop VSS"));
                popOver.getStyleClass().add("app-popover");
                popOver.show(bar);
                popOver.getSkin().getNode().applyCss();
                Path border = (Path) popOver.getSkin().getNode().lookup(".border");
                themed.applyCss();
                overlay.set(fill(themed));
                drawn.set(border.getFill());
                popOver.hide(Duration.ZERO);
            });
            assertEquals(overlay.get(), drawn.get(), dark ? "dark" : "light");
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
