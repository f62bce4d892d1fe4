package io.troubleshooter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.troubleshooter.bench.IncidentBench;
import io.troubleshooter.bench.LayoutBench;
import io.troubleshooter.bench.SearchBench;
import io.troubleshooter.content.Article;
import io.troubleshooter.content.ArticleReader;
import io.troubleshooter.content.ContentFiles;
import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.content.MarkdownReader;
import io.troubleshooter.content.SourceText;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.EntryExtractor;
import io.troubleshooter.guide.Terms;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.troubleshooter.bench.Samples.median;
import static io.troubleshooter.bench.Samples.round;

/**
 * {@code bench}: figures as one JSON object, each beside a baseline measured in the same run.
 * Loading is timed against flexmark parsing the same files alone; the synthetic corpora repeat
 * the shipped articles 10 and 100 times to show that loading grows linearly. {@link CorpusBench} times a folder
 * of real articles the same way ({@code ../shared/corpus} or {@code --corpus DIR}). Start-up figures:
 * {@link StartBench} ({@code --aot DIR} or {@code TROUBLESHOOTER_AOT} adds the starts with AOT caches;
 * {@code --start-only}). {@link SourcesFigures} reads a folder of 2,000 articles copied from the corpus as the app
 * does, with its cache, and starts the app with it ({@code --sources-only} for those figures alone).
 */
final class BenchCommand {

    private static final int ROUNDS = 25;

    private BenchCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean noStart = false;
        boolean startOnly = false;
        boolean sourcesOnly = false;
        String aot = System.getenv("TROUBLESHOOTER_AOT");
        String corpus = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--no-start" -> noStart = true;
                case "--start-only" -> startOnly = true;
                case "--sources-only" -> sourcesOnly = true;
                case "--aot" -> {
                    if (i + 1 == args.size()) {
                        throw new Cli.UsageException("--aot needs the folder with app.aot and bare.aot");
                    }
                    aot = args.get(++i);
                }
                case "--corpus" -> {
                    if (i + 1 == args.size()) {
                        throw new Cli.UsageException("--corpus needs a folder of articles");
                    }
                    corpus = args.get(++i);
                }
                default -> throw new Cli.UsageException("Unknown bench option: " + args.get(i));
            }
        }
        if (noStart && startOnly) {
            throw new Cli.UsageException("--no-start and --start-only exclude each other");
        }
        Optional<Path> corpusFolder = CorpusBench.folder(corpus);
        if (sourcesOnly) {
            return SourcesFigures.print(corpusFolder, !noStart, out, err);
        }
        try {
            Map<String, Object> figures = startOnly ? new LinkedHashMap<>() : measure(err, corpusFolder);
            if (!startOnly) {
                figures.putAll(SourcesFigures.measure(corpusFolder, !noStart, err));
            }
            if (!noStart) {
                figures.putAll(StartBench.measure(err, aot == null || aot.isBlank() ? null : Path.of(aot)));
                figures.putAll(StartBench.measureSwitch(err));
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures));
            return 0;
        } catch (IOException e) {
            err.println("bench failed: " + e.getMessage());
            return 1;
        }
    }

    static Map<String, Object> measure(PrintStream log, Optional<Path> corpus) throws IOException {
        List<byte[]> files = shippedFiles();
        var result = new LinkedHashMap<String, Object>();
        result.put("machine", Map.of("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                "cpus", Runtime.getRuntime().availableProcessors(), "java", System.getProperty("java.version")));
        // First, while nothing has loaded ELK yet: the first layout is what an engineer waits for once.
        result.putAll(LayoutBench.measure(Catalog.loadShipped()).figures());
        log.println("bench: flowchart layout measured");
        for (int i = 0; i < ROUNDS; i++) {
            parseOnly(files);
            load(files, 1);
        }
        double[] baseline = new double[ROUNDS];
        double[] read = new double[ROUNDS];
        double[] load = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            baseline[i] = parseOnly(files);
            read[i] = readOnly(files);
            load[i] = load(files, 1);
        }
        double baselineMs = median(baseline);
        result.put("load_ms", round(median(read)));
        result.put("load_baseline_ms", round(baselineMs));
        result.put("load_ratio", round(median(read) / baselineMs));
        result.put("catalog_ms", round(median(load)));
        result.put("catalog_ratio", round(median(load) / baselineMs));
        if (corpus.isPresent()) {
            result.putAll(CorpusBench.measure(corpus.get(), log));
        } else {
            log.println("bench: no corpus figures (" + CorpusBench.DEFAULT + " is missing; --corpus DIR names one)");
        }
        var scale = new LinkedHashMap<String, Object>();
        for (int multiple : new int[]{1, 10, 100, 1000}) {
            // The 1,000x corpus takes about as long as the rest of the bench: one round.
            int rounds = multiple >= 1000 ? 1 : multiple >= 100 ? 3 : 7;
            double[] times = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                times[i] = load(files, multiple);
            }
            scale.put(String.valueOf(multiple), round(median(times)));
            log.println("bench: " + multiple + "x corpus loaded");
        }
        result.put("scale", scale);
        result.putAll(SearchBench.measure().asMap());
        log.println("bench: search measured");
        result.putAll(IncidentBench.measure().asMap());
        log.println("bench: incident PDF and list measured");
        System.gc();
        Runtime rt = Runtime.getRuntime();
        var kept = ContentLoader.loadShipped();
        result.put("heap_mb", round((rt.totalMemory() - rt.freeMemory()) / 1024.0 / 1024.0));
        result.put("articles", kept.articles().size());
        return result;
    }

    private static double parseOnly(List<byte[]> files) {
        long start = System.nanoTime();
        for (byte[] bytes : files) {
            MarkdownReader.parseOnly(SourceText.decode("bench", bytes).text());
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Reading every file into articles (DocFX repairs, both languages of side-by-side files, the model). */
    private static double readOnly(List<byte[]> files) {
        ContentFiles none = ContentFiles.directory(java.nio.file.Path.of("/nonexistent-bench-includes"));
        long start = System.nanoTime();
        int articles = 0;
        for (int i = 0; i < files.size(); i++) {
            articles += ArticleReader.read(none, "bench-" + i + ".md", files.get(i), ArticleReader.Hints.NONE).articles().size();
        }
        if (articles == 0) {
            throw new IllegalStateException("the benchmark read no articles");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** The app's start-up work: read every file into articles and every article into error entries. */
    private static double load(List<byte[]> files, int multiple) {
        ContentFiles none = ContentFiles.directory(java.nio.file.Path.of("/nonexistent-bench-includes"));
        Terms terms = Terms.shipped();
        long start = System.nanoTime();
        int entries = 0;
        for (int copy = 0; copy < multiple; copy++) {
            for (int i = 0; i < files.size(); i++) {
                ArticleReader.Result read = ArticleReader.read(none, "bench-" + copy + "-" + i + ".md", files.get(i),
                        ArticleReader.Hints.NONE);
                for (Article article : read.articles()) {
                    entries += EntryExtractor.extract(article, terms).entries().size();
                }
            }
        }
        if (entries == 0) {
            throw new IllegalStateException("the benchmark read no error entries");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static List<byte[]> shippedFiles() throws IOException {
        var out = new ArrayList<byte[]>();
        ClassLoader loader = BenchCommand.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream("content/" + ContentLoader.MANIFEST)) {
            var manifest = ContentLoader.Manifest.read(in);
            for (var entry : manifest.articles()) {
                try (InputStream file = loader.getResourceAsStream("content/" + entry.file())) {
                    out.add(file.readAllBytes());
                }
            }
        }
        return out;
    }

}
