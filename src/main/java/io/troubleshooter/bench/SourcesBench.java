package io.troubleshooter.bench;

import io.troubleshooter.content.FolderWatcher;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.SourceCatalog;
import io.troubleshooter.guide.Terms;
import io.troubleshooter.search.CatalogSearch;
import io.troubleshooter.search.SearchIndex;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.troubleshooter.bench.Samples.median;
import static io.troubleshooter.bench.Samples.round;

/**
 * A team's folder of real-sized articles as the app reads it: the first read with an empty cache ({@code
 * sources_cold_ms}), a read again with the cache ({@code sources_warm_read_ms}), its search index built on disk
 * and opened again ({@code sources_index_build_ms}, {@code sources_index_warm_open_ms}), one file changed on disk
 * until a catalog with the change is made and the window's search finds the changed entry ({@code
 * sources_change_ms}, through the folder watcher; {@code sources_index_sync_ms} the index's part), the search over
 * it, and the heap with it loaded and searched. The folder is made from copies of real articles in a temporary folder and deleted.
 */
public final class SourcesBench {

    public static final int ARTICLES = 2_000;
    private static final int CHANGES = 7;

    private SourcesBench() {
    }

    /** The figures for a folder already made ({@link SourcesCorpus}) and a data folder to keep the cache in. */
    public static Map<String, Object> measure(Path folder, Path data, PrintStream log)
            throws IOException, InterruptedException {
        var result = new LinkedHashMap<String, Object>();
        Terms terms = Terms.shipped();
        Path cache = data.resolve("cache");
        long start = System.nanoTime();
        var cold = new SourceCatalog(terms, SourceCatalog.openCache(cache));
        cold.load(folder, (done, total) -> {
            if (done % 500 == 0 || done == total) {
                log.println("bench: sources cold read " + done + "/" + total);
            }
        });
        Catalog coldCatalog = cold.catalog();
        result.put("sources_articles", coldCatalog.articles().size());
        result.put("sources_files", cold.sources().getFirst().files().size());
        result.put("sources_entries", coldCatalog.entries().size());
        result.put("sources_cold_ms", Math.round(millisSince(start)));
        start = System.nanoTime();
        var warm = new SourceCatalog(terms, SourceCatalog.openCache(cache));
        warm.load(folder, SourceCatalog.Progress.NONE);
        Catalog catalog = warm.catalog();
        result.put("sources_warm_read_ms", Math.round(millisSince(start)));
        log.println("bench: sources read cold and warm");
        result.putAll(index(catalog, cache));
        log.println("bench: sources index built and opened again");
        // The window's own search: the index on disk, brought to each catalog shown.
        try (var search = new CatalogSearch(() -> SearchIndex.open(cache))) {
            search.start();
            var open = search.searchFor(catalog, true, catalog.entries(), SearchBench.LIMIT);
            open.apply("warm");
            Changes changes = change(warm, folder, search);
            result.put("sources_change_ms", round(changes.shownMs()));
            result.put("sources_index_sync_ms", round(changes.syncMs()));
            log.println("bench: sources change measured");
            Catalog listed = warm.catalog();
            var find = search.searchFor(listed, true, listed.entries(), SearchBench.LIMIT);
            SearchBench.Figures figures = SearchBench.measure(find, listed.entries().size(), listed.articles().size(),
                    0, 3, 3);
            result.put("sources_search_p50_ms", round(figures.p50Ms()));
            result.put("sources_search_p99_ms", round(figures.p99Ms()));
            log.println("bench: sources search measured");
            coldCatalog = null;
            cold = null;
            catalog = null;
            listed = null;
            System.gc();
            Runtime rt = Runtime.getRuntime();
            result.put("sources_heap_mb", round((rt.totalMemory() - rt.freeMemory()) / 1024.0 / 1024.0));
            // Held until here, so the heap measured is the one with the folder loaded and searched.
            result.put("sources_heap_articles", warm.catalog().articles().size());
            result.put("sources_heap_found", find.apply("backup").size());
        }
        return result;
    }

