package io.troubleshooter.ui;

import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.testing.TestArticles;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static io.troubleshooter.testing.TestArticles.AGENT;
import static io.troubleshooter.testing.TestArticles.VSS_WRITER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closing the app and starting it again comes back to where the engineer was. */
@ExtendWith(ApplicationExtension.class)
class RestartTest {

    @TempDir
    static Path data;
    Path settings;
    MainViewModel model;

    @Start
    void start(Stage stage) {
        settings = data.resolve("settings-" + System.nanoTime() + ".properties");
        model = PlainWindow.show(stage, settings, TestArticles.catalog(), url -> { }).model();
    }

    @Test
    void withoutAnIncidentTheLastErrorItsWalkAndItsPlaceholderValuesComeBack(FxRobot robot) {
        open(robot, VSS_WRITER);
        robot.interact(() -> robot.lookup("#cause-card #placeholder-ServiceName").queryAs(TextField.class)
                .setText("SQLWriter"));
        robot.clickOn("#answer-next");
        var walked = model.guide().walk();

        var again = restart(robot);

        assertEquals(VSS_WRITER, robot.lookup("#entry-code").queryAs(Label.class).getText());
        assertEquals(walked, again.guide().walk(), "the answers with their times");
        assertEquals(1, again.guide().positionProperty().get(), "at the cause that was on screen");
        assertEquals("SQLWriter", again.placeholders().value("ServiceName").get());
    }

    @Test
    void theIncidentOpenAtCloseReopensAtTheNodeThatWasOnScreen(FxRobot robot) {
        open(robot, AGENT);
        robot.interact(() -> assertTrue(model.newIncident(new IncidentInfo("INC-R", "vm-r", "", ""))));
        robot.clickOn("#answer-next");
        robot.clickOn("#answer-next");
        robot.interact(() -> model.guide().goTo(1));
        String id = model.incidents().sessionProperty().get().id();
        open(robot, VSS_WRITER);
        robot.interact(model::backToIncident);

        var again = restart(robot);

        assertNotNull(again.incidents().sessionProperty().get(), "an incident is open");
        assertEquals(id, again.incidents().sessionProperty().get().id());
        assertEquals(AGENT, robot.lookup("#entry-code").queryAs(Label.class).getText());
        assertEquals(2, again.guide().walk().answers().size());
        assertEquals(1, again.guide().positionProperty().get(), "at the second cause, as on screen");
    }

    /** Closes the window as the app does on exit, and starts a new one with the same settings. */
    private MainViewModel restart(FxRobot robot) {
        robot.interact(() -> {
            model.remember();
            model.incidents().flush();
            model.incidents().shutDown();
            model.settings().flush();
        });
        var opened = new AtomicReference<MainViewModel>();
        robot.interact(() -> opened.set(PlainWindow.show(new Stage(), settings, TestArticles.catalog(), url -> { })
                .model()));
        WaitForAsyncUtils.waitForFxEvents();
        return opened.get();
    }

    private void open(FxRobot robot, String code) {
        var entry = model.browse().entries().stream()
                .filter(e -> e.codes().contains(code) && e.locale().equals("en-US")).findFirst().orElseThrow();
        robot.interact(() -> model.browse().selectedProperty().set(entry));
    }
}
