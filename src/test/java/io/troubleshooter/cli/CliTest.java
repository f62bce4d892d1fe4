package io.troubleshooter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.troubleshooter.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands as a script or an author uses them. */
class CliTest {

    record Run(int exit, String out, String err) { }

    static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void inspectPrintsTheCatalogAsJson() throws IOException {
        Run run = run("inspect", "--format", "json");
        assertEquals(0, run.exit());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(6, root.get("articles").size());
        JsonNode article2018 = null;
        for (JsonNode a : root.get("articles")) {
            if ("2018-10-30".equals(a.get("date").asText())) {
                article2018 = a;
            }
        }
        JsonNode first = article2018.get("errors").get(0);
        for (String field : new String[]{"codes", "numericIds", "message", "anchor", "causes", "commands", "tree"}) {
            assertTrue(first.has(field), field);
        }
        assertEquals("UserErrorGuestAgentStatusUnavailable", first.get("codes").get(0).asText());
        assertTrue(first.get("tree").get("nodes").size() > 5);
        assertTrue(first.get("causes").get(0).has("steps"));
        assertTrue(root.get("problems").isArray());
        var edgeFields = new java.util.ArrayList<String>();
        first.get("tree").get("edges").get(0).fieldNames().forEachRemaining(edgeFields::add);
        assertEquals(List.of("from", "to", "label"), edgeFields, "fields print in a fixed order, run after run");
    }

    @Test
    void inspectAndLintReadAFolderWithoutAManifestBesideTheShippedContent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("azure-docs.es-es/articles/backup/team-note.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: Nota\nms.date: 01/02/2025\n---\n# Nota del equipo\n\nTexto.\n");

        JsonNode root = new ObjectMapper().readTree(run("inspect", dir.toString(), "--shipped", "--format", "json").out());
        JsonNode alone = new ObjectMapper().readTree(run("inspect", dir.toString(), "--format=json").out());

        assertEquals(7, root.get("articles").size(), "the six shipped and the team's");
        assertEquals(1, alone.get("articles").size());
        JsonNode note = alone.get("articles").get(0);
        assertEquals("es-ES", note.get("locale").asText());
        assertEquals("backup/team-note", note.get("id").asText());
        assertEquals("2025-01-02", note.get("date").asText());
        assertTrue(run("lint", dir.toString()).err().contains("in 1 articles"));
    }

    @Test
    void inspectAsTextSummarisesTheShippedContent() {
        Run run = run("inspect");
        assertTrue(run.out().contains("35 distinct error codes"), run.out());
    }

    @Test
    void lintPassesOnTheShippedContentAndNamesFileAndLine() {
        Run run = run("lint");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains(".2016-10-18.md:77: warning: Code fence"), run.out());
        assertTrue(run.out().contains("Command only in bold prose, not in code: net start COMSysApp"));
        assertTrue(run.out().contains("Untranslated paragraph"));
    }

    @Test
    void lintFailsWhenAnythingIsAnError(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("broken.md"), new byte[0]);
        Files.writeString(dir.resolve("ok.md"), "# Fine\n\nSee [there](#nowhere).\n");
        Run run = run("lint", dir.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("broken.md:1: error: The file is empty."), run.out());
        assertTrue(run.out().contains("ok.md:3: warning: Link #nowhere points to no anchor"), run.out());
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        Run run = run("inspect", "--format", "xml");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--format must be json or text"));
        assertEquals(2, run("frobnicate").exit());
    }

    @Test
    void theCorpusLoadsWithoutACrash() throws IOException {
        Path corpus = SharedFolder.require("corpus");
        Run inspect = run("inspect", corpus.toString(), "--format", "json");
        assertEquals(0, inspect.exit());
        int articles = new ObjectMapper().readTree(inspect.out()).get("articles").size();
        assertTrue(articles > 0, "inspect read no article in " + corpus);
        Run lint = run("lint", corpus.toString());
        assertTrue(lint.exit() == 0 || lint.exit() == 1, lint.err());
        assertTrue(lint.err().contains(" in " + articles + " articles"), () -> articles + " articles? " + lint.err());
    }
}
