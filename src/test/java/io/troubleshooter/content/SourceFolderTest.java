package io.troubleshooter.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A team's folder of articles, read without a manifest: what each file is comes from its path and front matter. */
class SourceFolderTest {

    @TempDir
    Path dir;

    private Path write(String rel, String text) throws IOException {
        Path file = dir.resolve(rel);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void languageIdAndVersionComeFromThePathAndTheFrontMatter() throws IOException {
        write("azure-docs.ja-jp/articles/backup/vm-troubleshoot.md", "---\nms.date: 03/04/2024\n---\n# VM\n\nA.\n");
        write("es-es/snapshot.md", "---\ntitle: Instantánea\n---\n# Instantánea\n\nB.\n");
        write("shared/old.md", "---\nms.locale: de-de\nms.assetid: 4B02FFA4-C48E\nms.date: 2017-08-17\n---\n# Alt\n\nC.\n");
        write("docs/sql-on-vm.md", "---\ntitle: SQL\n---\n# SQL\n\nD.\n");

        var loaded = ContentLoader.loadDirectories(List.of(dir));

        Article ja = article(loaded, "VM");
        assertEquals("ja-JP", ja.locale());
        assertEquals("backup/vm-troubleshoot", ja.id());
        assertEquals(LocalDate.of(2024, 3, 4), ja.date());
        assertEquals("es-ES", article(loaded, "Instantánea").locale());
        Article old = article(loaded, "Alt");
        assertEquals("de-DE", old.locale());
        assertEquals("4b02ffa4-c48e", old.id());
        assertEquals(LocalDate.of(2017, 8, 17), old.date());
        assertEquals("en-US", article(loaded, "SQL").locale(), "on-vm is no language");
    }

    @Test
    void includesResolveFromAnyIncludesFolderAndMediaAndOtherFilesAreLeftAlone() throws IOException {
        write("articles/backup/guide.md", "---\ntitle: G\n---\n# G\n\n[!INCLUDE [note](../../includes/backup-note.md)]\n");
        write("includes/backup-note.md", "Restart the agent first.\n");
        Files.write(dir.resolve("articles/backup/diagram.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        write("articles/toc.yml", "- name: G\n");
        write("README.md", "# Read me\n");

        var loaded = ContentLoader.loadDirectories(List.of(dir));

        assertEquals(List.of("G"), loaded.articles().stream().map(Article::title).toList());
        assertTrue(loaded.articles().getFirst().toString().contains("Restart the agent first."));
        assertTrue(loaded.problems().stream().noneMatch(p -> p.path().endsWith(".png") || p.path().endsWith(".yml")),
                () -> loaded.problems().toString());
    }

    @Test
    void aLinkLoopAndAnIncludeOutsideTheFolderAreProblemsAndTheRestLoads() throws IOException {
        Path source = Files.createDirectories(dir.resolve("source"));
        Path outside = Files.writeString(dir.resolve("secret.md"), "The secret.\n");
        write("source/a/first.md", "---\ntitle: One\n---\n# One\n\n[!INCLUDE [x](../includes/leak.md)]\n");
        Files.createDirectories(source.resolve("includes"));
        Files.createSymbolicLink(source.resolve("includes/leak.md"), outside);
        Files.createSymbolicLink(source.resolve("a/loop"), source.resolve("a"));

        var loaded = ContentLoader.loadDirectories(List.of(source));

        Article one = article(loaded, "One");
        assertFalse(one.toString().contains("The secret."), "nothing outside the folder is read");
        assertTrue(loaded.problems().stream().anyMatch(p -> p.message().contains("outside the source folder")),
                () -> loaded.problems().toString());
        assertTrue(loaded.problems().stream().anyMatch(p -> p.path().endsWith("loop")
                && p.message().contains("not followed")), () -> loaded.problems().toString());
        assertEquals(1, loaded.articles().size(), "the file behind the loop is read once");
    }

    @Test
    void aFileThatVanishesWhileTheFolderIsReadIsAProblemForThatFile() throws IOException {
        write("a.md", "---\ntitle: A\n---\n# A\n\nText.\n");
        Path gone = write("b.md", "---\ntitle: B\n---\n# B\n\nText.\n");
        SourceFolder folder = SourceFolder.scan(dir);
        Files.delete(gone);

        var a = ContentLoader.readFile(folder, "a.md");
        var b = ContentLoader.readFile(folder, "b.md");

        assertEquals("A", a.articles().getFirst().title());
        assertTrue(b.articles().isEmpty());
        assertTrue(b.problems().getFirst().message().contains("moved or deleted"), b.problems().toString());
    }

    @Test
    void aFolderThatCannotBeListedIsOneProblem() {
        SourceFolder folder = SourceFolder.scan(dir.resolve("missing"));
        assertTrue(folder.articles().isEmpty());
        assertEquals(1, folder.problems().size());
        assertTrue(folder.problems().getFirst().message().startsWith("The folder cannot be read"));
    }

    private static Article article(ContentLoader.Loaded loaded, String title) {
        return loaded.articles().stream().filter(a -> a.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not read: " + loaded));
    }
}
