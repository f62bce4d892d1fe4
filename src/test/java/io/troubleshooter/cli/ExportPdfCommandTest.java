package io.troubleshooter.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportPdfCommandTest {

    @TempDir
    Path dir;

    private Path fixture(String from, String to) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/incidents/vss-writer-resolved.json")) {
            Path file = dir.resolve("incident.json");
            Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(from, to));
            return file;
        }
    }

    private static String allPages(Path pdf) throws Exception {
        var reader = new PdfReader(Files.readAllBytes(pdf));
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static String firstPage(Path pdf) throws Exception {
        return new PdfTextExtractor(new PdfReader(Files.readAllBytes(pdf))).getTextFromPage(1);
    }

    @Test
    void exportsAnIncidentWithTheCauseTextsOfTheShippedContent() throws Exception {
        Path out = dir.resolve("report/incident.pdf");
        var run = CliTest.run("export-pdf", fixture("", "").toString(), out.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(firstPage(out).contains("Reinicie los VSS Writers"), firstPage(out));
        String text = allPages(out);
        assertFalse(text.contains("Flowchart not included"), "the flowchart is drawn without a window:\n" + text);
        assertTrue(text.contains("Escalate to support"), text);
    }

    @Test
    void anErrorGoneFromTheContentStillExportsWithoutAnyStoredId() throws Exception {
        Path out = dir.resolve("gone.pdf");
        var run = CliTest.run("export-pdf", fixture("code:ExtensionFailedVssWriterInBadState", "code:NoLongerShipped")
                .toString(), out.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("not in the shipped content"), run.err());
        assertFalse(firstPage(out).contains("Reinicie los VSS Writers"));
        String text = allPages(out);
        assertFalse(text.contains("cause:") || text.contains("step:"), text);
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        var run = CliTest.run("export-pdf", "incident.json");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("export-pdf [--lang TAG] INCIDENT.json OUT.pdf"), run.err());
    }

    @Test
    void theReportSpeaksTheLanguageAskedFor() throws Exception {
        Path english = dir.resolve("en.pdf");
        var run = CliTest.run("export-pdf", "--lang", "en", fixture("", "").toString(), english.toString());
        assertEquals(0, run.exit(), run.err());
        String page = firstPage(english);
        assertTrue(page.contains("Reference"), page);
        assertFalse(page.contains("Referencia"), page);
        assertTrue(page.contains("Reinicie los VSS Writers"), "the article has no English version: " + page);

        Path spanish = dir.resolve("es.pdf");
        assertEquals(0, CliTest.run("export-pdf", fixture("", "").toString(), spanish.toString(), "--lang", "es").exit());
        assertTrue(firstPage(spanish).contains("Referencia"), firstPage(spanish));
        assertTrue(firstPage(spanish).contains("Reinicie los VSS Writers"), firstPage(spanish));

        // An error whose article also ships in English: its causes come from the English version.
        var catalog = io.troubleshooter.guide.Catalog.loadShipped();
        var spanishEntry = catalog.groups().stream()
                .filter(g -> g.versions().stream().anyMatch(e -> e.locale().equals("en-US")))
                .flatMap(g -> g.versions().stream()).filter(e -> e.locale().equals("es-ES") && e.causes().size() > 0)
                .findFirst().orElseThrow();
        var englishEntry = catalog.group(spanishEntry.key()).flatMap(g -> g.best("en")).orElseThrow();
        var session = io.troubleshooter.incident.IncidentSession.create(spanishEntry,
                new io.troubleshooter.incident.IncidentInfo("INC-5", "vm-5", "", ""),
                io.troubleshooter.incident.Origin.current(), java.time.Instant.now());
        Path sxs = dir.resolve("sxs.json");
        Files.write(sxs, io.troubleshooter.incident.IncidentJson.write(session.incident()));
        Path sxsPdf = dir.resolve("sxs.pdf");
        assertEquals(0, CliTest.run("export-pdf", "--lang", "en", sxs.toString(), sxsPdf.toString()).exit());
        String text = String.join(" ", firstPage(sxsPdf).split("\\s+"));
        String englishCause = String.join(" ", englishEntry.causes().getFirst().title().split("\\s+"));
        assertTrue(text.contains(englishCause.substring(0, Math.min(40, englishCause.length()))),
                englishCause + " in " + text);

        var unknown = CliTest.run("export-pdf", "--lang", "ja", fixture("", "").toString(), dir.resolve("x.pdf").toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("use en, es or pt-BR"), unknown.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void aFileThatIsNotAnIncidentFailsWithAMessageAndNoPdf() throws Exception {
        Path foreign = dir.resolve("package.json");
        Files.writeString(foreign, "{\"name\": \"left-pad\"}");
        Path out = dir.resolve("never.pdf");
        var run = CliTest.run("export-pdf", foreign.toString(), out.toString());

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("is not an incident file"), run.err());
        assertFalse(Files.exists(out));
        assertEquals(1, CliTest.run("export-pdf", dir.resolve("missing.json").toString(), out.toString()).exit());
    }

    @Test
    void aNamedPipeIsRefusedWithAMessageInsteadOfWaitingForAWriter() throws Exception {
        Path pipe = dir.resolve("incident.json");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertTrue(mkfifo.waitFor(20, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo " + pipe);
        Path out = dir.resolve("never.pdf");

        var run = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CliTest.run("export-pdf", pipe.toString(), out.toString()));

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("incident.json cannot be read: it is not a plain file"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFileFarLargerThanAnyIncidentIsRefusedWithoutBeingReadWhole() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(1L << 31); // sparse: 2 GB that a whole read could not even hold in one array
        }
        Path out = dir.resolve("never.pdf");

        var run = CliTest.run("export-pdf", huge.toString(), out.toString());

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("huge.json cannot be read: it is larger than 32 MB"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFolderIsRefusedWithAMessage() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        var run = CliTest.run("export-pdf", folder.toString(), dir.resolve("never.pdf").toString());

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("folder.json cannot be read: it is a folder"), run.err());
    }
}
