package io.troubleshooter.search;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static io.troubleshooter.search.TeamFolder.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search the window keeps in step with each catalog shown, as folders are read and files change. */
class CatalogSearchTest {

    @TempDir
    Path dir;
    private Path cache;
    private TeamFolder team;
    private Path beta;

    @BeforeEach
    void folder() throws IOException {
        cache = dir.resolve("data/cache");
        team = new TeamFolder(dir.resolve("team"));
        team.write("alpha.md", "Alpha", "TeamErrorAlpha", "The alpha snapshot stalled");
        beta = team.write("beta.md", "Beta", "TeamErrorBeta", "The beta vault refused the key");
    }

    private static Function<String, List<ErrorEntry>> search(CatalogSearch search, Catalog catalog, boolean complete) {
        return search.searchFor(catalog, complete, catalog.entries(), 10);
    }

    @Test
    void aChangedFileIsFoundByItsNewWordsAsAnEntryOfTheCatalogShown() throws IOException {
        try (var search = new CatalogSearch(() -> SearchIndex.open(cache))) {
            assertEquals(List.of("TeamErrorBeta"), codes(search(search, team.read(), true).apply("vault refused")));
            team.write("beta.md", "Beta", "TeamErrorBeta", "The beta certificate expired");
            Catalog changed = team.read(beta);

            var found = search(search, changed, true).apply("certificate expired");

            assertEquals(List.of("TeamErrorBeta"), codes(found));
            assertTrue(changed.entries().stream().anyMatch(e -> e == found.getFirst()), "the shown catalog's entry");
            assertNotNull(search.lastSync());
            assertEquals(1, search.lastSync().documentsAdded(), "only the changed file was indexed");
            assertEquals(List.of(), search(search, changed, true).apply("vault refused"));
        }
    }

    @Test
    void whileFoldersAreReadTheIndexKeepsWhatItHoldsOfTheOthers() throws IOException {
        Catalog all = team.read();
        try (var search = new CatalogSearch(() -> SearchIndex.open(cache))) {
            search(search, all, true).apply("alpha");
        }
        Files.delete(beta);
        Catalog withoutBeta = new TeamFolder(dir.resolve("team")).read();

        try (var search = new CatalogSearch(() -> SearchIndex.open(cache))) {
            assertEquals(List.of(), search(search, withoutBeta, false).apply("vault refused"), "not in the catalog");
            assertEquals(0, search.lastSync().documentsAdded(), "the index of the last start was reused");

            assertEquals(List.of("TeamErrorBeta"), codes(search(search, all, true).apply("vault refused")));
            assertEquals(0, search.lastSync().documentsAdded(), "beta's documents were kept while it was not read");
        }
    }

    @Test
    void anEntryTheListDoesNotShowIsNotFound() {
        Catalog catalog = team.read();
        List<ErrorEntry> alphaOnly = catalog.entries().stream().filter(e -> e.codes().contains("TeamErrorAlpha"))
                .toList();
        try (var search = new CatalogSearch(SearchIndex::inMemory)) {
            var find = search.searchFor(catalog, true, alphaOnly, 10);

            assertEquals(List.of(), find.apply("vault refused"));
            assertEquals(List.of("TeamErrorAlpha"), codes(find.apply("TeamError")));
        }
    }

    @Test
    void aQueryBeforeTheWindowStartedTheIndexStartsIt() {
        try (var search = new CatalogSearch(SearchIndex::inMemory)) {
            Catalog catalog = team.read();

            assertEquals(List.of("TeamErrorAlpha"), codes(search(search, catalog, false).apply("snapshot stalled")));
        }
    }
}
