package io.troubleshooter.bench;

import io.troubleshooter.testing.BackupArticles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench's figures on a small run: the ones the bench command prints, and a report kept small by subsetting. */
class IncidentBenchTest {

    @Test
    void figuresAreReportedAndTheReportIsSmall() throws Exception {
        var catalog = BackupArticles.catalog();
        var agent = BackupArticles.entry(BackupArticles.AGENT, "en-US");
        long agentRows = agent.causes().size() + agent.causes().stream().mapToLong(c -> c.allSteps().count()).sum();

        var figures = IncidentBench.measure(catalog, 200, 3);

        assertEquals(200, figures.incidents(), "every incident written is listed");
        assertEquals(agentRows, (long) figures.pdfItems(), "the report is of the error with the most causes and steps");
        assertTrue(figures.pdfBytes() < 300 * 1024, "PDF of " + figures.pdfBytes() + " bytes");
        assertEquals(List.of("pdf_ms", "pdf_bytes", "pdf_items", "incidents_list_ms", "incidents_list_cold_ms",
                "incidents_listed"), List.copyOf(figures.asMap().keySet()), "the names the bench command prints");
        assertEquals(figures.pdfMs(), figures.asMap().get("pdf_ms"));
        assertEquals(figures.listMs(), figures.asMap().get("incidents_list_ms"));
        assertEquals(figures.pdfBytes(), figures.asMap().get("pdf_bytes"));
    }
}
