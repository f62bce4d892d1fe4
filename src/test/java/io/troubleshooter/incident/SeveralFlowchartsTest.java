package io.troubleshooter.incident;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Walk;
import io.troubleshooter.testing.PdfText;
import io.troubleshooter.testing.TestArticles;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An incident of several errors: the report draws every error's flowchart, each with its own path on it. */
class SeveralFlowchartsTest {

    private static final Instant AT = Instant.parse("2025-03-14T09:00:00Z");
    private static final ErrorEntry VSS = TestArticles.entry(TestArticles.VSS_WRITER);
    private static final ErrorEntry AGENT = TestArticles.entry(TestArticles.AGENT);

    @Test
    void everyErrorOfTheIncidentGetsItsOwnVectorFlowchartNamedInItsHeading() throws Exception {
        byte[] pdf = IncidentPdf.fromCatalog(incident(true), TestArticles.catalog(), options());
        String text = text(pdf);

        assertEquals(2, charts(pdf).size(), "one vector chart per error");
        assertTrue(text.contains("Flowchart: " + VSS.codes().getFirst()), text);
        assertTrue(text.contains("Flowchart: " + AGENT.codes().getFirst()), text);
        assertFalse(text.contains("Flowchart not included"), text);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("/Subtype/Image") || raw.contains("/Subtype /Image"), "no picture: vector graphics");
    }

    @Test
    void theAddedErrorsChartHighlightsTheAddedErrorsOwnPath() throws Exception {
        int walked = accentStrokes(charts(IncidentPdf.fromCatalog(incident(true), TestArticles.catalog(), options()))
                .get(1));
        int notWalked = accentStrokes(charts(IncidentPdf.fromCatalog(incident(false), TestArticles.catalog(),
                options())).get(1));

        assertTrue(walked > notWalked, "the path answered on the added error is outlined: " + walked + " against "
                + notWalked);
    }

    @Test
    void theCommandLinesReportAlsoDrawsTheAddedErrorsFlowchart() throws Exception {
        Incident incident = incident(true);
        var options = options();
        var texts = IncidentTexts.of(incident, TestArticles.catalog(), options.locale(), options.labels());

        byte[] pdf = IncidentPdf.withTexts(incident, texts, TestArticles.catalog(), options);

        assertEquals(2, charts(pdf).size(), "one vector chart per error");
        assertFalse(text(pdf).contains("Flowchart not included"), text(pdf));
    }

    /** VSS writer first, the agent added, its second cause resolving it when {@code walked}. */
    private static Incident incident(boolean walked) {
        var session = IncidentSession.create(VSS, new IncidentInfo("INC-7", "vm-7", "", ""), Origin.current(), AT);
        session.addError(AGENT, Walk.EMPTY, AT.plusSeconds(30));
        if (walked) {
            session.answer(AGENT.key(), AGENT.causes().getFirst().id(), Answer.NOT_RESOLVED, AT.plusSeconds(60));
            session.answer(AGENT.key(), AGENT.causes().get(1).id(), Answer.RESOLVED, AT.plusSeconds(90));
        }
        return session.incident();
    }

    private static IncidentPdf.Options options() {
        var bundle = ResourceBundle.getBundle("i18n.messages", Locale.US);
        return new IncidentPdf.Options(Locale.US, IncidentPdf.labels(bundle), ZoneOffset.UTC, null,
                AT.plusSeconds(600));
    }

    /** The content of every chart drawn in the PDF (a form with lines; the page count is text alone), in order. */
    private static List<String> charts(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        var forms = new ArrayList<String>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PRStream stream && PdfName.FORM.equals(stream.get(PdfName.SUBTYPE))) {
                String content = new String(PdfReader.getStreamBytes(stream), StandardCharsets.ISO_8859_1);
                if (content.contains(" RG")) {
                    forms.add(content);
                }
            }
        }
        return forms;
    }

    private static int accentStrokes(String content) {
        Color accent = FlowchartPdf.ACCENT;
        var matcher = Pattern.compile("([0-9.]+) ([0-9.]+) ([0-9.]+) RG\\b").matcher(content);
        int found = 0;
        while (matcher.find()) {
            if (channel(matcher.group(1)) == accent.getRed() && channel(matcher.group(2)) == accent.getGreen()
                    && channel(matcher.group(3)) == accent.getBlue()) {
                found++;
            }
        }
        return found;
    }

    private static int channel(String value) {
        return Math.round(Float.parseFloat(value) * 255);
    }

    private static String text(byte[] pdf) throws Exception {
        return PdfText.of(pdf);
    }
}