    /**
     * The index of the folder built from nothing on disk ({@code sources_index_build_ms}), and opened again with
     * nothing changed ({@code sources_index_warm_open_ms}), both until saved.
     */
    private static Map<String, Object> index(Catalog catalog, Path cache) throws IOException {
        var result = new LinkedHashMap<String, Object>();
        long start = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(cache)) {
            SearchIndex.Sync built = index.sync(catalog.entriesByFile(), true);
            index.commit();
            result.put("sources_index_build_ms", Math.round(millisSince(start)));
            result.put("sources_index_documents", built.documentsAdded());
            result.put("sources_index_on_disk", index.onDisk());
        }
        start = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(cache)) {
            SearchIndex.Sync again = index.sync(catalog.entriesByFile(), true);
            index.commit();
            result.put("sources_index_warm_open_ms", round(millisSince(start)));
            if (again.documentsAdded() != 0) {
                throw new IOException("the index opened again added " + again.documentsAdded() + " documents");
            }
        }
        return result;
    }

    private record Changes(double shownMs, double syncMs) { }

    /**
     * Median time from a file written (a new title, a code renamed) to a catalog showing its new title and the
     * window's search finding the entry by its new code; and of the sync alone. The change is told by the folder watcher.
     */
    private static Changes change(SourceCatalog sources, Path folder, CatalogSearch search)
            throws IOException, InterruptedException {
        SourceCatalog.FileRead chosen = null;
        for (SourceCatalog.FileRead read : sources.sources().getFirst().files()) {
            Path candidate = read.source().resolve(read.relative());
            if (read.articles().size() == 1 && read.entryCount() > 0 && !read.entries().getFirst().getFirst().codes()
                    .isEmpty() && Files.readString(candidate, StandardCharsets.UTF_8).contains("\n# ")) {
                chosen = read;
                break;
            }
        }
        if (chosen == null) {
            throw new IOException("no article with a title heading and a coded error in " + folder);
        }
        Path file = chosen.source().resolve(chosen.relative());
        String code = chosen.entries().getFirst().getFirst().codes().getFirst();
        String original = Files.readString(file, StandardCharsets.UTF_8);
        var seen = new LinkedBlockingQueue<Catalog>();
        double[] times = new double[CHANGES];
        double[] syncs = new double[CHANGES];
        try (var watcher = new FolderWatcher((root, changed) -> {
            if (sources.refresh(changed)) {
                seen.add(sources.catalog());
            }
        })) {
            watcher.watch(folder);
            for (int i = 0; i < CHANGES; i++) {
                String title = "Changed title " + i;
                // A code of its own: copies of the article elsewhere in the folder hold the original one.
                String renamed = code + "Edited" + i;
                long start = System.nanoTime();
                Files.writeString(file, original.replaceFirst("(?m)^# .*$", "# " + title).replace(code, renamed),
                        StandardCharsets.UTF_8);
                while (true) {
                    Catalog next = seen.poll(10, TimeUnit.SECONDS);
                    if (next == null) {
                        throw new IOException("the change to " + file + " was not seen in 10 s");
                    }
                    if (shows(next, title, search.searchFor(next, true, next.entries(), SearchBench.LIMIT)
                            .apply(renamed))) {
                        break;
                    }
                }
                times[i] = millisSince(start);
                SearchIndex.Sync sync = search.lastSync();
                syncs[i] = sync == null ? 0 : sync.millis();
            }
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
        return new Changes(median(times), median(syncs));
    }

    /** Whether an article of {@code catalog} has {@code title} and an entry of it is among those {@code found}. */
    private static boolean shows(Catalog catalog, String title, List<ErrorEntry> found) {
        var titled = Collections.newSetFromMap(new IdentityHashMap<ErrorEntry, Boolean>());
        catalog.articles().stream().filter(a -> a.title().equals(title)).forEach(a -> titled.addAll(catalog.entries(a)));
        return found.stream().anyMatch(titled::contains);
    }

    public static Path makeFolder(List<Path> from, Path target, int articles) throws IOException {
        SourcesCorpus.build(from, articles, target);
        return target;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
