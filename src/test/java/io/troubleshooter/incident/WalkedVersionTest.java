package io.troubleshooter.incident;

import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.content.VersionStore;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Terms;
import io.troubleshooter.guide.TreeChanges.Change;
import io.troubleshooter.guide.TreeChanges.Kind;
import io.troubleshooter.guide.Walk;
import io.troubleshooter.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.troubleshooter.incident.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An incident keeps the article version it was walked on, and learns what a newer version changed. */
class WalkedVersionTest {

    private static final Path ARTICLE = Path.of("src/test/resources/articles/en-US/agent-errors.2024-01-10.md");
    private static final String CODE = "code:UserErrorGuestAgentStatusUnavailable";
    private static final String MOVED =
            "**Cause 1: [The agent is installed but unresponsive](#the-agent-is-unresponsive)**\n"
            + "**Cause 2: [The agent is out of date](#the-agent-is-out-of-date)**";

    @TempDir
    Path dir;

    private String old() throws Exception {
        return Files.readString(ARTICLE, StandardCharsets.UTF_8).replace("ms.date: 01/10/2024",
                "ms.assetid: agent-errors\nms.date: 01/10/2024");
    }

    /** A content folder holding the 2024-01-10 version of the article as agent-errors.md. */
    private Path content() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("agent-errors.md"), old(), StandardCharsets.UTF_8);
        return content;
    }

    private WalkedVersion versions() {
        return new WalkedVersion(new VersionStore(dir.resolve("versions")), Terms.shipped());
    }

    private Catalog catalog(Path content) {
        return Catalog.build(ContentLoader.loadDirectories(List.of(content)), Terms.shipped());
    }

    private ErrorEntry entry(Catalog catalog, String version) {
        return catalog.group(CODE).orElseThrow().versions().stream()
                .filter(e -> e.articleVersion().equals(version)).findFirst().orElseThrow();
    }

    @Test
    void theIncidentKeepsItsVersionAfterTheFileGoesAndSaysWhatTheNewerOneChanged() throws Exception {
        Path content = content();
        Path oldFile = content.resolve("agent-errors.md");
        var versions = versions();
        ErrorEntry walked = entry(catalog(content), "2024-01-10");
        var session = IncidentSession.create(walked, new IncidentInfo("INC-7", "", "", ""), new Origin("", ""), at(0));
        ErrorRef kept = versions.keep(session.incident().error(), Files.readAllBytes(oldFile));
        assertEquals(kept.textHash(), versions.keep(walked).orElseThrow(), "the file the entry was read from");
        session.keptText(CODE, kept.textHash(), at(1));

        Incident reread = IncidentJson.read(IncidentJson.write(session.incident()), "incident.json");
        assertEquals(kept.textHash(), reread.error().textHash(), "the kept version is named in the saved file");
        assertTrue(versions.news(reread.error(), catalog(content)).isEmpty(), "nothing newer yet");

        Files.writeString(content.resolve("agent-errors-2025.md"), old()
                .replace("ms.date: 01/10/2024", "ms.date: 06/01/2025")
                .replace(MOVED, "**Cause 1: [The agent is out of date](#the-agent-is-out-of-date)**\n"
                        + "**Cause 2: [The agent is installed but unresponsive](#the-agent-is-unresponsive)**"),
                StandardCharsets.UTF_8);
        Files.delete(oldFile);
        Catalog now = catalog(content);

        var news = versions.news(reread.error(), now).orElseThrow();
        assertEquals("2025-06-01", news.version());
        assertTrue(news.changes().stream().anyMatch(c -> c.kind() == Kind.REORDERED
                && c.causeId().equals("the-agent-is-out-of-date")), news.changes()::toString);
        ErrorEntry rendered = versions.walked(reread.error(), now).orElseThrow();
        assertEquals("2024-01-10", rendered.articleVersion(), "the incident renders from its own version");
        assertEquals(walked.causes().stream().map(c -> c.title()).toList(),
                rendered.causes().stream().map(c -> c.title()).toList());
    }

    @Test
    void theSameVersionEditedInPlaceIsToldByItsKeptText() throws Exception {
        Path content = content();
        Path file = content.resolve("agent-errors.md");
        var versions = versions();
        ErrorRef ref = versions.keep(ErrorRef.of(entry(catalog(content), "2024-01-10")), Files.readAllBytes(file));

        Files.writeString(file, old().replace("The snapshot status cannot be retrieved",
                "The snapshot status is not reported"), StandardCharsets.UTF_8);

        var news = versions.news(ref, catalog(content)).orElseThrow();
        assertEquals("2024-01-10", news.version());
        assertTrue(news.changes().contains(new Change(Kind.REWORDED, "the-snapshot-status-cannot-be-retrieved",
                "The snapshot status cannot be retrieved", "The snapshot status is not reported")),
                news.changes()::toString);
    }

    @Test
    void theReportOfAVersionEditedSinceReadsAsTheVersionWalked() throws Exception {
        Path content = content();
        Path file = content.resolve("agent-errors.md");
        var versions = versions();
        ErrorEntry walked = entry(catalog(content), "2024-01-10");
        var session = IncidentSession.create(walked, new IncidentInfo("INC-9", "", "", ""), new Origin("", ""), at(0));
        session.keptText(CODE, versions.keep(walked).orElseThrow(), at(1));

        Files.writeString(file, old().replace("The snapshot status cannot be retrieved",
                "The snapshot status is not reported"), StandardCharsets.UTF_8);
        Catalog now = catalog(content);

        String kept = PdfText.of(IncidentPdf.fromCatalog(session.incident(), now, versions, IncidentPdf.Options.english()));
        assertTrue(kept.contains("The snapshot status cannot be retrieved"), kept);
        assertFalse(kept.contains("is not reported"), "a title the incident was never walked on:\n" + kept);
        String current = PdfText.of(IncidentPdf.fromCatalog(session.incident(), now, IncidentPdf.Options.english()));
        assertTrue(current.contains("is not reported"), "without the kept version, the file as it is now:\n" + current);
    }

    @Test
    void anIncidentSavedBeforeVersionsWereKeptStillReadsAndWritesNoHash() throws Exception {
        Incident incident = IncidentJson.read(Fixtures.fixtureBytes(), "old.json");

        assertNull(incident.error().textHash());
        assertTrue(!new String(IncidentJson.write(incident), StandardCharsets.UTF_8).contains("textHash"));
    }

    @Test
    void anErrorAddedToTheIncidentNamesItsOwnKeptVersion() throws Exception {
        var session = IncidentSession.create(Fixtures.vssEntry(), new IncidentInfo("INC-8", "", "", ""),
                new Origin("", ""), at(0));
        session.addError(Fixtures.entryWithCauses(3), new Walk(List.of(), Map.of()), at(1));
        String added = session.incident().added().getFirst().error().key();
        String hash = new VersionStore(dir.resolve("versions")).keep("text".getBytes(StandardCharsets.UTF_8));

        session.keptText(added, hash, at(2));

        Incident reread = IncidentJson.read(IncidentJson.write(session.incident()), "incident.json");
        assertEquals(hash, reread.added().getFirst().error().textHash());
        assertNull(reread.error().textHash(), "the first error's version was not kept here");
    }
}
