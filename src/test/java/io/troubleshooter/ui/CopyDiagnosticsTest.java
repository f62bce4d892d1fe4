package io.troubleshooter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.Terms;
import io.troubleshooter.logging.LogFile;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A support engineer asks for the diagnostics to attach to a bug report. */
@ExtendWith(ApplicationExtension.class)
class CopyDiagnosticsTest {

    private static final Logger LOG = System.getLogger(CopyDiagnosticsTest.class.getName());

    @TempDir
    Path data;
    private LogFile log;
    private Thread.UncaughtExceptionHandler uncaught;
    private MainViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        uncaught = Thread.getDefaultUncaughtExceptionHandler();
        log = LogFile.install(data.resolve("logs"));
        Path articles = Files.createDirectories(data.resolve("articles"));
        Files.writeString(articles.resolve("a.md"), """
                # Troubleshoot backups

                ## <a name="usererrordiagnosticssample"></a>UserErrorDiagnosticsSample

                **Error code**: UserErrorDiagnosticsSample
                **Error message**: The sample failed.

                Restart the agent.
                """, StandardCharsets.UTF_8);
        var catalog = Catalog.build(ContentLoader.loadDirectories(List.of(articles)), Terms.shipped());
        model = PlainWindow.show(stage, data.resolve("settings.properties"), catalog, url -> { }).model();
    }

    @AfterEach
    void closeLog() {
        log.close();
        Thread.setDefaultUncaughtExceptionHandler(uncaught);
    }

    @Test
    void copyDiagnosticsPutsVersionsFoldersContentAndTheLogsEndOnTheClipboard(FxRobot robot) {
        LOG.log(Level.WARNING, "the incident could not be saved: disk full");

        robot.clickOn("#app-menu");
        robot.clickOn("#copy-diagnostics");

        String report = MainWindowTest.fxClipboard(robot);
        List<String> lines = report.lines().toList();
        assertTrue(lines.contains("Data folder: " + data.toAbsolutePath()), report);
        assertTrue(lines.contains("Locale: UI en, system " + Locale.getDefault().toLanguageTag()), report);
        assertTrue(lines.contains("JavaFX: " + System.getProperty("javafx.runtime.version")), report);
        assertTrue(lines.stream().anyMatch(l -> l.matches("App version: \\d+\\.\\d+\\.\\d+.*")), report);
        Catalog content = model.catalogProperty().get();
        assertTrue(lines.contains("Content: " + content.articles().size() + " articles, " + content.entries().size()
                + " entries, " + content.problems().size() + " problems"), report);
        int logStart = lines.indexOf("Log: " + log.file() + ", last " + (lines.size() - 9) + " lines");
        assertEquals(8, logStart, report);
        String logged = "WARNING " + CopyDiagnosticsTest.class.getName() + " [" + Thread.currentThread().getName()
                + "] the incident could not be saved: disk full";
        assertTrue(lines.subList(logStart + 1, lines.size()).stream().anyMatch(l -> l.endsWith(logged)), report);
        var toast = robot.lookup("#toast").queryAs(Label.class);
        assertTrue(toast.isVisible());
        assertEquals("Diagnostics copied: paste them into the bug report", toast.getText());
    }
}
