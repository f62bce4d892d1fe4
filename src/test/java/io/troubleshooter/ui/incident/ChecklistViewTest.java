package io.troubleshooter.ui.incident;

import io.troubleshooter.ui.guide.GuideViewModel;
import io.troubleshooter.ui.i18n.I18n;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static io.troubleshooter.ui.incident.IncidentFixtures.FIRST_STEP;
import static io.troubleshooter.ui.incident.IncidentFixtures.FIXTURE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checklist beside the Guide: large incidents open at once, notes are saved as typed, odd text shows as it is. */
@ExtendWith(ApplicationExtension.class)
class ChecklistViewTest {

    @TempDir
    Path data;
    private IncidentViewModel model;
    private ChecklistView view;

    @Start
    void start(Stage stage) {
        model = new IncidentViewModel(data);
        view = new ChecklistView(model, new GuideViewModel(), I18n.english(), () -> null);
        stage.setScene(new Scene(view, 420, 700));
        stage.show();
    }

    @AfterEach
    void closeModel() {
        model.shutDown();
    }

    @Test
    void anIncidentOfTenThousandItemsMakesRowsOnlyForWhatTheWindowShows(FxRobot robot) {
        IncidentFixtures.put(data, "big", IncidentFixtures.withSteps("big", 10_000));

        robot.interact(() -> assertTrue(model.open("big").isPresent()));
        WaitForAsyncUtils.waitForFxEvents();

        // Only rows for what is on screen are made; how long opening takes is a figure for the bench.
        assertEquals(10_010, view.rows().getItems().size());
        int rowsMade = robot.lookup(".checklist-item").queryAll().size();
        assertTrue(rowsMade > 0 && rowsMade < 100, rowsMade + " rows were made for a window that shows a dozen");
    }

    @Test
    void aNoteIsSavedWhileItIsTypedWithoutEnterOrLeavingTheField(FxRobot robot) {
        IncidentFixtures.put(data, FIXTURE_ID, IncidentFixtures.fixture(FIXTURE_ID, root -> { }));
        robot.interact(() -> model.open(FIXTURE_ID));
        WaitForAsyncUtils.waitForFxEvents();
        var note = robot.lookup((javafx.scene.Node n) -> ("note-" + FIRST_STEP).equals(n.getId()))
                .queryAs(TextField.class);
        robot.interact(note::clear);

        robot.clickOn(note).write("still typing");

        assertTrue(note.isFocused());
        assertEquals("still typing", model.sessionProperty().get().incident().item(FIRST_STEP).orElseThrow().note());
    }

    @Test
    void aDirectionOverrideInTheReferenceIsShownInsteadOfReversingIt(FxRobot robot) {
        IncidentFixtures.put(data, FIXTURE_ID, IncidentFixtures.fixture(FIXTURE_ID,
                root -> ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("info"))
                        .put("reference", "TKT-\u202E1337")));
        robot.interact(() -> model.open(FIXTURE_ID));
        WaitForAsyncUtils.waitForFxEvents();

        String title = robot.lookup(".checklist-title").queryAs(Label.class).getText();

        assertTrue(title.startsWith("TKT-<U+202E>1337"), title);
    }
}
