package io.troubleshooter.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that are not articles each give a problem; every other file still loads. */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void eachBadFileGivesAProblemAndTheGoodOneStillLoads() throws IOException {
        Files.writeString(dir.resolve("good.md"), "---\ntitle: Good\nms.contentlocale: es-ES\n---\n# Good\n\nText.\n");
        Files.write(dir.resolve("empty.md"), new byte[0]);
        Files.write(dir.resolve("binary.md"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.write(dir.resolve("latin1.md"), "# Caf\u00e9 sin UTF-8\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("huge.md"), new byte[10 * 1024 * 1024]);
        Files.writeString(dir.resolve("nofront.md"), "# Only a heading\n");

        ContentLoader.Loaded loaded = ContentLoader.loadDirectories(List.of(dir));

        assertTrue(loaded.articles().stream().anyMatch(a -> a.title().equals("Good") && a.locale().equals("es-ES")));
        assertProblem(loaded, "empty.md", "empty");
        assertProblem(loaded, "binary.md", "binary");
        assertProblem(loaded, "latin1.md", "not valid UTF-8");
        assertProblem(loaded, "huge.md", "KB");
        assertProblem(loaded, "nofront.md", "No front matter");
        assertTrue(loaded.articles().stream().anyMatch(a -> a.title().startsWith("Caf")), "latin1 still readable");
    }

    @Test
    void aMissingFolderIsAProblemNotACrash() {
        ContentLoader.Loaded loaded = ContentLoader.loadDirectories(List.of(dir.resolve("nope")));
        assertEquals(0, loaded.articles().size());
        assertEquals(1, loaded.problems().size());
    }

    private static void assertProblem(ContentLoader.Loaded loaded, String file, String words) {
        assertTrue(loaded.problems().stream().anyMatch(p -> p.path().endsWith(file) && p.message().contains(words)),
                () -> file + ": " + loaded.problems());
    }
}
