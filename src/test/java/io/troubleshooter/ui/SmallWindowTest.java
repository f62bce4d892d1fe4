package io.troubleshooter.ui;

import io.troubleshooter.testing.TestArticles;

import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.PopOver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** At 1024x640, in each language of the UI, nothing the user must read is cut. */
@ExtendWith(ApplicationExtension.class)
class SmallWindowTest {

    @TempDir
    static Path data;
    MainViewModel model;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = PlainWindow.show(stage, data.resolve("settings-" + System.nanoTime() + ".properties"),
                TestArticles.catalog(), url -> { }).model();
        SharedStage.small(stage);
    }

    @AfterEach
    void restoreSize(FxRobot robot) {
        SharedStage.restore(robot, stage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "pt-BR"})
    void answersCodesAndButtonsAreReadInFull(String language, FxRobot robot) {
        robot.interact(() -> {
            model.languageProperty().set(Locale.forLanguageTag(language));
            model.browse().selectedProperty().set(TestArticles.entry(TestArticles.AGENT));
        });
        WaitForAsyncUtils.waitForFxEvents();

        for (String id : new String[] {"#answer-resolved", "#answer-next", "#answer-skip"}) {
            assertWhole(robot.lookup(id).queryAs(Labeled.class));
        }
        var codes = robot.lookup("#error-list .entry-code").queryAllAs(Labeled.class);
        assertFalse(codes.isEmpty());
        codes.forEach(SmallWindowTest::assertWhole);
        robot.lookup(".top-bar .button").queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible).forEach(SmallWindowTest::assertWhole);
        var window = stage.getScene().getRoot().getLayoutBounds();
        var bar = robot.lookup("#answer-skip").query();
        assertTrue(window.contains(bar.localToScene(bar.getBoundsInLocal())), "the answers are inside the window");
    }

    @Test
    void aCommandsDetailsOpenInAPopOverBesideIt(FxRobot robot) {
        robot.interact(() -> model.browse().selectedProperty().set(TestArticles.entry(TestArticles.AGENT)));
        robot.clickOn((Node) robot.lookup("#cause-card .command-details-button").query());
        WaitForAsyncUtils.waitForFxEvents();

        var details = robot.lookup("#command-details").queryAs(VBox.class);
        var lines = details.getChildren().stream().map(n -> ((Labeled) n).getText()).toList();
        assertEquals("Shell: cmd", lines.getFirst(), lines.toString());
        assertTrue(details.getScene().getWindow() instanceof PopOver, "a ControlsFX PopOver");
        robot.interact(() -> ((PopOver) details.getScene().getWindow()).hide());
    }

    /** Shown in full: the text drawn is the label's text, on as many lines as it takes, with no "…". */
    private static void assertWhole(Labeled labeled) {
        var drawn = labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
        assertEquals(labeled.getText(), drawn, "cut: " + labeled);
    }
}
