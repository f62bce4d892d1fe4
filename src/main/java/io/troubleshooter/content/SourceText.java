package io.troubleshooter.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw bytes into text the reader can trust: UTF-8 checked, BOM dropped, CRLF and CR made LF,
 * a final newline added. Files that cannot be articles are refused with a problem, not an exception.
 */
public final class SourceText {

    /** Real articles are below 100 KB; anything past this is not an article. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private SourceText() {
    }

    public record Decoded(String text, List<Problem> problems) {
        public boolean usable() {
            return text != null;
        }
    }

    public static Decoded decode(String path, byte[] bytes) {
        var problems = new ArrayList<Problem>();
        if (bytes.length == 0) {
            problems.add(Problem.error(path, 1, "The file is empty."));
            return new Decoded(null, problems);
        }
        if (bytes.length > MAX_BYTES) {
            problems.add(Problem.error(path, 1, "The file is " + bytes.length / 1024
                    + " KB; articles larger than " + MAX_BYTES / 1024 + " KB are not read."));
            return new Decoded(null, problems);
        }
        if (looksBinary(bytes)) {
            problems.add(Problem.error(path, 1, "The file is binary, not a Markdown article."));
            return new Decoded(null, problems);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.UTF_8);
            int line = lineOfFirstReplacement(text);
            problems.add(Problem.warning(path, line,
                    "The file is not valid UTF-8; unreadable bytes are shown as \uFFFD."));
        }
        return new Decoded(normalize(text), problems);
    }

    static String normalize(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return text.endsWith("\n") ? text : text + "\n";
    }

    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control > sample / 20;
    }

    private static int lineOfFirstReplacement(String text) {
        int at = text.indexOf('\uFFFD');
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
