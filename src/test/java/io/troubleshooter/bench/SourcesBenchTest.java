package io.troubleshooter.bench;

import io.troubleshooter.content.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The folder of copied articles the sources figures are measured on, and the figures it gives. */
class SourcesBenchTest {

    private static final Path ARTICLES = Path.of("src", "test", "resources", "articles");

    @Test
    void copiesAreArticlesOfTheirOwnInTheirLanguagesFolder(@TempDir Path dir) throws Exception {
        List<Path> written = SourcesCorpus.build(List.of(ARTICLES), 9, dir.resolve("team"));

        assertEquals(9, written.size());
        var loaded = ContentLoader.loadDirectories(List.of(dir.resolve("team")));
        assertEquals(9, loaded.articles().stream().map(a -> a.id()).distinct().count(), "each copy has its own id");
        assertTrue(loaded.articles().stream().anyMatch(a -> a.locale().equals("es-ES")));
        assertTrue(Files.readString(written.getFirst(), StandardCharsets.UTF_8).contains("ms.assetid: "));
    }

    @Test
    void measuresTheFolderColdWarmIndexedChangedSearchedAndHeld(@TempDir Path dir) throws Exception {
        SourcesCorpus.build(List.of(ARTICLES), 12, dir.resolve("team"));
        var log = new ByteArrayOutputStream();

        Map<String, Object> figures = SourcesBench.measure(dir.resolve("team"), Files.createDirectories(
                dir.resolve("data")), new PrintStream(log, true, StandardCharsets.UTF_8));

        assertEquals(12, figures.get("sources_files"));
        assertEquals(true, figures.get("sources_index_on_disk"), "the index is kept in the data folder");
        for (String key : List.of("sources_articles", "sources_cold_ms", "sources_warm_read_ms", "sources_change_ms",
                "sources_index_build_ms", "sources_index_warm_open_ms", "sources_index_sync_ms",
                "sources_index_documents", "sources_search_p99_ms", "sources_heap_mb", "sources_heap_found")) {
            assertTrue(figures.get(key) instanceof Number n && n.doubleValue() > 0, key + ": " + figures);
        }
    }
}
