package io.troubleshooter.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DocFX constructs the articles use, read the way an author meant them. */
class DocfxReadingTest {

    @TempDir
    Path dir;

    private Article read(String markdown) throws IOException {
        Files.writeString(dir.resolve("a.md"), markdown, StandardCharsets.UTF_8);
        ContentLoader.Loaded loaded = ContentLoader.loadDirectories(List.of(dir));
        return loaded.articles().getFirst();
    }

    private static List<Block> blocks(Article a, String anchor) {
        return a.section(anchor).orElseThrow().blocks();
    }

    @Test
    void alertsOfEveryKindAndTheOldAzureSyntaxBecomeAlerts() throws IOException {
        Article a = read("""
                ---
                title: t
                ---
                # <a name="top"></a>Top
                > [!NOTE]
                > a note

                > [!WARNING]
                > careful

                >[AZURE.NOTE] old style note

                > [!TIP]
                > tip
                """);
        List<Block> blocks = blocks(a, "top");
        assertEquals(List.of(Block.AlertKind.NOTE, Block.AlertKind.WARNING, Block.AlertKind.NOTE, Block.AlertKind.TIP),
                blocks.stream().map(b -> assertInstanceOf(Block.Alert.class, b).kind()).toList());
        var old = (Block.Alert) blocks.get(2);
        assertEquals("old style note", ((Block.Paragraph) old.blocks().getFirst()).text());
    }

    @Test
    void anIndentedContinuationLineStaysInsideItsNote() throws IOException {
        Article a = read("# <a name=\"x\"></a>X\n\n> [!NOTE]\n    > El servicio Backup crea un grupo.\n");
        var alert = assertInstanceOf(Block.Alert.class, blocks(a, "x").getFirst());
        assertEquals("El servicio Backup crea un grupo.", ((Block.Paragraph) alert.blocks().getFirst()).text());
    }

    @Test
    void aMissingIncludeIsANoteNotACrashAndAShippedOneIsInlined() throws IOException {
        Files.createDirectories(dir.resolve("includes"));
        Files.writeString(dir.resolve("includes/present.md"), "Shared disclaimer text.\n");
        Article a = read("# <a name=\"x\"></a>X\n\n[!INCLUDE [gone](../../includes/gone.md)]\n\n"
                + "[AZURE.INCLUDE [present](../../includes/present.md)]\n");
        var missing = assertInstanceOf(Block.Include.class, blocks(a, "x").get(0));
        assertFalse(missing.available());
        var present = assertInstanceOf(Block.Include.class, blocks(a, "x").get(1));
        assertTrue(present.available());
        assertEquals("Shared disclaimer text.", ((Block.Paragraph) present.blocks().getFirst()).text());
    }

    @Test
    void includeCyclesAreCutAndReported() throws IOException {
        Files.createDirectories(dir.resolve("includes"));
        Files.writeString(dir.resolve("includes/a.md"), "[!INCLUDE [b](b.md)]\n");
        Files.writeString(dir.resolve("includes/b.md"), "[!INCLUDE [a](a.md)]\n");
        Files.writeString(dir.resolve("a.md"), "# X\n\n[!INCLUDE [a](../includes/a.md)]\n");
        ContentLoader.Loaded loaded = ContentLoader.loadDirectories(List.of(dir));
        assertEquals(1, loaded.articles().size());
        assertTrue(loaded.problems().stream().anyMatch(p -> p.message().startsWith("Include cycle")
                && p.severity() == Problem.Severity.ERROR), loaded.problems()::toString);
    }

    @Test
    void breaksListsAndStrayHtmlInTableCellsAreKept() throws IOException {
        Article a = read("# <a name=\"x\"></a>X\n\n| A | B |\n| --- | --- |\n"
                + "| one<br>two</br>three<BR>four | <ol><li>first<li>second</ol> stray</li></div> |\n");
        var table = assertInstanceOf(Block.Table.class, blocks(a, "x").getFirst());
        List<Inline> cell = table.rows().getFirst().get(0);
        assertEquals(3, cell.stream().filter(i -> i instanceof Inline.LineBreak).count());
        List<Inline> list = table.rows().getFirst().get(1);
        assertEquals(2, list.stream().filter(i -> i instanceof Inline.ListMark).count());
        assertTrue(Inline.plain(list).contains("second"));
        assertFalse(Inline.plain(list).contains("<"));
    }

    @Test
    void commentsLeftoversCrlfAndAMissingFinalNewlineDoNotShow() throws IOException {
        Article a = read("---\r\ntitle: t\r\nms.date: 10/18/2016\r\n---\r\n# <a name=\"x\"></a>X\r\n\r\n"
                + "Text <bpt id=\"p1\">**</bpt>bold<ept id=\"p1\">**</ept> here.\r\n\r\n<!--HONumber=Jan17_HO1-->");
        assertEquals(LocalDate.of(2016, 10, 18), a.date());
        var p = assertInstanceOf(Block.Paragraph.class, blocks(a, "x").getFirst());
        assertEquals("Text bold here.", p.text());
        assertTrue(p.inlines().stream().anyMatch(i -> i instanceof Inline.Strong));
        assertEquals(1, blocks(a, "x").size());
    }

    @Test
    void oldPropertiesAndTagsBlocksGiveTitleAndDate() throws IOException {
        Article a = read("<properties\n    pageTitle=\"Old title | Microsoft Azure\"\n    services=\"backup\"/>\n\n"
                + "<tags\n    ms.date=\"08/26/2016\"/>\n\nSome text without a heading.\n");
        assertEquals("Old title", a.title());
        assertEquals(LocalDate.of(2016, 8, 26), a.date());
    }

    @Test
    void anchorsAreTheArticlesOwnAndHeadingsWithoutOneGetASlug() throws IOException {
        Article a = read("# <a name=\"english-anchor\"></a>Título en español\n\n## Cause 3: The extension\n\n"
                + "#### <a name=\"wrapped\">Wrapped heading</a>\n");
        assertEquals(List.of("english-anchor", "cause-3-the-extension", "wrapped"),
                a.sections().stream().map(Section::anchor).toList());
        assertEquals("Wrapped heading", a.sections().get(2).title());
    }

    @Test
    void aStrayFenceDoesNotSwallowTheRestOfTheArticle() throws IOException {
        Article a = read("# X\n\n1. Run: '''service waagent start\n   ```\n2. Next step\n\n## Cause 3: Later\n\nText.\n");
        assertEquals(2, a.sections().size(), "the heading after the stray fence is still a heading");
        assertTrue(a.problems().stream().anyMatch(p -> p.line() == 4 && p.message().contains("never closed")));
    }
}
