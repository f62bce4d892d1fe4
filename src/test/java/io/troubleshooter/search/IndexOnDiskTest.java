package io.troubleshooter.search;

import io.troubleshooter.guide.Catalog;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.troubleshooter.search.TeamFolder.codes;
import static io.troubleshooter.search.TeamFolder.indexFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index kept in the data folder: a restart reuses it and updates only what changed, and a bad one is not used. */
class IndexOnDiskTest {

    @TempDir
    Path dir;
    private Path cache;
    private TeamFolder team;
    private Path alpha;
    private Path beta;
    private Path gamma;

    @BeforeEach
    void folder() throws IOException {
        cache = dir.resolve("data/cache");
        team = new TeamFolder(dir.resolve("team"));
        alpha = team.write("alpha.md", "Alpha", "TeamErrorAlpha", "The alpha snapshot stalled");
        beta = team.write("beta.md", "Beta", "TeamErrorBeta", "The beta vault refused the key");
        gamma = team.write("gamma.md", "Gamma", "TeamErrorGamma", "The gamma agent stopped answering");
    }

    private SearchIndex.Sync firstStart(Catalog catalog) {
        try (SearchIndex index = SearchIndex.open(cache)) {
            assertTrue(index.onDisk());
            return index.sync(catalog.entriesByFile(), true);
        }
    }

    @Test
    void aRestartReusesTheIndexAndAddsNothing() {
        Catalog catalog = team.read();
        SearchIndex.Sync first = firstStart(catalog);
        assertEquals(3, first.documentsAdded());

        try (SearchIndex index = SearchIndex.open(cache)) {
            SearchIndex.Sync again = index.sync(catalog.entriesByFile(), true);

            assertEquals(0, again.documentsAdded());
            assertFalse(again.changed());
            assertEquals(List.of("TeamErrorBeta"), codes(index, "vault refused"));
        }
    }

    @Test
    void aFileChangedWhileClosedIsFoundByItsNewWordsAndNoLongerByItsOld() throws IOException {
        firstStart(team.read());
        team.write("beta.md", "Beta", "TeamErrorBetaRenamed", "The beta certificate expired");
        Catalog changed = team.read(beta);

        try (SearchIndex index = SearchIndex.open(cache)) {
            SearchIndex.Sync sync = index.sync(changed.entriesByFile(), true);

            assertEquals(1, sync.filesAdded());
            assertEquals(1, sync.filesRemoved());
            assertEquals(1, sync.documentsAdded(), "only the changed file is indexed again");
            assertEquals(List.of("TeamErrorBetaRenamed"), codes(index, "certificate expired"));
            assertEquals(List.of(), codes(index, "vault refused"));
            assertFalse(codes(index, "TeamErrorBeta").contains("TeamErrorBeta"));
        }
    }

    @Test
    void aRemovedFilesEntriesAreGone() throws IOException {
        Catalog catalog = team.read();
        try (SearchIndex index = SearchIndex.open(cache)) {
            index.sync(catalog.entriesByFile(), true);
            assertEquals("TeamErrorGamma", codes(index, "TeamErrorGamma").getFirst());
            Files.delete(gamma);

            SearchIndex.Sync sync = index.sync(team.read(gamma).entriesByFile(), true);

            assertEquals(1, sync.filesRemoved());
            assertFalse(codes(index, "TeamErrorGamma").contains("TeamErrorGamma"));
            assertEquals(List.of(), codes(index, "agent stopped answering"));
            assertEquals("TeamErrorAlpha", codes(index, "TeamErrorAlpha").getFirst());
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aCorruptIndexIsMadeAgain(boolean commitPoint) throws IOException {
        Catalog catalog = team.read();
        firstStart(catalog);
        Path folder = indexFolder(cache);
        try (Stream<Path> files = Files.list(folder)) {
            // The commit point, or only the segments' data, which the commit point's own checksum does not cover.
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")
                    && f.getFileName().toString().startsWith("segments") == commitPoint).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i < bytes.length; i += 7) {
                    bytes[i] ^= 0x5A;
                }
                Files.write(file, bytes);
            }
        }

        try (SearchIndex index = SearchIndex.open(cache)) {
            SearchIndex.Sync sync = index.sync(catalog.entriesByFile(), true);

            assertTrue(index.onDisk(), "made again where it was");
            assertEquals(3, sync.documentsAdded());
            assertEquals(List.of("TeamErrorAlpha"), codes(index, "alpha snapshot"));
        }
    }

    @Test
    void anIndexThisBuildDidNotWriteIsMadeAgain() throws IOException {
        Catalog catalog = team.read();
        firstStart(catalog);
        Path folder = indexFolder(cache);
        try (var directory = FSDirectory.open(folder);
             var foreign = new IndexWriter(directory, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            foreign.commit();
        }

        try (SearchIndex index = SearchIndex.open(cache)) {
            SearchIndex.Sync sync = index.sync(catalog.entriesByFile(), true);

            assertEquals(3, sync.documentsAdded());
            assertEquals(List.of("TeamErrorGamma"), codes(index, "gamma agent"));
        }
    }

    @Test
    void aSecondWindowOnTheSameDataFolderKeepsItsIndexInMemory() {
        Catalog catalog = team.read();
        try (SearchIndex first = SearchIndex.open(cache); SearchIndex second = SearchIndex.open(cache)) {
            first.sync(catalog.entriesByFile(), true);
            second.sync(catalog.entriesByFile(), true);

            assertTrue(first.onDisk());
            assertFalse(second.onDisk());
            assertEquals(List.of("TeamErrorAlpha"), codes(second, "alpha snapshot"));
            assertEquals(List.of("TeamErrorAlpha"), codes(first, "alpha snapshot"));
        }
        try (SearchIndex reopened = SearchIndex.open(cache)) {
            assertEquals(0, reopened.sync(catalog.entriesByFile(), true).documentsAdded(),
                    "the first window's index was left as it was");
        }
    }

    @Test
    void withoutADataFolderTheIndexFollowsTheFilesInMemory() throws IOException {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.sync(team.read().entriesByFile(), true);
            team.write("alpha.md", "Alpha", "TeamErrorAlpha", "The alpha disk filled up");

            index.sync(team.read(alpha).entriesByFile(), true);

            assertEquals(List.of("TeamErrorAlpha"), codes(index, "disk filled"));
            assertEquals(List.of(), codes(index, "snapshot stalled"));
        }
    }
}
