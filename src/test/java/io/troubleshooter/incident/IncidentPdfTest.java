package io.troubleshooter.incident;

import io.troubleshooter.guide.Answer;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentPdfTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private static IncidentPdf.Options options(Locale locale, byte[] png) {
        var bundle = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);
        return new IncidentPdf.Options(locale, IncidentPdf.labels(bundle), MADRID, png,
                Instant.parse("2025-03-14T10:30:00Z"));
    }

    @Test
    void theReportHoldsTheIncidentWithItsAccentsCommandsAndPageNumbers() throws Exception {
        byte[] pdf = IncidentPdf.toBytes(Fixtures.fixture(), Fixtures.vssEntry(), options(Locale.UK, null));

        var reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        String text = text(reader);
        for (String expected : List.of("Incident INC-2025-004217", "vm-sql-produccion-02", "Logística Ibérica, S.A.",
                "João Conceição (operações)", "Reinicie los VSS Writers que se encuentran en estado incorrecto.",
                "net stop SQLWriter", "net start SQLWriter", "serviceName = SQLWriter", "Not resolved",
                "Resolved by: Si reiniciar VSS Writer", "Europe/Madrid",
                "troubleshoot@2021-06-02", "\u2611", "\u2610", "Page 1 of " + pages)) {
            assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
        }
        assertTrue(text.contains("Page " + pages + " of " + pages), text);
        assertFalse(text.contains("Page " + (pages + 1)), text);
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        var reader = new PdfReader(IncidentPdf.toBytes(Fixtures.fixture(), Fixtures.vssEntry(), options(Locale.UK, null)));
        var names = new ArrayList<String>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                names.add(font.getAsName(PdfName.BASEFONT).toString());
                PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
                assertTrue(descriptor.contains(PdfName.FONTFILE2), font.getAsName(PdfName.BASEFONT) + " is not embedded");
            }
        }
        assertTrue(names.stream().anyMatch(n -> n.contains("DejaVuSansMono")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("DejaVuSans-Bold")), names.toString());
    }

    @Test
    void paperIsLetterInTheAmericasThatUseItAndA4Elsewhere() throws Exception {
        var us = new PdfReader(IncidentPdf.toBytes(Fixtures.fixture(), null, options(Locale.US, null)));
        var spain = new PdfReader(IncidentPdf.toBytes(Fixtures.fixture(), null, options(Locale.of("es", "ES"), null)));
        assertEquals(792, us.getPageSize(1).getHeight(), 0.5);
        assertEquals(842, spain.getPageSize(1).getHeight(), 0.5);
    }

    @Test
    void labelsComeFromTheBundleGivenSoTheReportFollowsTheUiLanguage() throws Exception {
        var english = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);
        var spanish = Map.of("pdf.title", "Incidente {0}", "pdf.section.checklist", "Lista de comprobación");
        var options = new IncidentPdf.Options(Locale.of("es", "ES"),
                key -> spanish.getOrDefault(key, english.getString(key)), MADRID, null, null);

        String text = text(new PdfReader(IncidentPdf.toBytes(Fixtures.fixture(), Fixtures.vssEntry(), options)));

        assertTrue(text.contains("Incidente INC-2025-004217"), text);
        assertTrue(text.contains("Lista de comprobación"), text);
        assertTrue(text.contains("español"), "the language field names the report's language:\n" + text);
    }

    @Test
    void withoutTheEntryNoStoredIdIsPrinted() throws Exception {
        String text = text(new PdfReader(IncidentPdf.toBytes(Fixtures.fixture(), null, options(Locale.UK, null))));
        assertTrue(text.contains("(no longer in the article)"), text);
        assertFalse(text.contains("cause:") || text.contains("step:"), text);
        assertFalse(text.contains("Reinicie los VSS Writers"), text);
        assertTrue(text.contains("Flowchart not included."), "no article, no flowchart:\n" + text);
    }

    @Test
    void itemsCutOffThePathSaySo() throws Exception {
        var session = IncidentSession.open(Fixtures.fixture());
        String firstCause = Fixtures.vssEntry().causes().getFirst().id();
        session.answer(firstCause, Answer.RESOLVED, Fixtures.at(90));

        String text = text(new PdfReader(IncidentPdf.toBytes(session.incident(), Fixtures.vssEntry(), options(Locale.UK, null))));

        assertTrue(text.contains("Not on the path taken"), text);
        assertTrue(text.contains("Tras añadir la clave"), "notes of items cut off are still printed:\n" + text);
    }

    @Test
    void aSuppliedFlowchartIsDrawnInsteadOfTheNotice() throws Exception {
        var image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(20, 20, 200, 100);
        g.dispose();
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);

        var reader = new PdfReader(IncidentPdf.toBytes(Fixtures.fixture(), Fixtures.vssEntry(),
                options(Locale.UK, png.toByteArray())));

        assertFalse(text(reader).contains("Flowchart not included."));
        boolean hasImage = false;
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary objects = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
            hasImage |= objects != null && !objects.getKeys().isEmpty();
        }
        assertTrue(hasImage, "no image in the PDF");
    }

    @Test
    void aDirectionOverrideOrAControlCharacterFromTheFileIsShownNotObeyed() throws Exception {
        var session = IncidentSession.open(Fixtures.fixture());
        session.setInfo(new IncidentInfo("TKT-\u202E1337", "vm\u0007-01", "", ""), Fixtures.at(90));
        session.copied(null, "net stop \u202Egnp.exe", Map.of(), Fixtures.at(91));

        String text = text(new PdfReader(IncidentPdf.toBytes(session.incident(), Fixtures.vssEntry(),
                options(Locale.UK, null))));

        assertTrue(text.contains("TKT-<U+202E>1337"), text);
        assertTrue(text.contains("vm<U+0007>-01"), text);
        assertTrue(text.contains("net stop <U+202E>gnp.exe"), text);
        assertFalse(text.contains("\u202E"), text);
    }

    static String text(PdfReader reader) throws Exception {
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
