package io.troubleshooter.ui;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.testing.BackupArticles;
import io.troubleshooter.ui.browse.BrowseViewModel;
import io.troubleshooter.ui.command.CommandView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An engineer at the main window: find the error, walk it, copy its commands. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    static final String REG_ADD =
            "REG ADD \"HKLM\\SOFTWARE\\Microsoft\\BcdrAgentPersistentKeys\" /v SnapshotWithoutThreads /t REG_SZ /d True /f";

    static Catalog catalog;
    @TempDir
    static Path data;
    MainViewModel model;
    final List<String> opened = new ArrayList<>();

    @BeforeAll
    static void load() {
        catalog = BackupArticles.catalog();
    }

    @Start
    void start(Stage stage) {
        model = PlainWindow.show(stage, data.resolve("settings-" + System.nanoTime() + ".properties"), catalog,
                opened::add).model();
    }

    @Test
    void searchVssWriterOpenStepTwoAndCopyItsRegAddExactly(FxRobot robot) {
        robot.clickOn("#search").write("vsswriter");
        ListView<?> list = robot.lookup("#error-list").queryAs(ListView.class);
        var first = (BrowseViewModel.Row) list.getItems().getFirst();
        assertTrue(first.entry().codes().getFirst().startsWith("ExtensionFailedVssWriter"), first.entry().codes().toString());

        robot.clickOn(robot.lookup("#error-list .entry-code").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("ExtensionFailedVssWriterInBadState")).findFirst().orElseThrow());
        assertEquals("ExtensionFailedVssWriterInBadState", robot.lookup("#entry-code").queryAs(Label.class).getText());
        assertEquals("Step 1 of 3", robot.lookup(".cause-kicker").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".command-card").queryAll().size() >= 3, "vssadmin, net stop and net start");

        robot.clickOn("#answer-next");
        assertEquals("Step 2 of 3", robot.lookup(".cause-kicker").queryAs(Label.class).getText());
        var copy = robot.lookup("#cause-card .copy-button").queryAs(Button.class);
        robot.clickOn(copy);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(REG_ADD, fxClipboard(robot));
        var toast = robot.lookup("#toast").queryAs(Label.class);
        assertTrue(toast.isVisible());
        assertTrue(toast.getText().contains("REG ADD"), toast.getText());
    }

    @Test
    void pastingTheSpanishPortalMessageListsItsErrorFirst(FxRobot robot) {
        String portal = "No se pudo comunicar con el agente de máquina virtual para el estado de la instantánea";
        robot.interact(() -> {
            var content = new ClipboardContent();
            content.putString(portal);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#search").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        assertEquals(portal, robot.lookup("#search").queryAs(TextField.class).getText());
        robot.type(KeyCode.ENTER);

        assertEquals("GuestAgentSnapshotTaskStatusError", robot.lookup("#entry-code").queryAs(Label.class).getText());
        ListView<?> list = robot.lookup("#error-list").queryAs(ListView.class);
        var first = (BrowseViewModel.Row) list.getItems().getFirst();
        assertEquals("es-ES", first.entry().locale());
    }

    @Test
    void flowchartDrawsTheWholeTreeAndAClickedCauseOpensInTheGuide(FxRobot robot) {
        openCode(robot, "ExtensionFailedVssWriterInBadState");
        var entry = model.browse().selectedProperty().get();
        robot.clickOn("#tab-flowchart");
        WaitForAsyncUtils.waitForFxEvents();

        var boxes = robot.lookup(".flow-node").queryAll();
        assertEquals(entry.tree().nodes().size(), boxes.size());
        robot.clickOn("#flow-fit");
        var third = entry.causes().get(2);
        var node = boxes.stream().filter(n -> ("cause:" + third.id()).equals(n.getId())).findFirst().orElseThrow();
        robot.clickOn(node);

        assertEquals(MainViewModel.View.GUIDE, model.viewProperty().get());
        assertEquals("Step 3 of 3", robot.lookup(".cause-kicker").queryAs(Label.class).getText());
        assertEquals(third.title(), robot.lookup("#cause-title").queryAs(Label.class).getText());
    }

    @Test
    void anAnchorLinkInTheArticleScrollsToItsSection(FxRobot robot) {
        openCode(robot, "GuestAgentSnapshotTaskStatusError");
        robot.clickOn("#tab-article");
        WaitForAsyncUtils.waitForFxEvents();
        var scroller = robot.lookup(".md-scroller").queryAs(ScrollPane.class);
        var viewport = scroller.localToScene(scroller.getBoundsInLocal());
        var link = robot.lookup(".md-link").queryAll().stream()
                .filter(n -> "#the-vm-has-no-internet-access".equals(n.getUserData()))
                .filter(n -> viewport.contains(n.localToScene(n.getBoundsInLocal())))
                .findFirst().orElseThrow(() -> new AssertionError("the error's section, with its cause links, is shown"));
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();

        Node heading = robot.lookup(
                (Node n) -> "the-vm-has-no-internet-access".equals(n.getProperties().get("md-anchor")))
                .query();
        assertTrue(scroller.getVvalue() > 0, "the article scrolled");
        assertTrue(opened.isEmpty(), "no browser for an anchor");
        double top = heading.localToScene(heading.getBoundsInLocal()).getMinY();
        double viewportTop = scroller.localToScene(scroller.getBoundsInLocal()).getMinY();
        assertTrue(top - viewportTop > -2 && top - viewportTop < 60, "heading at the top: " + (top - viewportTop));
    }

    @Test
    void ctrl3OpensTheArticleAtTheErrorsSectionTheFirstTime(FxRobot robot) {
        openCode(robot, "GuestAgentSnapshotTaskStatusError");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3)
                .release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MainViewModel.View.ARTICLE, model.viewProperty().get());
        var scroller = robot.lookup(".md-scroller").queryAs(ScrollPane.class);
        var viewport = scroller.localToScene(scroller.getBoundsInLocal());
        assertTrue(scroller.getVvalue() > 0, "the article is not at its top: the error is its second");
        assertTrue(robot.lookup(".md-link").queryAll().stream()
                .filter(n -> "#the-vm-has-no-internet-access".equals(n.getUserData()))
                .anyMatch(n -> viewport.contains(n.localToScene(n.getBoundsInLocal()))),
                "the error's section, with its cause links, is on screen");
    }

    @Test
    void placeholderTypedOnceFillsEveryCommandThatUsesIt(FxRobot robot) {
        openCode(robot, "ExtensionFailedVssWriterInBadState");
        var fields = robot.lookup("#cause-card #placeholder-serviceName").queryAllAs(TextField.class);
        assertEquals(2, fields.size(), "net stop and net start both ask for it");
        robot.clickOn(fields.iterator().next()).write("SQLWriter");

        assertTrue(fields.stream().allMatch(f -> f.getText().equals("SQLWriter")));
        var stop = robot.lookup("#cause-card .command-card").queryAll().stream()
                .filter(n -> n instanceof CommandView v
                        && v.model().command().text().equals("net stop serviceName"))
                .map(n -> (CommandView) n).findFirst().orElseThrow();
        robot.interact(stop::copy);
        assertEquals("net stop SQLWriter", fxClipboard(robot));
    }

    @Test
    void ctrlCOnAFocusedCommandCardCopiesIt(FxRobot robot) {
        openCode(robot, "ExtensionFailedVssWriterInBadState");
        var card = robot.lookup("#cause-card .command-card").queryAll().stream()
                .map(n -> (CommandView) n)
                .filter(v -> v.model().command().text().equals("vssadmin list writers")).findFirst().orElseThrow();
        robot.clickOn(card.lookup(".command-text"));
        assertTrue(card.isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);

        assertEquals("vssadmin list writers", fxClipboard(robot));
    }

    @Test
    void ctrlFFocusesTheSearchAndEnterOpensTheBestMatch(FxRobot robot) {
        robot.clickOn("#error-list");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(robot.lookup("#search").queryAs(TextField.class).isFocused());
        robot.write("ExtensionFailedVssServiceInBadState").type(KeyCode.ENTER);

        assertEquals("ExtensionFailedVssServiceInBadState", robot.lookup("#entry-code").queryAs(Label.class).getText());
    }

    @Test
    void altLeftGoesBackOneCauseThenToTheErrorBefore(FxRobot robot) {
        openCode(robot, "ExtensionFailedVssServiceInBadState");
        openCode(robot, "ExtensionFailedVssWriterInBadState");
        robot.clickOn("#answer-next");
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertEquals("Step 1 of 3", robot.lookup(".cause-kicker").queryAs(Label.class).getText());

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertEquals("ExtensionFailedVssServiceInBadState", robot.lookup("#entry-code").queryAs(Label.class).getText());
    }

    @Test
    void darkThemeTogglesAndIsRemembered(FxRobot robot) {
        assertFalse(Theme.isDark());
        robot.clickOn("#theme-toggle");
        assertTrue(Theme.isDark());
        assertTrue(model.settings().dark().get());
        robot.clickOn("#theme-toggle");
        assertFalse(Theme.isDark());
    }

    void openCode(FxRobot robot, String code) {
        var entry = model.browse().entries().stream().filter(e -> e.codes().contains(code)).findFirst().orElseThrow();
        robot.interact(() -> model.browse().selectedProperty().set(entry));
    }

    static String fxClipboard(FxRobot robot) {
        var holder = new String[1];
        robot.interact(() -> holder[0] = Clipboard.getSystemClipboard().getString());
        return holder[0];
    }
}
