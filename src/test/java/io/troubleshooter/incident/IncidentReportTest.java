package io.troubleshooter.incident;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.testing.PdfText;
import io.troubleshooter.testing.TestArticles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report from the incident alone: its error, its version, its walk, in any language, its own flowchart. */
class IncidentReportTest {

    private static final Instant AT = Instant.parse("2025-03-14T09:00:00Z");

    @Test
    void aNodeTheLanguageLacksReadsAsInTheIncidentsVersionWithItsLanguageMarked() throws Exception {
        ErrorEntry agent = TestArticles.entry(TestArticles.AGENT);
        var session = IncidentSession.create(agent, new IncidentInfo("INC-1", "vm-1", "", ""), Origin.current(), AT);
        session.answer(agent.causes().getFirst().id(), Answer.NOT_RESOLVED, AT.plusSeconds(60));

        String text = text(IncidentPdf.fromCatalog(session.incident(), TestArticles.catalog(), options("es")));

        ErrorEntry spanish = TestArticles.entry(TestArticles.AGENT, "es-ES");
        assertTrue(text.contains(spanish.causes().getFirst().title()), "a cause the Spanish article has:\n" + text);
        String outOfDate = agent.causes().get(1).title();
        assertTrue(text.contains(outOfDate + " (en-US)"), "a cause only the English version has:\n" + text);
        assertFalse(text.contains("cause:") || text.contains("step:"), text);
    }

    @Test
    void theReportNamesTheIncidentsErrorAndDrawsItsFlowchartInColourAsVectors() throws Exception {
        ErrorEntry vss = TestArticles.entry(TestArticles.VSS_WRITER);
        var session = IncidentSession.create(vss, new IncidentInfo("INC-2", "vm-2", "", ""), Origin.current(), AT);
        session.answer(vss.causes().getFirst().id(), Answer.NOT_RESOLVED, AT.plusSeconds(60));

        byte[] pdf = IncidentPdf.fromCatalog(session.incident(), TestArticles.catalog(), options("en"));
        String text = text(pdf);

        assertTrue(text.contains(vss.message()), text);
        assertFalse(text.contains("Flowchart not included"), text);
        assertTrue(text.contains("Resolved?") && text.contains("Escalate to support"), "the chart's words:\n" + text);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("/Subtype/Image") || raw.contains("/Subtype /Image"), "no picture: vector graphics");
        assertTrue(FlowchartColours.count(pdf, FlowchartPdf.ACCENT) > 0, "the path is outlined in the accent colour");
        assertTrue(FlowchartColours.count(pdf, FlowchartPdf.RESOLVED) > 0, "the resolved end is green");
    }

    private static IncidentPdf.Options options(String language) {
        Locale locale = Locale.forLanguageTag(language);
        var bundle = ResourceBundle.getBundle("i18n.messages", locale);
        return new IncidentPdf.Options(locale, IncidentPdf.labels(bundle), ZoneOffset.UTC, null, AT.plusSeconds(600));
    }

    private static String text(byte[] pdf) throws Exception {
        return PdfText.of(pdf);
    }
}
