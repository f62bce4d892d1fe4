package io.troubleshooter.bench;

import io.troubleshooter.content.FolderWatcher;
import io.troubleshooter.guide.Terms;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.SourceCatalog;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.troubleshooter.bench.Samples.median;
import static io.troubleshooter.bench.Samples.round;

/**
 * A team's folder of real-sized articles as the app reads it: the first read with an empty cache ({@code
 * sources_cold_ms}), a read again with the cache ({@code sources_warm_read_ms}), one file changed on disk until a
 * catalog with the change is made ({@code sources_change_ms}, through the folder watcher), the search over it,
 * and the heap with it loaded. The folder is made from copies of real articles in a temporary folder and deleted.
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
        result.put("sources_change_ms", round(change(warm, folder)));
        log.println("bench: sources change measured");
        SearchBench.Figures search = SearchBench.measure(catalog.entries(), catalog.articles().size(), 3, 3);
        result.put("sources_search_p50_ms", round(search.p50Ms()));
        result.put("sources_search_p99_ms", round(search.p99Ms()));
        log.println("bench: sources search measured");
        coldCatalog = null;
        cold = null;
        catalog = null;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        result.put("sources_heap_mb", round((rt.totalMemory() - rt.freeMemory()) / 1024.0 / 1024.0));
        // Held until here, so the heap measured is the one with the folder loaded.
        result.put("sources_heap_articles", warm.catalog().articles().size());
        return result;
    }

    /** Median time from a file written to a catalog showing its new title, told by the folder watcher. */
    private static double change(SourceCatalog sources, Path folder) throws IOException, InterruptedException {
        Path file = null;
        for (SourceCatalog.FileRead read : sources.sources().getFirst().files()) {
            Path candidate = read.source().resolve(read.relative());
            if (read.articles().size() == 1 && Files.readString(candidate, StandardCharsets.UTF_8).contains("\n# ")) {
                file = candidate;
                break;
            }
        }
        if (file == null) {
            throw new IOException("no article with a title heading in " + folder);
        }
        String original = Files.readString(file, StandardCharsets.UTF_8);
        var seen = new LinkedBlockingQueue<Catalog>();
        double[] times = new double[CHANGES];
        try (var watcher = new FolderWatcher((root, changed) -> {
            if (sources.refresh(changed)) {
                seen.add(sources.catalog());
            }
        })) {
            watcher.watch(folder);
            for (int i = 0; i < CHANGES; i++) {
                String title = "Changed title " + i;
                long start = System.nanoTime();
                Files.writeString(file, original.replaceFirst("(?m)^# .*$", "# " + title), StandardCharsets.UTF_8);
                while (true) {
                    Catalog next = seen.poll(10, TimeUnit.SECONDS);
                    if (next == null) {
                        throw new IOException("the change to " + file + " was not seen in 10 s");
                    }
                    if (next.articles().stream().anyMatch(a -> a.title().equals(title))) {
                        break;
                    }
                }
                times[i] = millisSince(start);
            }
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
        return median(times);
    }

    public static Path makeFolder(List<Path> from, Path target, int articles) throws IOException {
        SourcesCorpus.build(from, articles, target);
        return target;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
