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

    @Test
    void aManifestIsReadFieldByFieldAndABrokenOneIsAProblem() throws IOException {
        Path good = Files.createDirectories(dir.resolve("good"));
        Files.writeString(good.resolve("a.md"), "---\ntitle: Uno\n---\n# Uno\n\nTexto.\n");
        Files.writeString(good.resolve(ContentLoader.MANIFEST), """
                {"schemaVersion": 1, "publisher": {"name": "ignored"},
                 "articles": [{"file": "a.md", "article": "uno", "locale": "es-ES", "date": "2020-01-02", "extra": [1]},
                              {"article": "sin-archivo"}],
                 "includes": null}
                """);
        ContentLoader.Loaded loaded = ContentLoader.loadDirectories(List.of(good));
        var article = loaded.articles().stream().filter(a -> a.title().equals("Uno")).findFirst().orElseThrow();
        assertEquals("es-ES", article.locale());
        assertEquals("uno", article.id());
        assertProblem(loaded, ContentLoader.MANIFEST, "sin-archivo");

        for (String broken : List.of("{\"articles\": 5}", "{\"articles\": [{\"file\": \"a.md\"", "[]", "")) {
            Path folder = Files.createTempDirectory(dir, "broken");
            Files.writeString(folder.resolve(ContentLoader.MANIFEST), broken);
            ContentLoader.Loaded none = ContentLoader.loadDirectories(List.of(folder));
            assertEquals(0, none.articles().size(), broken);
            assertTrue(none.problems().stream().anyMatch(p -> p.message().startsWith("The folder cannot be read")),
                    () -> broken + ": " + none.problems());
        }
    }

    private static void assertProblem(ContentLoader.Loaded loaded, String file, String words) {
        assertTrue(loaded.problems().stream().anyMatch(p -> p.path().endsWith(file) && p.message().contains(words)),
                () -> file + ": " + loaded.problems());
    }
}
