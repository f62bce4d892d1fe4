package io.troubleshooter.ui;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.testing.TestArticles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
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

/** Mid-incident, at a small window: what the user acted on stays where it was, and nothing covers the answers. */
@ExtendWith(ApplicationExtension.class)
class KeepingYourPlaceTest {

    @TempDir
    static Path data;
    MainViewModel model;
    Stage stage;
    final List<String> opened = new ArrayList<>();

    /** As after a restart: the window opens on the error open last time. */
    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        var vss = TestArticles.entry(TestArticles.VSS_WRITER);
        Path settings = data.resolve("settings-" + System.nanoTime() + ".properties");
        Files.writeString(settings, "last.entry=" + vss.key() + "|" + vss.locale() + "\n", StandardCharsets.UTF_8);
        model = PlainWindow.show(stage, settings, TestArticles.catalog(), opened::add).model();
        SharedStage.small(stage);
    }

    private void open(FxRobot robot, ErrorEntry entry) {
        robot.interact(() -> model.browse().selectedProperty().set(entry));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ScrollPane guideScroll(FxRobot robot) {
        return robot.lookup(".guide-scroll").queryAs(ScrollPane.class);
    }

    @AfterEach
    void restoreSize(FxRobot robot) {
        SharedStage.restore(robot, stage);
    }

    @Test
    void tickingAStepKeepsTheScrollPositionAndTheFocus(FxRobot robot) {
        open(robot, TestArticles.entry(TestArticles.AGENT));
        var scroll = guideScroll(robot);
        assertTrue(scroll.getContent().getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight(),
                "the card is taller than the window, so there is a place to lose");
        robot.interact(() -> scroll.setVvalue(1));
        var boxes = robot.lookup("#cause-card .step-done").queryAllAs(CheckBox.class);
        CheckBox last = boxes.stream().reduce((a, b) -> b).orElseThrow();
        robot.clickOn(last);

        assertTrue(last.isSelected());
        assertTrue(last.getScene() != null, "the box ticked is the one on screen, not a copy made anew");
        assertEquals(1.0, scroll.getVvalue(), 0.001, "still at the bottom of the card");
        assertEquals(last, last.getScene().getFocusOwner(), "the focus stays on the box ticked");
    }

    @Test
    void clickingTheBreadcrumbKeepsTheFocusOnItAndEachCauseItsScroll(FxRobot robot) {
        open(robot, TestArticles.entry(TestArticles.AGENT));
        var scroll = guideScroll(robot);
        robot.interact(() -> scroll.setVvalue(0.7));
        robot.clickOn("#answer-next");
        assertEquals(0.0, scroll.getVvalue(), 0.001, "the next cause opens at its top");

        robot.clickOn("#crumb-1");
        Node focused = scroll.getScene().getFocusOwner();
        assertNotNull(focused);
        assertEquals("crumb-1", focused.getId(), "the focus stays on the breadcrumb, not in the search field");
        assertEquals(0.7, scroll.getVvalue(), 0.001, "cause 1 opens where it was left");
    }

    @Test
    void theCopyConfirmationCoversNeitherTheAnswersNorTheCards(FxRobot robot) {
        open(robot, TestArticles.entry(TestArticles.AGENT));
        robot.clickOn(robot.lookup("#cause-card .copy-button").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        var toast = robot.lookup("#toast").queryAs(Label.class);
        assertTrue(toast.isVisible());
        assertTrue(toast.getText().contains("net stop WindowsAzureGuestAgent"), toast.getText());
        Bounds shown = scene(toast);
        assertFalse(shown.intersects(scene(robot.lookup(".answer-bar").query())), "answers uncovered");
        assertFalse(shown.intersects(scene(guideScroll(robot))), "the card uncovered");
    }

    @Test
    void theFirstCtrl3OpensTheArticleAtTheErrorsSection(FxRobot robot) {
        assertEquals(TestArticles.entry(TestArticles.VSS_WRITER), model.browse().selectedProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        var missing = robot.lookup(".md-anchor-missing").queryAs(Label.class);
        assertFalse(missing.isVisible(), missing.getText());
        var scroller = robot.lookup(".md-scroller").queryAs(ScrollPane.class);
        Node heading = robot.lookup((Node n) -> "extensionfailedvsswriterinbadstate".equals(
                n.getProperties().get("md-anchor"))).query();
        double top = heading.localToScene(heading.getBoundsInLocal()).getMinY();
        double viewportTop = scroller.localToScene(scroller.getBoundsInLocal()).getMinY();
        assertTrue(scroller.getVvalue() > 0, "scrolled down to the error");
        assertTrue(top - viewportTop > -2 && top - viewportTop < 60, "the error's heading at the top: " + (top - viewportTop));
    }

    @Test
    void aNewQueryShowsTheTopOfTheList(FxRobot robot) {
        robot.interact(() -> stage.setHeight(360));
        ListView<?> list = robot.lookup("#error-list").queryAs(ListView.class);
        robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(firstRowShown(robot, list), "the list starts scrolled down");

        robot.clickOn("#search").write("agent");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(firstRowShown(robot, list), "the best match is in view");
    }

    private static boolean firstRowShown(FxRobot robot, ListView<?> list) {
        Bounds viewport = scene(list);
        return robot.lookup("#error-list .list-cell").queryAll().stream()
                .filter(n -> n instanceof IndexedCell<?> c && c.getIndex() == 0 && !c.isEmpty())
                .anyMatch(n -> n.isVisible() && viewport.contains(scene(n).getMinX() + 1, scene(n).getMinY() + 1));
    }

    static Bounds scene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    static String clipboard(FxRobot robot) {
        var text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
