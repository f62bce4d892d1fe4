package io.troubleshooter.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.incident.ChecklistItem;
import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.incident.IncidentJson;
import io.troubleshooter.testing.BackupArticles;
import io.troubleshooter.ui.command.CommandView;
import io.troubleshooter.ui.guide.GuideViewModel;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An incident kept beside the Guide: same state on both sides, saved, reopened, exported, through a language switch. */
@ExtendWith(ApplicationExtension.class)
class IncidentWindowTest {

    static Catalog catalog;
    @TempDir
    Path data;
    MainViewModel model;
    MainView view;

    @BeforeAll
    static void load() {
        catalog = BackupArticles.catalog();
    }

    @Start
    void start(Stage stage) throws Exception {
        var window = PlainWindow.show(stage, Files.createTempDirectory("incident-window").resolve("settings.properties"),
                catalog, url -> { });
        model = window.model();
        view = window.view();
    }

    @Test
    void theChecklistFollowsTheGuideAndTheIncidentReopensWhereItWasLeft(FxRobot robot) {
        ErrorEntry vss = open(robot, "ExtensionFailedVssWriterInBadState");
        robot.interact(() -> assertTrue(model.newIncident(new IncidentInfo("INC-1042", "vm-sql-01", "Contoso", "á é ñ"))));
        assertTrue(robot.lookup("#checklist").tryQuery().isPresent(), "the checklist sits beside the Guide");

        var firstStep = vss.causes().getFirst().steps().getFirst();
        robot.interact(() -> model.guide().setDone(firstStep, true));
        robot.clickOn("#answer-next");
        var incident = model.incidents().incidentProperty().get();
        assertEquals(ChecklistItem.State.DONE, incident.item("step:" + firstStep.id()).orElseThrow().state());
        assertEquals(Answer.NOT_RESOLVED,
                incident.answer(vss.causes().getFirst().id()).orElseThrow());
        assertTrue(robot.lookup("#incident-progress").queryAs(ProgressBar.class).getProgress() > 0);

        String id = incident.id();
        robot.interact(() -> model.incidents().close());
        assertTrue(robot.lookup("#checklist").tryQuery().isEmpty());
        robot.interact(() -> model.browse().selectedProperty().set(null));

        robot.interact(() -> assertTrue(model.openIncident(id)));
        assertEquals("ExtensionFailedVssWriterInBadState",
                robot.lookup("#entry-code").queryAs(Label.class).getText());
        assertEquals(1, model.guide().positionProperty().get(), "resumed at the first open cause");
        assertEquals(Answer.NOT_RESOLVED, model.guide().answerOf(vss.causes().getFirst()).orElseThrow());
        assertTrue(model.guide().done().contains(firstStep.id()));
    }

    @Test
    void aCopiedCommandAndItsPlaceholderAreRecordedAndOfferedAgain(FxRobot robot) {
        open(robot, "ExtensionFailedVssWriterInBadState");
        robot.interact(() -> model.newIncident(new IncidentInfo("INC-7", "vm-7", "", "")));
        var field = robot.lookup("#cause-card #placeholder-serviceName").queryAs(TextField.class);
        robot.interact(() -> field.setText("SQLWriter"));
        var stop = robot.lookup("#cause-card .command-card").queryAll().stream()
                .map(n -> (CommandView) n)
                .filter(v -> v.model().command().text().equals("net stop serviceName")).findFirst().orElseThrow();
        robot.interact(stop::copy);

        var incident = model.incidents().incidentProperty().get();
        assertEquals("net stop SQLWriter", incident.commands().getLast().text());
        assertEquals("SQLWriter", incident.placeholders().get("serviceName"));
        assertEquals(1, incident.warnings().size(), "the restart warning sits on the card: copying it counts as read");
    }

    @Test
    void theChecklistSurvivesALanguageSwitchAndThePdfIsInTheNewLanguage(FxRobot robot) throws Exception {
        open(robot, "ExtensionFailedVssWriterInBadState");
        robot.interact(() -> model.newIncident(new IncidentInfo("INC-9", "vm-9", "", "")));
        robot.clickOn("#answer-next");
        var before = model.incidents().incidentProperty().get();

        robot.interact(() -> model.languageProperty().set(Locale.forLanguageTag("es")));
        WaitForAsyncUtils.waitForFxEvents();

        var after = model.incidents().incidentProperty().get();
        assertEquals(before.items(), after.items());
        assertEquals(before.path(), after.path());
        assertTrue(robot.lookup("#checklist").tryQuery().isPresent());
        Path pdf = data.resolve("incidente.pdf");
        robot.interact(() -> assertTrue(view.incidentActions().exportPdf(pdf)));
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        var reader = new PdfReader(bytes);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Incidente") && text.contains("Referencia"), text);
        assertFalse(text.contains("Reference"), "labels in Spanish");
    }

    @Test
    void checklistRowsSpeakTheNewLanguageAndANoteBeingTypedIsKept(FxRobot robot) {
        ErrorEntry english = open(robot, "ExtensionFailedVssWriterInBadState");
        robot.interact(() -> model.newIncident(new IncidentInfo("INC-11", "vm-11", "", "")));
        var firstStep = english.causes().getFirst().steps().getFirst();
        String stepNode = "step:" + firstStep.id();
        var note = robot.lookup(byId("note-" + stepNode)).queryAs(TextField.class);
        robot.clickOn(note).write("half typed");

        robot.interact(() -> model.languageProperty().set(Locale.forLanguageTag("es")));
        WaitForAsyncUtils.waitForFxEvents();
        ErrorEntry spanish = model.browse().selectedProperty().get();
        assertEquals("es-ES", spanish.locale());
        String causeTitle = spanish.causes().getFirst().title();
        assertTrue(robot.lookup("#checklist .checklist-cause").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(causeTitle)), "the cause reads as in the Spanish article: " + causeTitle);
        assertEquals("half typed", note.getText(), "the note being typed stays");
        assertTrue(note.isFocused(), "and keeps the focus");

