package io.troubleshooter.ui.content;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.ui.Settings;
import io.troubleshooter.ui.i18n.I18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An engineer adds the team's articles, sees what was read from each, and the window follows the files. */
@ExtendWith(ApplicationExtension.class)
class ContentViewTest {

    @TempDir
    Path dir;
    private final LinkedBlockingQueue<Catalog> published = new LinkedBlockingQueue<>();
    /** Each catalog published, with whether it was said to hold every folder asked for. */
    private final List<Map.Entry<Catalog, Boolean>> told = new CopyOnWriteArrayList<>();
    private ContentViewModel model;
    private Settings settings;
    private TreeTableView<ContentRow> table;

    @Start
    void start(Stage stage) {
        settings = Settings.load(dir.resolve("data/settings.properties"));
        model = new ContentViewModel(dir.resolve("data"), settings, (catalog, complete) -> {
            published.add(catalog);
            told.add(Map.entry(catalog, complete));
        }, false);
        var view = new ContentView(model, I18n.english());
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
        table = view.lookupAll("#content-table").stream().map(n -> (TreeTableView<ContentRow>) n).findFirst()
                .orElseThrow();
        model.start();
    }

    @AfterEach
    void stop() {
        model.close();
        // The settings written in the background are on disk before the temporary folder is deleted.
        settings.flush();
    }

    static String article(String title, String code) {
        return "---\ntitle: " + title + "\nms.date: 01/10/2024\n---\n\n# " + title + "\n\n## " + code
                + ": The backup failed\n\n**Error code**: " + code + " <br>\n**Error message**: The backup failed<br>\n\n"
                + "Restart the backup service, then run the backup again.\n";
    }

    private Path write(String rel, String text) throws IOException {
        Path file = dir.resolve(rel);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void settle() throws InterruptedException {
        assertTrue(model.awaitIdle(60_000));
        assertTrue(model.awaitIdle(60_000), "the catalog made after the work is handed over too");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Catalog publishedWith(Predicate<Catalog> wanted) throws InterruptedException {
        while (true) {
            Catalog next = published.poll(30, TimeUnit.SECONDS);
            assertNotNull(next, "no catalog with the change was shown");
            if (wanted.test(next)) {
                return next;
            }
        }
    }

    private static boolean hasCode(Catalog catalog, String code) {
        return catalog.entries().stream().anyMatch(e -> e.codes().contains(code));
    }

    private Optional<TreeItem<ContentRow>> row(String name) {
        return table.getRoot().getChildren().stream().flatMap(f -> f.getChildren().stream())
                .filter(i -> i.getValue() instanceof ContentRow.File f && f.read().relative().equals(name)).findFirst();
    }

    private String cell(TreeItem<ContentRow> item, int column) {
        TreeTableColumn<ContentRow, ?> c = table.getColumns().get(column);
        return String.valueOf(c.getCellObservableValue(item).getValue());
    }

    @Test
    void theCatalogMadeOnceEveryFolderIsReadIsSaidToBeComplete() throws Exception {
        write("one/a.md", article("Alpha", "TeamErrorAlpha"));
        write("two/b.md", article("Beta", "TeamErrorBeta"));
        settle();
        told.clear();

        settings.sourceFolders().addAll(dir.resolve("one").toString(), dir.resolve("two").toString());
        settle();

        assertFalse(told.isEmpty());
        for (Map.Entry<Catalog, Boolean> each : told) {
            boolean both = hasCode(each.getKey(), "TeamErrorAlpha") && hasCode(each.getKey(), "TeamErrorBeta");
            assertTrue(both || !each.getValue(), "a catalog without both folders is not complete");
        }
        Map.Entry<Catalog, Boolean> last = told.getLast();
        assertTrue(last.getValue(), "once both are read the catalog is complete");
        assertTrue(hasCode(last.getKey(), "TeamErrorBeta"));
    }

    @Test
    void anAddedArticleIsListedWithItsLanguageVersionAndErrorsAndCanBeRemoved() throws Exception {
        Path note = write("outside/es-es/nota.md", article("Nota", "TeamErrorNota"));

        assertEquals(List.of(), model.addArticles(List.of(note.getParent())));
        publishedWith(c -> hasCode(c, "TeamErrorNota"));
        settle();

        TreeItem<ContentRow> item = row("es-es/nota.md").orElseThrow(() -> new AssertionError("not listed"));
        assertEquals("es-ES", cell(item, 1));
        assertEquals("2024-01-10", cell(item, 2));
        assertEquals("1", cell(item, 3));
        assertTrue(Files.exists(note), "the original stays where it was");

        Path copy = model.ownFolder().resolve("es-es/nota.md");
        assertTrue(model.removeArticle(copy));
        publishedWith(c -> !hasCode(c, "TeamErrorNota"));
        settle();
        assertFalse(row("es-es/nota.md").isPresent());
        assertFalse(model.removeArticle(note), "only articles added to the own folder are removed");
    }

    @Test
    void anArticleWithoutErrorsSaysSoAndAProblemOpensItsFileAtTheLine(@TempDir Path other) throws Exception {
        write("outside/plain.md", "# Just notes\n\nNothing here is an error.\n");

        model.addArticles(List.of(dir.resolve("outside/plain.md")));
        settle();

        TreeItem<ContentRow> item = row("plain.md").orElseThrow(() -> new AssertionError("not listed"));
        assertEquals("No error found", cell(item, 3));
        TreeItem<ContentRow> lint = item.getChildren().stream()
                .filter(i -> ((ContentRow.Lint) i.getValue()).problem().message().contains("No front matter"))
                .findFirst().orElseThrow();
        var robot = new FxRobot();
        robot.interact(() -> table.getSelectionModel().select(lint));
        TextArea preview = robot.lookup("#content-preview").queryAs(TextArea.class);
        assertTrue(preview.getText().startsWith("# Just notes"));
        assertEquals("# Just notes", preview.getSelectedText(), "the problem's line is selected");
    }

    @Test
    void aFolderReadFromSettingsIsFollowedWhenAFileInItChanges() throws Exception {
        Path team = dir.resolve("team");
        Path file = write("team/guides/a.md", article("Alpha", "TeamErrorAlpha"));

        new FxRobot().interact(() -> model.readFolder(team));
        publishedWith(c -> hasCode(c, "TeamErrorAlpha"));
        assertEquals(List.of(team.toAbsolutePath().normalize().toString()), settings.sourceFolders());

        Files.writeString(file, article("Alpha", "TeamErrorAlphaEdited"), StandardCharsets.UTF_8);
        Catalog edited = publishedWith(c -> hasCode(c, "TeamErrorAlphaEdited"));
        assertFalse(hasCode(edited, "TeamErrorAlpha"));

        new FxRobot().interact(() -> model.stopReading(team));
        publishedWith(c -> !hasCode(c, "TeamErrorAlphaEdited"));
    }
}
