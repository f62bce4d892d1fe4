package io.troubleshooter.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The localisation pipeline's leftovers {@code <bpt>...</bpt>}, {@code <ept/>}, {@code <ph>}, {@code <it>}: each tag
 * is removed and the text it wraps kept. Tags are paired by search, so a file of unclosed tags reads in linear time
 * (a lazy regular expression would scan to the end of the file from every opening tag).
 */
final class LocalisationTags {

    private static final Pattern TAG = Pattern.compile("<(/?)(bpt|ept|ph|it)\\b[^<>]*?(/?)>");

    private LocalisationTags() {
    }

    static String strip(String text) {
        Matcher m = TAG.matcher(text);
        var sb = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            // The wrapped text stays, the tag goes; a line break inside a tag is kept so line numbers hold.
            sb.append(text, last, m.start());
            for (int i = m.start(); i < m.end(); i++) {
                if (text.charAt(i) == '\n') {
                    sb.append('\n');
                }
            }
            last = m.end();
        }
        sb.append(text, last, text.length());
        return sb.toString();
    }
}