        var menu = robot.lookup(byId("state-" + stepNode)).queryAs(MenuButton.class);
        assertEquals(List.of("☐  Pendiente", "☑  Hecho", "↷  Omitido", "⊘  No aplica"),
                menu.getItems().stream().map(MenuItem::getText).toList());
        robot.interact(() -> menu.getItems().get(1).fire());
        assertEquals("☑", menu.getText());
        assertTrue(model.guide().done().contains(firstStep.id()), "ticked in the checklist, ticked in the Guide");
        assertEquals("half typed", note.getText());

        robot.interact(() -> robot.lookup("#answer-next").queryButton().requestFocus());
        assertEquals("half typed", model.incidents().incidentProperty().get().item(stepNode).orElseThrow().note(),
                "leaving the field saves the note");
    }

    @Test
    void theChecklistRowOfTheCauseOnScreenStandsOutAndIsScrolledIntoView(FxRobot robot) {
        open(robot, "UserErrorGuestAgentStatusUnavailable");
        robot.interact(() -> model.newIncident(new IncidentInfo("INC-12", "vm-12", "", "")));
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#answer-next");
        }
        WaitForAsyncUtils.waitForFxEvents();
        String current = model.guide().currentNodeProperty().get();
        var marked = robot.lookup("#checklist .checklist-current").queryAll();
        assertEquals(1, marked.size(), "one row stands out");
        var row = marked.iterator().next();
        assertEquals("state-" + current, ((Parent) row).getChildrenUnmodifiable().getFirst().getId());

        var list = robot.lookup("#checklist-items").queryListView();
        var viewport = list.localToScene(list.getLayoutBounds());
        var rowBounds = row.localToScene(row.getLayoutBounds());
        var flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        assertTrue(flow.getFirstVisibleCell().getIndex() > 0, "the list scrolled down to cause 5");
        assertTrue(rowBounds.getMinY() >= viewport.getMinY() - 1 && rowBounds.getMinY() < viewport.getMaxY(),
                rowBounds + " within " + viewport);
    }

    @Test
    void anIncidentFileListingAnItemTwiceStillShowsItsChecklist(FxRobot robot) throws Exception {
        open(robot, "ExtensionFailedVssWriterInBadState");
        robot.interact(() -> model.newIncident(new IncidentInfo("INC-13", "vm-13", "", "")));
        var incident = model.incidents().incidentProperty().get();
        robot.interact(() -> model.incidents().close());
        var mapper = new ObjectMapper();
        var root = (ObjectNode) mapper.readTree(
                IncidentJson.write(incident));
        var items = (ArrayNode) root.get("items");
        items.add(items.get(1).deepCopy());
        root.put("id", "edited-by-hand");
        Path edited = data.resolve("edited.json");
        Files.write(edited, mapper.writeValueAsBytes(root));

        robot.interact(() -> assertTrue(model.incidents().importJson(edited).isPresent(),
                String.valueOf(model.incidents().problemProperty().get())));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(incident.items().size() + 1, robot.lookup("#checklist-items").queryListView().getItems().size(),
                "every listed item has its row");
    }

    @Test
    void tickingAStepTheIncidentsChecklistLacksKeepsTheOtherChanges(FxRobot robot) throws Exception {
        ErrorEntry vss = open(robot, "ExtensionFailedVssWriterInBadState");
        robot.interact(() -> model.newIncident(new IncidentInfo("INC-14", "vm-14", "", "")));
        var incident = model.incidents().incidentProperty().get();
        robot.interact(() -> model.incidents().close());
        var steps = vss.causes().getFirst().steps();
        String missing = "step:" + steps.getFirst().id();
        var mapper = new ObjectMapper();
        var root = (ObjectNode) mapper.readTree(
                IncidentJson.write(incident));
        var items = (ArrayNode) root.get("items");
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).get("nodeId").asText().equals(missing)) {
                items.remove(i);
            }
        }
        root.put("id", "made-before-an-update");
        Path older = Files.write(data.resolve("older.json"), mapper.writeValueAsBytes(root));
        robot.interact(() -> assertTrue(model.incidents().importJson(older).isPresent()));
        robot.interact(() -> assertTrue(model.openIncident(model.incidents().incidentProperty().get().id())));

        robot.interact(() -> model.guide().setDone(steps.getFirst(), true));
        robot.interact(() -> model.guide().setDone(steps.get(1), true));

        var now = model.incidents().incidentProperty().get();
        assertTrue(now.item(missing).isEmpty());
        assertEquals(ChecklistItem.State.DONE, now.item("step:" + steps.get(1).id()).orElseThrow().state());
    }

    /** Checklist ids carry the article's slugs and slashes, which a CSS selector cannot say. */
    private static Predicate<Node> byId(String id) {
        return n -> id.equals(n.getId());
    }

    private ErrorEntry open(FxRobot robot, String code) {
        var entry = model.browse().entries().stream().filter(e -> e.codes().contains(code)).findFirst().orElseThrow();
        robot.interact(() -> model.browse().selectedProperty().set(entry));
        assertNotNull(model.guide().entryProperty().get());
        return entry;
    }
}
