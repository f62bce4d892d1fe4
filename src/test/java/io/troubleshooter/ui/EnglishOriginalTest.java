package io.troubleshooter.ui;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.testing.BackupArticles;
import io.troubleshooter.ui.browse.BrowseViewModel.Header;
import io.troubleshooter.ui.browse.BrowseViewModel.Item;
import io.troubleshooter.ui.browse.BrowseViewModel.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In an English UI, a Spanish machine translation that carries its English original in the same file lists and
 * opens the English original, under its English title, without a "no English version" badge.
 */
class EnglishOriginalTest {

    private static final String ENGLISH_TITLE = "Troubleshoot VM agent errors in Azure Backup";

    @TempDir
    Path data;
    Settings settings;
    MainViewModel model;

    @BeforeEach
    void englishWindow() {
        settings = Settings.load(data.resolve("settings.properties"));
        settings.language().set("en");
        model = new MainViewModel(settings);
        model.setCatalog(BackupArticles.catalog(), App::search);
    }

    /** The settings save in the background: done before the folder goes. */
    @AfterEach
    void saved() {
        settings.flush();
    }

    /** The rows under each heading of the list, by the heading's title and language. */
    private Map<String, List<ErrorEntry>> sections() {
        var sections = new LinkedHashMap<String, List<ErrorEntry>>();
        List<ErrorEntry> current = null;
        for (Item item : model.browse().items()) {
            if (item instanceof Header h) {
                current = new ArrayList<>();
                sections.put(h.title() + " [" + h.locale() + "]", current);
            } else if (item instanceof Row r && current != null) {
                current.add(r.entry());
            }
        }
        return sections;
    }

    @Test
    void theEnglishHeadingListsOnlyTheEnglishOriginal() {
        var english = sections().get(ENGLISH_TITLE + " [en-US]");
        assertNotNull(english, "the English original has its heading: " + sections().keySet());
        assertEquals(List.of("en-US"), english.stream().map(ErrorEntry::locale).distinct().toList(),
                "no Spanish row under the English heading");
        assertEquals(3, english.size(), "its three errors, once each");
        assertTrue(sections().keySet().stream().anyMatch(k -> k.endsWith("[es-ES]") && !k.startsWith(ENGLISH_TITLE)
                        && sections().get(k).stream().anyMatch(e -> e.articleId().equals("vm-agent-errors"))),
                "the translation keeps its own Spanish heading: " + sections().keySet());
        model.browse().items().stream().filter(i -> i instanceof Header).map(i -> (Header) i).forEach(h ->
                assertEquals(h.count(), sections().get(h.title() + " [" + h.locale() + "]").size(), h.title()));
    }

    @Test
    void theFirstErrorUnderTheEnglishHeadingOpensInEnglishWithoutABadge() {
        ErrorEntry first = sections().get(ENGLISH_TITLE + " [en-US]").getFirst();
        model.browse().selectedProperty().set(first);

        ErrorEntry open = model.guide().entryProperty().get();
        assertEquals(BackupArticles.AGENT, open.codes().getFirst());
        assertEquals("en-US", open.locale());
        assertEquals("VM Agent unable to communicate with Azure Backup", open.message());
        assertNull(model.missingLanguageProperty().get(), "an English version exists: no badge");
    }

    @Test
    void searchingACodeOpensTheEnglishOriginal() {
        model.browse().queryProperty().set(BackupArticles.AGENT);
        assertTrue(model.browse().openFirst());

        assertEquals("en-US", model.guide().entryProperty().get().locale());
        assertNull(model.missingLanguageProperty().get());
    }

    @Test
    void theBadgeShowsOnlyWhereNoEnglishVersionExists() {
        var spanishOnly = model.browse().entries().stream()
                .filter(e -> e.articleId().equals("vm-agent-timeout") && e.locale().equals("es-ES")).findFirst()
                .orElseThrow();
        model.browse().selectedProperty().set(spanishOnly);
        assertEquals("en", model.missingLanguageProperty().get());

        model.browse().selectedProperty().set(BackupArticles.entry(BackupArticles.SNAPSHOT, "en-US"));
        assertNull(model.missingLanguageProperty().get());
    }
}
