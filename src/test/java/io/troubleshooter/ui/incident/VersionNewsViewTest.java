package io.troubleshooter.ui.incident;

import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Terms;
import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.ui.guide.GuideViewModel;
import io.troubleshooter.ui.i18n.I18n;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checklist says when a newer version of its article changed the error's causes, and keeps its own. */
@ExtendWith(ApplicationExtension.class)
class VersionNewsViewTest {

    private static final Path ARTICLE = Path.of("src/test/resources/articles/en-US/agent-errors.2024-01-10.md");
    private static final String CODE = "code:UserErrorGuestAgentStatusUnavailable";

    @TempDir
    Path data;
    private final AtomicReference<Catalog> catalog = new AtomicReference<>();
    private IncidentViewModel model;

    @Start
    void start(Stage stage) {
        model = new IncidentViewModel(data.resolve("data"));
        model.kept().useCatalog(catalog::get);
        stage.setScene(new Scene(new ChecklistView(model, new GuideViewModel(), I18n.english(), () -> null), 420, 700));
        stage.show();
    }

    @AfterEach
    void closeModel() {
        model.shutDown();
    }

    @Test
    void aNewerVersionOfTheArticleIsToldWithWhatItChangedInTheCauses(FxRobot robot) throws Exception {
        Path content = Files.createDirectories(data.resolve("content"));
        String old = Files.readString(ARTICLE, StandardCharsets.UTF_8).replace("ms.date: 01/10/2024",
                "ms.assetid: agent-errors\nms.date: 01/10/2024");
        Path oldFile = Files.writeString(content.resolve("agent-errors.md"), old, StandardCharsets.UTF_8);
        catalog.set(load(content));
        ErrorEntry walked = catalog.get().group(CODE).orElseThrow().versions().getFirst();
        robot.interact(() -> model.create(walked, new IncidentInfo("INC-9", "", "", "")).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        Label news = robot.lookup("#incident-version-news").queryAs(Label.class);
        var kept = model.sessionProperty().get().incident().error();
        assertNotNull(kept.textHash(), "the walked version is kept");
        assertTrue(model.kept().news(kept).get(10, TimeUnit.SECONDS).isEmpty(), "nothing newer yet");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(news.isVisible(), "nothing newer yet");

        String newer = old.replace("ms.date: 01/10/2024", "ms.date: 06/01/2025")
                .replace("**Cause 5: [The VM has no internet access](#the-vm-has-no-internet-access)**",
                        "**Cause 5: [The VSS writers are in a bad state](#the-vss-writers-are-in-a-bad-state)**");
        Files.writeString(content.resolve("agent-errors-2025.md"), newer, StandardCharsets.UTF_8);
        Files.delete(oldFile);
        catalog.set(load(content));
        // Told as the content is read again, with the incident open: no need to open it again.
        robot.interact(model.kept()::contentChanged);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, news::isVisible);
        assertEquals("A newer version of the article (2025-06-01) changes this error: causes added: 1, causes "
                + "removed: 1. This checklist keeps the version it was walked on (2024-01-10).", news.getText());
    }

    private static Catalog load(Path content) {
        return Catalog.build(ContentLoader.loadDirectories(List.of(content)), Terms.shipped());
    }
}
