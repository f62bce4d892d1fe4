package io.troubleshooter.incident;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench's figures on a small run: all there, and the report stays small thanks to font subsetting. */
class IncidentBenchTest {

    @Test
    void figuresAreReportedAndTheReportIsSmall() throws Exception {
        var figures = IncidentBench.measure(Fixtures.catalog(), 200, 3);

        assertEquals(200, figures.incidents());
        assertTrue(figures.pdfItems() >= 40, "the PDF figure is about a 40-item incident: " + figures.pdfItems());
        assertTrue(figures.pdfBytes() < 300 * 1024, "PDF of " + figures.pdfBytes() + " bytes");
        assertTrue(figures.pdfMs() > 0 && figures.listMs() > 0);
        assertEquals(figures.asMap().keySet().stream().filter(k -> k.equals("pdf_ms") || k.equals("pdf_bytes")
                || k.equals("incidents_list_ms")).count(), 3);
    }
}
