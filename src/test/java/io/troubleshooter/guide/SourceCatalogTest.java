package io.troubleshooter.guide;

import io.troubleshooter.content.FolderWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A team's folder read into the catalog once, kept in the cache, and followed file by file afterwards. */
class SourceCatalogTest {

    @TempDir
    Path dir;

    static String article(String title, String code) {
        return "---\ntitle: " + title + "\nms.date: 01/10/2024\n---\n\n# " + title + "\n\n## " + code
                + ": The backup failed\n\n**Error code**: " + code + " <br>\n**Error message**: The backup failed<br>\n\n"
                + "Restart the backup service, then run the backup again.\n";
    }

    private Path write(String rel, String text) throws IOException {
        Path file = dir.resolve("team").resolve(rel);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private SourceCatalog load() {
        var sources = new SourceCatalog(Terms.shipped(), SourceCatalog.openCache(dir.resolve("data/cache")));
        sources.load(dir.resolve("team"), SourceCatalog.Progress.NONE);
        return sources;
    }

    private Map<Path, FileTime> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("data/cache"))) {
            return files.filter(f -> f.toString().endsWith(".bin")).collect(Collectors.toMap(Function.identity(), f -> {
                try {
                    return Files.getLastModifiedTime(f);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
    }

    private static List<String> codes(Catalog catalog) {
        return catalog.entries().stream().flatMap(e -> e.codes().stream()).sorted().toList();
    }

    @Test
    void aRestartTakesUnchangedFilesFromTheCacheAndReadsOnlyWhatChanged() throws IOException {
        write("a.md", article("Alpha", "TeamErrorAlpha"));
        write("b.md", article("Beta", "TeamErrorBeta"));
        write("c.md", article("Gamma", "TeamErrorGamma"));
        assertEquals(List.of("TeamErrorAlpha", "TeamErrorBeta", "TeamErrorGamma"), codes(load().catalog()));
        Map<Path, FileTime> first = cacheFiles();
        assertEquals(3, first.size());

        write("b.md", article("Beta", "TeamErrorBetaTwo"));
        SourceCatalog restarted = load();

        assertEquals(List.of("TeamErrorAlpha", "TeamErrorBetaTwo", "TeamErrorGamma"), codes(restarted.catalog()));
        Map<Path, FileTime> second = cacheFiles();
        assertEquals(4, second.size(), "one new result, for the changed file");
        first.forEach((file, time) -> assertEquals(time, second.get(file), file + " was not written again"));
    }

    @Test
    void aCorruptOrForeignCacheIsDiscardedAndTheArticlesReadAgain() throws IOException {
        write("a.md", article("Alpha", "TeamErrorAlpha"));
        write("b.md", article("Beta", "TeamErrorBeta"));
        load();
        List<Path> cached = List.copyOf(cacheFiles().keySet());
        Files.write(cached.get(0), new byte[]{1, 2, 3});
        byte[] header = Files.readAllBytes(cached.get(1));
        try (var raw = Files.newOutputStream(cached.get(1))) {
            // The header of a real result (magic, format, build, key) followed by an object of another kind.
            raw.write(header, 0, 4 + 4 + 2 + 16 + 2 + 64);
            var out = new ObjectOutputStream(raw);
            out.writeObject(new Date());
            out.flush();
        }
        Path foreign = Files.createDirectories(dir.resolve("data/cache/articles-0000000000000000"));
        Files.writeString(foreign.resolve("x.bin"), "another build's cache");

        SourceCatalog again = load();

        assertEquals(List.of("TeamErrorAlpha", "TeamErrorBeta"), codes(again.catalog()));
        assertFalse(Files.exists(foreign), "another build's cache is removed");
        assertEquals(2, cacheFiles().size());
        assertEquals(codes(again.catalog()), codes(load().catalog()), "the rebuilt cache reads back");
    }

    @Test
    void aFileChangedAddedOrRemovedIsReadAloneAndTheCatalogFollows() throws IOException {
        Path a = write("a.md", article("Alpha", "TeamErrorAlpha"));
        Path b = write("es-es/b.md", article("Beta", "TeamErrorBeta"));
        SourceCatalog sources = load();

        Files.writeString(a, article("Alpha", "TeamErrorAlphaTwo"));
        assertTrue(sources.refresh(a));
        Path c = write("sub/c.md", article("Gamma", "TeamErrorGamma"));
        assertTrue(sources.refresh(c));
        Files.delete(b);
        assertTrue(sources.refresh(b));
        assertFalse(sources.refresh(dir.resolve("elsewhere/x.md")), "not in a folder read");

        assertEquals(List.of("TeamErrorAlphaTwo", "TeamErrorGamma"), codes(sources.catalog()));
        assertEquals(List.of("a.md", "sub/c.md"), sources.sources().getFirst().files().stream()
                .map(SourceCatalog.FileRead::relative).toList());
    }

    @Test
    void eachFilesEntriesAreKeyedByWhatItHeldSoOnlyAChangedFileGetsANewKey() throws IOException {
        Path a = write("a.md", article("Alpha", "TeamErrorAlpha"));
        write("b.md", article("Beta", "TeamErrorBeta"));
        SourceCatalog sources = load();
        Map<String, List<ErrorEntry>> before = sources.catalog().entriesByFile();

        Files.writeString(a, article("Alpha", "TeamErrorAlphaTwo"));
        sources.refresh(a);
        Map<String, List<ErrorEntry>> after = sources.catalog().entriesByFile();

        assertEquals(2, before.size());
        assertEquals(2, after.size());
        assertEquals(1, after.keySet().stream().filter(before::containsKey).count(), "b kept its key");
        assertTrue(after.values().stream().anyMatch(e -> e.getFirst().codes().contains("TeamErrorAlphaTwo")));
    }

    @Test
    void theShippedContentHasOneKeyWhicheverWayItIsRead() {
        var sources = new SourceCatalog(Terms.shipped(), null);
        sources.loadShipped();

        Map<String, List<ErrorEntry>> shipped = Catalog.loadShipped().entriesByFile();

        assertEquals(1, shipped.size());
        assertEquals(shipped.keySet(), sources.catalog().entriesByFile().keySet());
        assertFalse(shipped.values().iterator().next().isEmpty());
    }

    @Test
    void theWatcherTellsOfAFileSavedInTheFolderAndTheCatalogShowsIt() throws Exception {
        Path a = write("deep/er/a.md", article("Alpha", "TeamErrorAlpha"));
        SourceCatalog sources = load();
        var seen = new LinkedBlockingQueue<Catalog>();
        try (var watcher = new FolderWatcher((root, file) -> {
            if (sources.refresh(file)) {
                seen.add(sources.catalog());
            }
        })) {
            watcher.watch(dir.resolve("team"));
            Files.writeString(a, article("Alpha", "TeamErrorWatched"));
            Catalog next;
            do {
                next = seen.poll(20, TimeUnit.SECONDS);
                assertNotNull(next, "the change was told");
            } while (!codes(next).equals(List.of("TeamErrorWatched")));
            Path added = write("new-folder/b.md", article("Beta", "TeamErrorNew"));
            do {
                next = seen.poll(20, TimeUnit.SECONDS);
                assertNotNull(next, "a file in a folder made after the watch began is told too: " + added);
            } while (!codes(next).contains("TeamErrorNew"));
        }
    }
}
