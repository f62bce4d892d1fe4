package io.troubleshooter.ui;

import io.troubleshooter.guide.Answered;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.incident.CopiedCommand;
import io.troubleshooter.incident.FlowchartColours;
import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.testing.PdfText;
import io.troubleshooter.testing.TestArticles;
import io.troubleshooter.ui.command.CommandView;
import javafx.scene.Node;
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

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.troubleshooter.testing.TestArticles.AGENT;
import static io.troubleshooter.testing.TestArticles.VSS_WRITER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An incident open beside another error: the incident stays one truth, on screen and in its report. */
@ExtendWith(ApplicationExtension.class)
class IncidentTruthTest {

    @TempDir
    Path data;
    MainViewModel model;
    MainView view;

    @Start
    void start(Stage stage) throws Exception {
        var window = PlainWindow.show(stage, Files.createTempDirectory("incident-truth").resolve("settings.properties"),
                TestArticles.catalog(), url -> { });
        model = window.model();
        view = window.view();
    }

    @Test
    void anotherErrorSaysItIsNotPartOfTheIncidentAndWhatIsDoneThereStaysOut(FxRobot robot) {
        ErrorEntry vss = open(robot, VSS_WRITER);
        robot.interact(() -> assertTrue(model.newIncident(new IncidentInfo("INC-1", "vm-1", "", ""))));
        // The checklist beside the Guide moves the buttons: clicked where they are once it is laid out.
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#answer-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.guide().positionProperty().get(), "the incident's error walked to its second cause");
        var before = model.incidents().incidentProperty().get();
        assertFalse(robot.lookup("#incident-bar").query().isVisible(), "no bar on the incident's own error");

        open(robot, AGENT);
        assertTrue(robot.lookup("#incident-bar").query().isVisible(), "the bar says this error is not the incident's");
        robot.clickOn("#answer-next");
        robot.clickOn("#answer-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.answers(), model.incidents().incidentProperty().get().answers(),
                "answers on the other error do not go into the incident");
        assertTrue(checklistTitles(robot).contains(vss.causes().getFirst().title()), "the checklist is the incident's");

        robot.clickOn("#incident-bar-back");
        assertEquals(VSS_WRITER, robot.lookup("#entry-code").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#incident-bar").query().isVisible());
        assertEquals(1, model.guide().positionProperty().get(), "at the incident's walk: its second cause");

        robot.interact(() -> assertTrue(model.back()));
        robot.interact(() -> assertTrue(model.back()));
        assertEquals(AGENT, robot.lookup("#entry-code").queryAs(Label.class).getText(), "Back returns to the other error");
        assertEquals(2, model.guide().walk().answers().size(), "with what was answered there");
    }

    @Test
    void afterSwitchingLanguagesTheReportNamesOnlyTheIncidentsErrorInEnglishWithItsOwnFlowchart(FxRobot robot)
            throws Exception {
        ErrorEntry vss = open(robot, VSS_WRITER);
        robot.interact(() -> assertTrue(model.newIncident(new IncidentInfo("INC-2", "vm-2", "", ""))));
        robot.clickOn("#answer-next");
        ErrorEntry agent = open(robot, AGENT);

        for (String language : List.of("es", "pt-BR", "en")) {
            robot.interact(() -> model.languageProperty().set(Locale.forLanguageTag(language)));
            WaitForAsyncUtils.waitForFxEvents();
            for (String title : checklistTitles(robot)) {
                assertFalse(title.contains("cause:") || title.contains("step:"), language + ": " + title);
            }
        }
        assertTrue(checklistTitles(robot).contains(vss.causes().getFirst().title()));

        Path pdf = data.resolve("report.pdf");
        robot.interact(() -> assertTrue(view.incidentActions().exportPdf(pdf)));
        byte[] bytes = Files.readAllBytes(pdf);
        String text = text(bytes);
        assertTrue(text.contains(vss.message()), text);
        assertFalse(text.contains(agent.message()), "not the error on screen:\n" + text);
        assertFalse(text.contains("cause:") || text.contains("step:"), text);
        assertTrue(text.contains("Checklist") && text.contains(vss.causes().getFirst().title()), "in English:\n" + text);
        String agentOnly = agent.causes().get(1).title();
        assertFalse(text.contains(agentOnly), "the flowchart is the incident's, not the other error's:\n" + text);
        assertTrue(FlowchartColours.count(bytes, new Color(0x09, 0x69, 0xDA)) > 0, "the path is drawn in colour");
        assertTrue(FlowchartColours.count(bytes, new Color(0x1F, 0x88, 0x3D)) > 0, "the resolved end is green");
    }

    @Test
    void aNewIncidentTakesTheWorkDoneBeforeWithItsTimesAndTheValuesEachCommandUsed(FxRobot robot) {
        open(robot, VSS_WRITER);
        var field = robot.lookup("#cause-card #placeholder-ServiceName").queryAs(TextField.class);
        robot.interact(() -> field.setText("SQLWriter"));
        robot.interact(() -> command(robot, "vssadmin list writers").copy());
        robot.interact(() -> command(robot, "net stop <ServiceName>").copy());
        robot.clickOn("#answer-next");
        Answered answered = model.guide().walk().answers().getFirst();

        robot.interact(() -> assertTrue(model.newIncident(new IncidentInfo("INC-3", "vm-3", "", ""))));

        var incident = model.incidents().incidentProperty().get();
        assertEquals(List.of(answered), incident.answers(), "the answer with the time it was given");
        List<CopiedCommand> copied = incident.commands();
        assertEquals(List.of("vssadmin list writers", "net stop SQLWriter"),
                copied.stream().map(CopiedCommand::text).toList(), "the commands copied before");
        assertEquals(Map.of(), copied.getFirst().values(), "a command without placeholders used no value");
        assertEquals(Map.of("ServiceName", "SQLWriter"), copied.get(1).values());
        assertFalse(copied.getFirst().at().isAfter(answered.at()), "copied at its own time, before the answer");
    }

    @Test
    void anotherErrorAddedToTheIncidentBringsWhatWasDoneOnItAndIsInTheReport(FxRobot robot) throws Exception {
        open(robot, VSS_WRITER);
        robot.interact(() -> assertTrue(model.newIncident(new IncidentInfo("INC-4", "vm-4", "", ""))));
        ErrorEntry agent = open(robot, AGENT);
        robot.clickOn("#answer-next");
        Answered before = model.guide().walk().answers().getFirst();

        robot.clickOn("#incident-bar-add");

        assertFalse(robot.lookup("#incident-bar").query().isVisible(), "the error is the incident's now");
        var incident = model.incidents().sessionProperty().get().incident();
        assertEquals(List.of(VSS_WRITER, AGENT), incident.errors().stream().map(e -> e.codes().getFirst()).toList());
        assertEquals(List.of(before), incident.walk(agent.key()).orElseThrow().answers(), "with its time");
        robot.clickOn("#answer-next");
        assertEquals(2, model.incidents().sessionProperty().get().incident().walk(agent.key()).orElseThrow()
                .answers().size(), "what is done on it now goes into the incident");

        Path pdf = data.resolve("both.pdf");
        robot.interact(() -> assertTrue(view.incidentActions().exportPdf(pdf)));
        String text = text(Files.readAllBytes(pdf));
        assertTrue(text.contains("Also in this incident: " + AGENT), text);
        assertTrue(text.contains(agent.causes().get(1).title()), text);
        assertFalse(text.contains("cause:") || text.contains("step:"), text);
    }

    private static CommandView command(FxRobot robot, String text) {
        return robot.lookup("#cause-card .command-card").queryAll().stream().map(n -> (CommandView) n)
                .filter(v -> v.model().command().text().equals(text)).findFirst().orElseThrow();
    }

    private static List<String> checklistTitles(FxRobot robot) {
        return robot.lookup("#checklist .label").queryAll().stream().map(Node.class::cast)
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).filter(t -> t != null).toList();
    }

    private static String text(byte[] pdf) throws Exception {
        return PdfText.of(pdf);
    }

    private ErrorEntry open(FxRobot robot, String code) {
        var entry = model.browse().entries().stream()
                .filter(e -> e.codes().contains(code) && e.locale().equals("en-US")).findFirst().orElseThrow();
        robot.interact(() -> model.browse().selectedProperty().set(entry));
        return entry;
    }
}
