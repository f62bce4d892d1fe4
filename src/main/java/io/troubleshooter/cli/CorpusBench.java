package io.troubleshooter.cli;

import io.troubleshooter.content.SourceFolder;
import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.content.MarkdownReader;
import io.troubleshooter.content.SourceText;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.Terms;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.troubleshooter.bench.Samples.median;
import static io.troubleshooter.bench.Samples.round;

/**
 * The catalog of a folder of real articles (by default {@code ../shared/corpus}) against flexmark parsing the
 * same files alone: {@code corpus_catalog_ms} reads every file and builds the catalog as {@code inspect DIR} does,
 * {@code corpus_parse_ms} reads the same files and parses them with the reader's parser options, and
 * {@code corpus_catalog_x} is their ratio (target: 2.0 x at most). Both sides read from disk, after the same
 * warm-up, in alternating rounds.
 */
final class CorpusBench {

    static final Path DEFAULT = Path.of("..", "shared", "corpus");

    private static final int WARM_UP = 3;
    private static final int ROUNDS = 7;

    private CorpusBench() {
    }

    /** The folder to measure: the one given, else {@code ../shared/corpus} when it is there. */
    static Optional<Path> folder(String given) {
        if (given != null) {
            Path dir = Path.of(given);
            if (!Files.isDirectory(dir)) {
                throw new Cli.UsageException("--corpus needs a folder of articles: " + given);
            }
            return Optional.of(dir);
        }
        return Files.isDirectory(DEFAULT) ? Optional.of(DEFAULT) : Optional.empty();
    }

    static Map<String, Object> measure(Path corpus, PrintStream log) throws IOException {
        List<Path> files = SourceFolder.scan(corpus).articles().stream().map(corpus::resolve).toList();
        if (files.isEmpty()) {
            throw new IOException("no articles in " + corpus);
        }
        Terms terms = Terms.shipped();
        int articles = 0;
        for (int i = 0; i < WARM_UP; i++) {
            parseOnly(files);
            articles = catalog(corpus, terms).articles().size();
        }
        double[] parse = new double[ROUNDS];
        double[] catalog = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            parse[i] = parseOnly(files);
            long start = System.nanoTime();
            catalog(corpus, terms);
            catalog[i] = millisSince(start);
        }
        var result = new LinkedHashMap<String, Object>();
        result.put("corpus_files", files.size());
        result.put("corpus_articles", articles);
        result.put("corpus_catalog_ms", round(median(catalog)));
        result.put("corpus_parse_ms", round(median(parse)));
        result.put("corpus_catalog_x", round(median(catalog) / median(parse)));
        log.println("bench: corpus " + corpus + " measured (" + files.size() + " files)");
        return result;
    }

    private static double parseOnly(List<Path> files) throws IOException {
        long start = System.nanoTime();
        for (Path file : files) {
            MarkdownReader.parseOnly(SourceText.decode(file.toString(), Files.readAllBytes(file)).text());
        }
        return millisSince(start);
    }

    private static Catalog catalog(Path corpus, Terms terms) {
        Catalog catalog = Catalog.build(ContentLoader.loadDirectories(List.of(corpus)), terms);
        if (catalog.articles().isEmpty()) {
            throw new IllegalStateException("the benchmark read no article in " + corpus);
        }
        return catalog;
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
