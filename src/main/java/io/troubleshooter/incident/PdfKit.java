package io.troubleshooter.incident;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;

/** Fonts, paper, cells and page numbers for {@link IncidentPdf}. */
final class PdfKit {

    static final Color GREY = new Color(0x66, 0x66, 0x66);
    static final Color RULE = new Color(0xC8, 0xC8, 0xC8);
    static final Color SHADE = new Color(0xF2, 0xF2, 0xF2);
    static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);

    /** Countries that print on US Letter; everyone else uses A4. */
    private static final Set<String> LETTER = Set.of("US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "CR", "PA", "GT",
            "DO", "SV", "NI", "HN", "BZ");

    private static BaseFont sans;
    private static BaseFont bold;
    private static BaseFont mono;

    final Font body;
    final Font strong;
    final Font small;
    final Font smallGrey;
    final Font code;
    final Font heading;
    final Font title;
    final Font symbol;

    PdfKit() {
        loadFonts();
        body = new Font(sans, 9);
        strong = new Font(bold, 9);
        small = new Font(sans, 7.5f);
        smallGrey = new Font(sans, 7.5f, Font.NORMAL, GREY);
        code = new Font(mono, 8);
        heading = new Font(bold, 12, Font.NORMAL, ACCENT);
        title = new Font(bold, 17, Font.NORMAL, ACCENT);
        symbol = new Font(sans, 11);
    }

    BaseFont sans() {
        return sans;
    }

    BaseFont bold() {
        return bold;
    }

    static Rectangle paper(Locale locale) {
        return LETTER.contains(locale.getCountry()) ? PageSize.LETTER : PageSize.A4;
    }

    /** DejaVu from the app's own fonts, embedded as subsets: accents and ☐ ☑ print on any reader. */
    private static synchronized void loadFonts() {
        if (sans == null) {
            sans = font("DejaVuSans.ttf");
            bold = font("DejaVuSans-Bold.ttf");
            mono = font("DejaVuSansMono.ttf");
        }
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfKit.class.getResourceAsStream("/app/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font /app/fonts/" + file + " is not on the classpath");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PdfPCell cell(Phrase phrase) {
        var cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        return cell;
    }

    /** A cell of text, some of it from the incident file: characters that would reorder or hide it are shown. */
    PdfPCell cell(String text, Font font) {
        return cell(new Phrase(SafeText.block(text), font));
    }

    PdfPCell headerCell(String text) {
        var cell = cell(text, small);
        cell.setBackgroundColor(SHADE);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(GREY);
        return cell;
    }

    /** "Page X of Y": Y is a template filled in when the document closes and the count is known. */
    static final class PageNumbers extends PdfPageEventHelper {
        private final String pattern;
        private final String footer;
        private final Locale locale;
        private final Font font;
        private PdfTemplate total;

        PageNumbers(String pattern, String footer, Locale locale, Font font) {
            this.pattern = pattern;
            this.footer = footer;
            this.locale = locale;
            this.font = font;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int split = pattern.indexOf("{1}");
            String before = new MessageFormat(split < 0 ? pattern : pattern.substring(0, split), locale)
                    .format(new Object[]{writer.getPageNumber()});
            String after = split < 0 ? "" : pattern.substring(split + 3);
            BaseFont base = font.getBaseFont();
            float size = font.getSize();
            float y = document.bottom() - 24;
            float right = document.right();
            float afterWidth = base.getWidthPoint(after, size);
            float numberWidth = base.getWidthPoint("000", size);
            float x = right - afterWidth - numberWidth - base.getWidthPoint(before, size);
            PdfContentByte canvas = writer.getDirectContent();
            canvas.saveState();
            canvas.setColorFill(GREY);
            canvas.beginText();
            canvas.setFontAndSize(base, size);
            canvas.setTextMatrix(x, y);
            canvas.showText(before);
            canvas.endText();
            canvas.addTemplate(total, x + base.getWidthPoint(before, size), y);
            if (!after.isEmpty()) {
                canvas.beginText();
                canvas.setTextMatrix(right - afterWidth, y);
                canvas.showText(after);
                canvas.endText();
            }
            canvas.beginText();
            canvas.setTextMatrix(document.left(), y);
            canvas.showText(footer);
            canvas.endText();
            canvas.setColorStroke(RULE);
            canvas.moveTo(document.left(), y + size + 3);
            canvas.lineTo(right, y + size + 3);
            canvas.stroke();
            canvas.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font.getBaseFont(), font.getSize());
            total.setColorFill(GREY);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
