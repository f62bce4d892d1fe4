package io.troubleshooter.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus bench times the catalog of a folder against parsing the same files, and names what it read. */
class CorpusBenchTest {

    @Test
    void aFolderIsTimedAgainstParsingItsFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("one.md"), "# Backup fails\n\n## Error code: UserErrorOne\n\nCause: the agent.\n");
        Files.createDirectories(dir.resolve("es-es"));
        Files.writeString(dir.resolve("es-es/two.md"), "# La copia falla\n\n## UserErrorTwo\n\nReinicie `net start x`.\n");
        Files.writeString(dir.resolve("notes.json"), "{}");

        Map<String, Object> figures = CorpusBench.measure(dir, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));

        assertEquals(List.of("corpus_files", "corpus_articles", "corpus_catalog_ms", "corpus_parse_ms",
                "corpus_catalog_x"), List.copyOf(figures.keySet()));
        assertEquals(2, figures.get("corpus_files"));
        assertEquals(2, figures.get("corpus_articles"));
        for (String figure : List.of("corpus_catalog_ms", "corpus_parse_ms", "corpus_catalog_x")) {
            assertTrue((double) figures.get(figure) > 0, figure + " " + figures.get(figure));
        }
    }

    @Test
    void aCorpusThatIsNoFolderIsAUsageError(@TempDir Path dir) {
        var error = assertThrows(Cli.UsageException.class,
                () -> CorpusBench.folder(dir.resolve("missing").toString()));
        assertTrue(error.getMessage().startsWith("--corpus needs a folder of articles"), error.getMessage());
    }
}
