package io.troubleshooter.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    private static String firstPage(Path pdf) throws Exception {
        return new PdfTextExtractor(new PdfReader(Files.readAllBytes(pdf))).getTextFromPage(1);
    }

    @Test
    void exportsAnIncidentWithTheCauseTextsOfTheShippedContent() throws Exception {
        Path out = dir.resolve("report/incident.pdf");
        var run = CliTest.run("export-pdf", fixture("", "").toString(), out.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(firstPage(out).contains("Reinicie los VSS Writers"), firstPage(out));
    }

    @Test
    void anErrorGoneFromTheContentStillExportsWithItsIds() throws Exception {
        Path out = dir.resolve("gone.pdf");
        var run = CliTest.run("export-pdf", fixture("code:ExtensionFailedVssWriterInBadState", "code:NoLongerShipped")
                .toString(), out.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("not in the shipped content"), run.err());
        assertFalse(firstPage(out).contains("Reinicie los VSS Writers"));
        assertTrue(firstPage(out).contains("cause:extensionfailedvsswriterinbadstate"), firstPage(out));
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        var run = CliTest.run("export-pdf", "incident.json");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("export-pdf INCIDENT.json OUT.pdf"), run.err());
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
}
