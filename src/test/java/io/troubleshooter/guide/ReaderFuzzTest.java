package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.ArticleReader;
import io.troubleshooter.content.ContentFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mutated seed text never makes the reader or the tree builder throw. */
class ReaderFuzzTest {

    private static final String[] SEEDS = {
            "es-ES/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.2016-10-18.md",
            "es-ES/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.2017-08-17.md",
            "es-ES/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.2018-10-30.md",
            "es-ES/backup-azure-vms-troubleshoot.2021-06-02.md",
            "pt-BR/backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout.2017-06-13.md"};
    private static final String[] NOISE = {"```", "'''", "> [!NOTE]", "<br>", "</ol>", "<li>", "|", "#", "## ", "**",
            "[", "](#", ")", "<a name=\"", "\"></a>", "<span data-ttu-id=\"x\">", "</span>",
            "<span class=\"sxs-lookup\"><span data-stu-id=\"x\">", "[!INCLUDE [x](../../includes/x.md)]", "\n", "\r\n",
            "\u200B", "\u201C", "Causa 1: ", "Paso 2: ", "Código de error: ", "---\n", "\uFFFD", "\t", "    "};

    @Test
    void mutatedSeedsNeverThrow() throws IOException {
        var random = new Random(20261122L);
        var files = ContentFiles.directory(Path.of("content"));
        int articles = 0;
        for (int round = 0; round < 400; round++) {
            String seed = SEEDS[round % SEEDS.length];
            String text = mutate(read(seed), random);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0 && random.nextInt(10) == 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            ArticleReader.Result result = ArticleReader.read(files, "fuzz-" + round + ".md", bytes, ArticleReader.Hints.NONE);
            for (Article article : result.articles()) {
                articles++;
                EntryExtractor.Extraction extraction = EntryExtractor.extract(article, Terms.shipped());
                for (ErrorEntry entry : extraction.entries()) {
                    entry.tree();
                    entry.commands();
                    entry.logs();
                }
                assertTrue(extraction.problems().stream().noneMatch(p -> p.message().contains("could not be read")),
                        () -> "extraction failed on round " + extraction.problems());
            }
            assertTrue(result.problems().stream().noneMatch(p -> p.message().startsWith("The article could not be read")),
                    () -> "reader failed: " + result.problems());
        }
        assertTrue(articles > 300, "most mutated files are still articles: " + articles);
    }

    private static final String[] SHAPES = {"- ".repeat(600), "> ".repeat(600), "*".repeat(600) + "x" + "*".repeat(600),
            "<!--".repeat(5000), "<it>".repeat(5000), "<span data-ttu-id=\"x\">".repeat(3000),
            "<a name=\"x\"></a>\n".repeat(2000), "'''x y'''\n".repeat(2000), "\u202E\u0000\u001B[2J",
            "[HKEY_LOCAL_MACHINE\\X] \"a\"=\"b\"\n".repeat(1000), "<properties " + "a=\"b\" ".repeat(3000)};

    /**
     * A thousand real articles (the seeds and, when beside the project, the shared corpus) mutated and laced with the
     * hostile shapes: none may make the reader or the tree builder fail. Prints the worst time.
     */
    @Test
    void aThousandMutatedRealArticlesWithHostileShapesNeverFail() throws IOException {
        var sources = new java.util.ArrayList<String>();
        for (String seed : SEEDS) {
            sources.add(read(seed));
        }
        Path corpus = Path.of("..", "shared", "corpus");
        if (java.nio.file.Files.isDirectory(corpus)) {
            try (var files = java.nio.file.Files.walk(corpus)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".md") && !f.toString().contains("gold")).toList()) {
                    sources.add(java.nio.file.Files.readString(f));
                }
            }
        }
        var random = new Random(20261129L);
        var inputs = new java.util.ArrayList<byte[]>();
        for (int round = 0; round < 1000; round++) {
            var sb = new StringBuilder(mutate(sources.get(round % sources.size()), random));
            sb.insert(random.nextInt(sb.length() + 1), SHAPES[random.nextInt(SHAPES.length)]);
            inputs.add(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        var files = ContentFiles.directory(Path.of("target"));
        long worstNanos = java.util.stream.IntStream.range(0, inputs.size()).parallel().mapToLong(round -> {
            long start = System.nanoTime();
            var result = ArticleReader.read(files, "fuzz-" + round + ".md", inputs.get(round), ArticleReader.Hints.NONE);
            for (Article article : result.articles()) {
                var extraction = EntryExtractor.extract(article, Terms.shipped());
                extraction.entries().forEach(e -> e.tree());
                assertTrue(extraction.problems().stream().noneMatch(p -> p.message().contains("could not be read")),
                        () -> "extraction failed: " + extraction.problems());
            }
            assertTrue(result.problems().stream().noneMatch(p -> p.message().startsWith("The article could not be read")),
                    () -> "reader failed: " + result.problems());
            return System.nanoTime() - start;
        }).max().orElse(0);
        System.out.printf(java.util.Locale.ROOT, "reader fuzz: 1000 inputs from %d articles, 0 failures, worst %.0f ms%n",
                sources.size(), worstNanos / 1e6);
    }

    private static String mutate(String text, Random random) {
        var sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(40);
        for (int i = 0; i < edits && !sb.isEmpty(); i++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.insert(at, NOISE[random.nextInt(NOISE.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(200)));
                case 2 -> sb.setLength(at);
                default -> {
                    int from = random.nextInt(sb.length());
                    sb.insert(at, sb.substring(from, Math.min(sb.length(), from + random.nextInt(300))));
                }
            }
        }
        return sb.toString();
    }

    private static String read(String relative) throws IOException {
        try (InputStream in = ReaderFuzzTest.class.getClassLoader().getResourceAsStream("content/" + relative)) {
            return new String(List.of(in).getFirst().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
