package io.troubleshooter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.troubleshooter.bench.SourcesBench;
import io.troubleshooter.bench.SourcesCorpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static io.troubleshooter.bench.Samples.median;
import static io.troubleshooter.bench.Samples.round;

/**
 * The {@code sources_*} figures: a folder of {@value SourcesBench#ARTICLES} articles copied from the corpus (and
 * the seeds beside it) into a temporary folder, read by {@link SourcesBench}, and, with a display, the app
 * started with that folder and a warm cache against the app started with the shipped content only, alternating.
 * Everything made is deleted afterwards.
 */
final class SourcesFigures {

    private static final int ROUNDS = 5;

    private SourcesFigures() {
    }

    static int print(Optional<Path> corpus, boolean starts, PrintStream out, PrintStream err) {
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(measure(corpus, starts, err)));
            return 0;
        } catch (IOException e) {
            err.println("bench failed: " + e.getMessage());
            return 1;
        }
    }

    static Map<String, Object> measure(Optional<Path> corpus, boolean starts, PrintStream log) throws IOException {
        var result = new LinkedHashMap<String, Object>();
        if (corpus.isEmpty()) {
            result.put("sources_note", "no corpus to copy articles from (--corpus DIR names one)");
            return result;
        }
        var from = new ArrayList<Path>(List.of(corpus.get()));
        Path seeds = corpus.get().toAbsolutePath().normalize().resolveSibling("seeds");
        if (Files.isDirectory(seeds)) {
            from.add(seeds);
        }
        Path work = Files.createTempDirectory("troubleshooter-sources");
        try {
            Path folder = work.resolve("team-articles");
            SourcesCorpus.build(from, SourcesBench.ARTICLES, folder);
            Path data = Files.createDirectories(work.resolve("data"));
            result.putAll(SourcesBench.measure(folder, data, log));
            if (starts) {
                result.putAll(starts(folder, data, work, log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.put("sources_note", "interrupted");
        } finally {
            deleteTree(work);
        }
        return result;
    }

    /** Launch to first frame with the folder (cache warm), and with the shipped content only; then to all listed. */
    private static Map<String, Object> starts(Path folder, Path data, Path work, PrintStream log)
            throws IOException, InterruptedException {
        var result = new LinkedHashMap<String, Object>();
        Files.writeString(data.resolve("settings.properties"), "sources.folders=" + folder.toString()
                .replace("\\", "\\\\") + "\n", StandardCharsets.UTF_8);
        Path bare = Files.createDirectories(work.resolve("data-shipped"));
        List<String> listed = List.of("-D" + "troubleshooter.sourcesFrame=true");
        try {
            StartBench.start(StartBench.APP, List.of(), List.of("--first-frame"), bare);
            StartBench.start(StartBench.APP, List.of(), List.of("--first-frame"), data);
            double[] warm = new double[ROUNDS];
            double[] baseline = new double[ROUNDS];
            double[] all = new double[ROUNDS];
            String shown = "";
            for (int i = 0; i < ROUNDS; i++) {
                baseline[i] = StartBench.start(StartBench.APP, List.of(), List.of("--first-frame"), bare);
                warm[i] = StartBench.start(StartBench.APP, List.of(), List.of("--first-frame"), data);
                var seen = StartBench.run(StartBench.APP, listed, List.of("--first-frame"), data, "sources-frame");
                all[i] = seen.ms();
                shown = seen.line();
            }
            result.put("sources_warm_start_ms", Math.round(median(warm)));
            result.put("sources_warm_start_baseline_ms", Math.round(median(baseline)));
            result.put("sources_warm_start_ratio", round(median(warm) / median(baseline)));
            result.put("sources_warm_listed_ms", Math.round(median(all)));
            result.put("sources_warm_listed_articles", Integer.parseInt(shown.substring("sources-frame ".length())
                    .strip()));
            log.println("bench: start with the sources measured");
        } catch (IOException | NumberFormatException e) {
            result.put("sources_start_note", "start with the sources not measured: " + e.getMessage());
        }
        return result;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is the system's to clean.
        }
    }
}
