package io.troubleshooter.ui;

import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.testing.TestArticles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.List;

import static io.troubleshooter.testing.TestArticles.AGENT;
import static io.troubleshooter.testing.TestArticles.VSS_WRITER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checklist beside the Guide is the one of the incident's error on screen, added errors too. */
@ExtendWith(ApplicationExtension.class)
class ChecklistOnScreenErrorTest {

    MainViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        model = PlainWindow.show(stage, Files.createTempDirectory("checklist-error").resolve("settings.properties"),
                TestArticles.catalog(), url -> { }).model();
    }

    @Test
    void anAddedErrorOnScreenShowsItsOwnChecklistAndANoteTypedThereIsItsOwn(FxRobot robot) {
        ErrorEntry vss = open(robot, VSS_WRITER);
        robot.interact(() -> assertTrue(model.newIncident(new IncidentInfo("INC-5", "vm-5", "", ""))));
        ErrorEntry agent = open(robot, AGENT);
        String vssOnly = onlyIn(vss, agent);
        String agentOnly = onlyIn(agent, vss);
        assertTrue(checklistTitles(robot).contains(vssOnly), "before it is added, the incident's checklist");

        robot.clickOn("#incident-bar-add");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(checklistTitles(robot).contains(agentOnly),
                "the added error's checklist:\n" + checklistTitles(robot));
        assertFalse(checklistTitles(robot).contains(vssOnly), "not the first error's:\n" + checklistTitles(robot));
        String step = DecisionTree.stepNode(agent.causes().getFirst().allSteps().findFirst().orElseThrow());
        var note = robot.lookup((Node n) -> ("note-" + step).equals(n.getId())).queryAs(TextField.class);
        robot.clickOn(note).write("agent restarted");
        var incident = model.incidents().incidentProperty().get();
        assertEquals("agent restarted", incident.part(agent.key()).orElseThrow().item(step).orElseThrow().note(),
                "the note is the added error's");

        robot.interact(model::backToIncident);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(checklistTitles(robot).contains(vssOnly), "back on the first error, its checklist");
        assertFalse(checklistTitles(robot).contains(agentOnly));
    }

    /** A cause title {@code entry} has and {@code other} does not (the test errors share some causes). */
    private static String onlyIn(ErrorEntry entry, ErrorEntry other) {
        var theirs = other.causes().stream().map(Cause::title).toList();
        return entry.causes().stream().map(Cause::title).filter(t -> t != null && !theirs.contains(t)).findFirst()
                .orElseThrow();
    }

    private static List<String> checklistTitles(FxRobot robot) {
        return robot.lookup("#checklist .label").queryAll().stream().map(Node.class::cast)
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).filter(t -> t != null).toList();
    }

    private ErrorEntry open(FxRobot robot, String code) {
        var entry = model.browse().entries().stream()
                .filter(e -> e.codes().contains(code) && e.locale().equals("en-US")).findFirst().orElseThrow();
        robot.interact(() -> model.browse().selectedProperty().set(entry));
        return entry;
    }
}
