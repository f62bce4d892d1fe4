package io.troubleshooter.ui;

import io.troubleshooter.testing.TestArticles;
import io.troubleshooter.ui.i18n.I18n;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An engineer who never touches the mouse: find the error, walk its causes, copy the commands, reach the end. */
@ExtendWith(ApplicationExtension.class)
class KeyboardWalkTest {

    private static final PseudoClass FOCUS_VISIBLE = PseudoClass.getPseudoClass("focus-visible");

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

    @Test
    void aWholeErrorWalkedWithTheKeyboardAlone(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(TestArticles.AGENT.toLowerCase(Locale.ROOT)).type(KeyCode.ENTER);
        assertEquals(TestArticles.AGENT, robot.lookup("#entry-code").queryAs(Label.class).getText());
        assertEquals("Cause 1 of 5", kicker(robot));

        // Every command of the cause, in order, one a line.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("net stop WindowsAzureGuestAgent\nnet start WindowsAzureGuestAgent", clipboard(robot));

        // Tab reaches the controls of the page, and the one reached shows it.
        robot.type(KeyCode.TAB);
        Node focused = robot.lookup("#search").query().getScene().getFocusOwner();
        assertNotNull(focused);
        assertTrue(focused.getPseudoClassStates().contains(FOCUS_VISIBLE), "focus-visible on " + focused);
        assertNotNull(focused.getEffect() != null ? focused.getEffect() : ringOf(focused), "a ring around " + focused);

        alt(robot, KeyCode.N);
        assertEquals("Cause 2 of 5", kicker(robot));
        alt(robot, KeyCode.S);
        assertEquals("Cause 3 of 5", kicker(robot));
        alt(robot, KeyCode.N);
        alt(robot, KeyCode.R);
        assertEquals("Resolved", robot.lookup("#end-title").queryAs(Label.class).getText());
    }

    @Test
    void theAnswerButtonsShowTheirKeys(FxRobot robot) {
        robot.interact(() -> model.browse().selectedProperty().set(TestArticles.entry(TestArticles.AGENT)));
        assertTrue(robot.lookup("#answer-resolved").queryAs(Button.class).getText().endsWith("Alt+R"));
        assertTrue(robot.lookup("#answer-next").queryAs(Button.class).getText().endsWith("Alt+N"));
        assertTrue(robot.lookup("#answer-skip").queryAs(Button.class).getText().endsWith("Alt+S"));
    }

    @Test
    void enterOnTheEmptyPlaceholderQuestionCancels(FxRobot robot) throws Exception {
        var answer = new CompletableFuture<Boolean>();
        Node owner = robot.lookup("#search").query();
        Platform.runLater(() -> answer.complete(
                new Dialogs(I18n.english(), owner).confirmEmptyPlaceholders(List.of("serviceName"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isPresent(), "the question is asked");
        robot.type(KeyCode.ENTER);

        assertFalse(answer.get(10, TimeUnit.SECONDS), "Enter answers Cancel: nothing half-made is copied");
    }

    private static Object ringOf(Node node) {
        Node box = node.lookup(".box");
        return box == null ? null : box.getEffect();
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String kicker(FxRobot robot) {
        return robot.lookup("#cause-card .cause-kicker").queryAs(Label.class).getText();
    }

    private static String clipboard(FxRobot robot) {
        var text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
