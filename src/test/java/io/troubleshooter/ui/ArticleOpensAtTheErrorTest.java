package io.troubleshooter.ui;

import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Terms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl+3 right after a start, the Article view never shown before: it opens at the section of the error on
 * screen, also for an error that is a row of a table, which the article names by no anchor of its own.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleOpensAtTheErrorTest {

    private static final String FILLER = "The backup service takes a snapshot of every disk, then copies it to the "
            + "vault. Each step reports its state to the service, which shows it in the portal.\n\n";
    private static final String ARTICLE = """
            ---
            title: Troubleshoot backup jobs
            ms.date: 03/01/2024
            ---

            # <a name="troubleshoot-backup-jobs"></a>Troubleshoot backup jobs

            ## <a name="how-backup-works"></a>How backup works

            FILLER
            ## <a name="jobs"></a>Jobs

            | Error message | Cause | Recommendation |
            | --- | --- | --- |
            | Cancellation isn't supported for this job type | The job type cannot be stopped | Wait until the job finishes. |
            | The job isn't in a cancelable state | The job is almost done | Wait until the job finishes. |

            ## <a name="next-steps"></a>Next steps

            FILLER
            """.replace("FILLER", FILLER.repeat(14));

    @TempDir
    static Path data;
    MainViewModel model;
    ErrorEntry row;
    Catalog catalog;

    /** As after a restart: the window opens on the error open last time, a row of the Jobs table. */
    @Start
    void start(Stage stage) throws IOException {
        Path content = Files.createDirectories(data.resolve("content-" + System.nanoTime()));
        Files.writeString(content.resolve("backup-jobs.md"), ARTICLE, StandardCharsets.UTF_8);
        catalog = Catalog.build(ContentLoader.loadDirectories(List.of(content)), Terms.shipped());
        row = catalog.entries().stream().filter(e -> e.title().startsWith("The job isn't in a cancelable state"))
                .findFirst().orElseThrow(() -> new IllegalStateException("the table row was not read as an error"));
        Path settings = data.resolve("settings-" + System.nanoTime() + ".properties");
        Files.writeString(settings, "last.entry=" + row.key().replace(":", "\\:") + "|" + row.locale() + "\n",
                StandardCharsets.UTF_8);
        model = PlainWindow.show(stage, settings, catalog, url -> { }).model();
    }

    @Test
    void theFirstCtrl3OpensAtTheSectionOfTheTableRowOnScreen(FxRobot robot) {
        assertEquals(row, model.guide().entryProperty().get(), "the row restored from the last time");
        assertTrue(catalog.articles().getFirst().sections().stream().noneMatch(s -> s.anchor().equals(row.anchor())),
                "the row has no anchor in the article: " + row.anchor());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        var missing = robot.lookup(".md-anchor-missing").queryAs(Label.class);
        assertFalse(missing.isVisible(), missing.getText());
        var scroller = robot.lookup(".md-scroller").queryAs(ScrollPane.class);
        Node heading = robot.lookup((Node n) -> "jobs".equals(n.getProperties().get("md-anchor"))).query();
        double top = heading.localToScene(heading.getBoundsInLocal()).getMinY();
        double viewportTop = scroller.localToScene(scroller.getBoundsInLocal()).getMinY();
        assertTrue(scroller.getVvalue() > 0, "scrolled down to the table");
        assertTrue(top - viewportTop > -2 && top - viewportTop < 60,
                "the table's heading at the top: " + (top - viewportTop));
    }
}
