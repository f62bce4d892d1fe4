package io.troubleshooter.incident;

import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Counts the colours a PDF's content streams set, as a reader would paint them. */
public final class FlowchartColours {

    private static final Pattern RGB = Pattern.compile("([0-9.]+) ([0-9.]+) ([0-9.]+) (RG|rg)\\b");

    private FlowchartColours() {
    }

    /** How many times {@code colour} is set for stroking or filling in any stream of {@code pdf}. */
    public static int count(byte[] pdf, Color colour) throws IOException {
        var reader = new PdfReader(pdf);
        int found = 0;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject object = reader.getPdfObject(i);
            if (object instanceof PRStream stream) {
                String content = new String(PdfReader.getStreamBytes(stream), StandardCharsets.ISO_8859_1);
                var matcher = RGB.matcher(content);
                while (matcher.find()) {
                    if (channel(matcher.group(1)) == colour.getRed() && channel(matcher.group(2)) == colour.getGreen()
                            && channel(matcher.group(3)) == colour.getBlue()) {
                        found++;
                    }
                }
            }
        }
        return found;
    }

    private static int channel(String value) {
        return Math.round(Float.parseFloat(value) * 255);
    }
}
