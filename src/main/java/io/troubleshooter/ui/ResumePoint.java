package io.troubleshooter.ui;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Answered;
import io.troubleshooter.guide.Walk;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where the window was when it closed, for the next start: the error (by key and language), the node on screen,
 * its walk and the placeholder values. Written into the settings as lines of tab-separated fields; a line that
 * does not read is skipped, so a damaged setting loses that line, never the start.
 */
record ResumePoint(String entry, @Nullable String node, Walk walk, Map<String, String> placeholders) {

    private static final Logger LOG = System.getLogger(ResumePoint.class.getName());

    ResumePoint {
        placeholders = Map.copyOf(placeholders);
    }

    String encode() {
        var out = new StringBuilder();
        line(out, "E", entry);
        if (node != null) {
            line(out, "N", node);
        }
        walk.answers().forEach(a -> line(out, "A", a.causeId(), a.answer().name(), a.at().toString()));
        walk.done().forEach((step, at) -> line(out, "D", step, at.toString()));
        placeholders.forEach((name, value) -> line(out, "P", name, value));
        return out.toString();
    }

    static @Nullable ResumePoint decode(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String entry = null;
        String node = null;
        var answers = new ArrayList<Answered>();
        var done = new LinkedHashMap<String, Instant>();
        var values = new LinkedHashMap<String, String>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "E" -> entry = f[1];
                    case "N" -> node = f[1];
                    case "A" -> answers.add(new Answered(f[1], Answer.valueOf(f[2]), Instant.parse(f[3])));
                    case "D" -> done.put(f[1], Instant.parse(f[2]));
                    case "P" -> values.put(f[1], f[2]);
                    default -> LOG.log(Level.DEBUG, "Skipped an unknown line of the place to resume: " + f[0]);
                }
            } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException | DateTimeParseException e) {
                LOG.log(Level.WARNING, "Skipped a line of the place to resume that does not read: " + e);
            }
        }
        return entry == null ? null : new ResumePoint(entry, node, new Walk(answers, done), values);
    }

    private static void line(StringBuilder out, String kind, String... fields) {
        out.append(kind);
        for (String field : fields) {
            // Ids and placeholder values are one line of visible text; a tab or line break would split the record.
            out.append('\t').append(field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        out.append('\n');
    }
}
