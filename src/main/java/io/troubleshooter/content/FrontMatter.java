package io.troubleshooter.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article metadata from YAML front matter or the older {@code <properties/>} and {@code <tags/>} blocks.
 * The metadata is removed from the body, but its lines are kept blank so line numbers stay true.
 */
public record FrontMatter(Map<String, String> values, String body) {

    private static final Pattern YAML = Pattern.compile("\\A---[ \\t]*\\n(.*?\\n)---[ \\t]*\\n", Pattern.DOTALL);
    private static final Pattern YAML_LINE = Pattern.compile("^([A-Za-z0-9_.\\-]+)\\s*:\\s*(.*)$");
    private static final Pattern OLD_BLOCK = Pattern.compile("<(properties|tags)\\b(.*?)/?>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z0-9_.\\-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT);

    public static FrontMatter read(String text) {
        var values = new LinkedHashMap<String, String>();
        String body = text;
        Matcher yaml = YAML.matcher(text);
        if (yaml.find()) {
            for (String line : yaml.group(1).split("\n")) {
                Matcher m = YAML_LINE.matcher(line);
                if (m.matches()) {
                    values.put(m.group(1).toLowerCase(Locale.ROOT), unquote(m.group(2).strip()));
                }
            }
            body = blankOut(text, yaml.start(), yaml.end());
        }
        // The old metadata blocks only ever stand before the first heading.
        int firstHeading = body.indexOf("\n#");
        Matcher old = OLD_BLOCK.matcher(body);
        var sb = new StringBuilder();
        int last = 0;
        while (old.find() && (firstHeading < 0 || old.start() < firstHeading)) {
            Matcher attr = ATTRIBUTE.matcher(old.group(2));
            while (attr.find()) {
                String key = attr.group(1).toLowerCase(Locale.ROOT);
                values.putIfAbsent(key.equals("pagetitle") ? "title" : key, attr.group(2));
            }
            sb.append(body, last, old.start()).append(newlinesOf(old.group()));
            last = old.end();
        }
        sb.append(body.substring(last));
        return new FrontMatter(values, sb.toString());
    }

    public boolean present() {
        return !values.isEmpty();
    }

    public String get(String key) {
        return values.get(key);
    }

    public LocalDate date() {
        String raw = values.get("ms.date");
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip(), US_DATE);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(raw.strip());
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    public String locale() {
        String raw = values.getOrDefault("ms.contentlocale", values.get("ms.locale"));
        return raw == null || raw.isBlank() ? null : Locales.canonical(raw);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            String inner = value.substring(1, value.length() - 1);
            return value.startsWith("'") ? inner.replace("''", "'") : inner.replace("\\\"", "\"");
        }
        return value;
    }

    private static String blankOut(String text, int from, int to) {
        return text.substring(0, from) + newlinesOf(text.substring(from, to)) + text.substring(to);
    }

    static String newlinesOf(String s) {
        return "\n".repeat((int) s.chars().filter(c -> c == '\n').count());
    }
}
