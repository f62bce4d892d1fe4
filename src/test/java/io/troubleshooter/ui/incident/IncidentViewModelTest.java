package io.troubleshooter.ui.incident;

import io.troubleshooter.incident.Incident;
import io.troubleshooter.incident.IncidentJson;
import io.troubleshooter.incident.IncidentStore;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.troubleshooter.ui.incident.IncidentFixtures.FIRST_STEP;
import static io.troubleshooter.ui.incident.IncidentFixtures.FIXTURE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The incidents as the window sees them: listed whatever the folder holds, said saved once saved, kept on exit. */
@ExtendWith(ApplicationExtension.class)
class IncidentViewModelTest {

    @TempDir
    Path data;
    @RegisterExtension
    final IncidentModels models = new IncidentModels();

    @Start
    void start(Stage stage) {
        // The toolkit only: these models tell the window through the JavaFX thread.
    }

    @Test
    void anExportMissingAnItemsNodeIdIsSetAsideWithItsReasonAndTheOthersList(FxRobot robot) {
        IncidentFixtures.put(data, FIXTURE_ID, IncidentFixtures.fixture(FIXTURE_ID, root -> { }));
        IncidentFixtures.put(data, "bad", IncidentFixtures.fixture("bad",
                root -> ((com.fasterxml.jackson.databind.node.ObjectNode) root.at("/items/1")).remove("nodeId")));
        var model = model();

        robot.interact(() -> assertTrue(model.refresh(), String.valueOf(model.problemProperty().get())));

        assertEquals(List.of(FIXTURE_ID), model.incidents().stream().map(s -> s.id()).toList());
        assertEquals(1, model.moved().size());
        assertTrue(model.moved().getFirst().message().contains("items[1].nodeId is missing"),
                model.moved().getFirst().message());
    }

    @Test
    void importingSuchAFileSaysWhyAndWritesNothing(FxRobot robot) throws Exception {
        Path export = Files.write(data.resolve("export.json"), IncidentFixtures.fixture("bad",
                root -> ((com.fasterxml.jackson.databind.node.ObjectNode) root.at("/items/1")).remove("nodeId")));
        var model = model();

        robot.interact(() -> assertTrue(model.importJson(export).isEmpty()));

        assertTrue(model.problemProperty().get().contains("items[1].nodeId is missing"));
        robot.interact(() -> assertTrue(model.refresh()));
        assertTrue(model.incidents().isEmpty());
        assertTrue(model.moved().isEmpty());
    }

    @Test
    void aChangeIsShownAsSavedOnlyOnceItIsOnDisk(FxRobot robot) throws Exception {
        IncidentFixtures.put(data, FIXTURE_ID, IncidentFixtures.fixture(FIXTURE_ID, root -> { }));
        var model = model();
        robot.interact(() -> assertTrue(model.open(FIXTURE_ID).isPresent()));
        awaitSaved(robot, model);
        var onDiskWhenSaid = new ArrayList<String>();
        var typed = new CountDownLatch(1);
        robot.interact(() -> model.saveStateProperty().addListener((obs, old, now) -> {
            if (now == IncidentViewModel.SaveState.SAVED) {
                onDiskWhenSaid.add(noteOnDisk(model, FIRST_STEP));
                typed.countDown();
            }
        }));

        robot.interact(() -> {
            model.note(FIRST_STEP, "half a no");
            assertEquals(IncidentViewModel.SaveState.PENDING, model.saveStateProperty().get(), "not on disk yet");
        });

        assertTrue(typed.await(10, TimeUnit.SECONDS), "never said to be saved");
        assertEquals(List.of("half a no"), onDiskWhenSaid);
    }

    @Test
    void anIncidentJustOpenedIsSavedAsItIs(FxRobot robot) {
        IncidentFixtures.put(data, FIXTURE_ID, IncidentFixtures.fixture(FIXTURE_ID, root -> { }));
        var model = model();

        robot.interact(() -> {
            assertTrue(model.open(FIXTURE_ID).isPresent());
            assertEquals(IncidentViewModel.SaveState.SAVED, model.saveStateProperty().get());
            assertEquals(model.incidentProperty().get(), model.savedProperty().get());
        });
    }

    @Test
    void stoppingTheAppSavesTheChangeStillWaitingAndLetsAnotherWindowIn(FxRobot robot) throws Exception {
        IncidentFixtures.put(data, FIXTURE_ID, IncidentFixtures.fixture(FIXTURE_ID, root -> { }));
        var model = model();
        robot.interact(() -> assertTrue(model.open(FIXTURE_ID).isPresent()));
        awaitSaved(robot, model);

        robot.interact(() -> model.note(FIRST_STEP, "typed just before SIGTERM"));
        model.shutDown();

        try (var store = IncidentStore.open(data)) {
            assertEquals("typed just before SIGTERM", store.load(FIXTURE_ID).item(FIRST_STEP).orElseThrow().note());
        }
        robot.interact(() -> assertFalse(model.refresh(), "a model shut down opens nothing again"));
    }

    private IncidentViewModel model() {
        return models.open(data);
    }

    private static void awaitSaved(FxRobot robot, IncidentViewModel model) throws InterruptedException {
        var saved = new CountDownLatch(1);
        robot.interact(() -> {
            if (model.saveStateProperty().get() == IncidentViewModel.SaveState.SAVED) {
                saved.countDown();
            }
            model.saveStateProperty().addListener((obs, old, now) -> {
                if (now == IncidentViewModel.SaveState.SAVED) {
                    saved.countDown();
                }
            });
        });
        assertTrue(saved.await(10, TimeUnit.SECONDS), "the incident was never saved");
    }

    private String noteOnDisk(IncidentViewModel model, String node) {
        try {
            Path file = data.resolve("incidents").resolve(model.incidentProperty().get().id() + ".json");
            Incident onDisk = IncidentJson.read(Files.readAllBytes(file), file.getFileName().toString());
            return onDisk.item(node).orElseThrow().note();
        } catch (Exception e) {
            return e.toString();
        }
    }
}
