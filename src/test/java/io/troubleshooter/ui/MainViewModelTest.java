package io.troubleshooter.ui;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.testing.TestArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's state without a window: what is listed, what reopens, where Back goes. */
class MainViewModelTest {

    static Catalog catalog;
    @TempDir
    Path data;

    private final List<Settings> made = new ArrayList<>();

    @BeforeAll
    static void load() {
        catalog = TestArticles.catalog();
    }

    /** The settings written in the background are on disk before the temporary folder is deleted. */
    @AfterEach
    void writeSettings() {
        made.forEach(Settings::flush);
    }

    private Settings settings(Path file) {
        var settings = Settings.load(file);
        made.add(settings);
        return settings;
    }

    @Test
    void theErrorOpenLastTimeReopensInItsLanguage() throws Exception {
        Path file = data.resolve("settings.properties");
        Files.writeString(file, "last.entry=code\\:UserErrorGuestAgentStatusUnavailable|es-ES\n");
        var model = new MainViewModel(settings(file));
        model.setCatalog(catalog, App::search);

        var open = model.browse().selectedProperty().get();
        assertEquals("UserErrorGuestAgentStatusUnavailable", open.codes().getFirst());
        assertEquals("es-ES", open.locale());
        assertEquals("2024-02-01", open.articleVersion(), "the newest Spanish version");
        assertEquals(MainViewModel.Status.READY, model.statusProperty().get());
    }

    @Test
    void onlyTheNewestVersionOfEachArticleIsListed() {
        var model = new MainViewModel(settings(data.resolve("s.properties")));
        model.setCatalog(catalog, App::search);

        var versions = model.browse().entries().stream()
                .filter(e -> e.articleId().equals("agent-errors") && e.locale().equals("es-ES"))
                .map(e -> e.articleVersion()).distinct().toList();
        assertEquals(1, versions.size(), versions.toString());
        assertEquals("2024-02-01", versions.getFirst());
        assertEquals(2, catalog.entries().stream().filter(e -> e.locale().equals("es-ES")).count(),
                "the catalog holds both Spanish versions");
    }

    @Test
    void anUnknownLastErrorOpensNothing() throws Exception {
        Path file = data.resolve("settings.properties");
        Files.writeString(file, "last.entry=code\\:NoSuchCode|es-ES\nwindow.width=abc\n");
        var settings = settings(file);
        var model = new MainViewModel(settings);
        model.setCatalog(catalog, App::search);

        assertNull(model.browse().selectedProperty().get());
        assertTrue(settings.width().get() > 0, "a broken number falls back to the default");
    }
}
