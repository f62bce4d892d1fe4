package io.troubleshooter.content;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One language version of one article. {@code version} orders versions of the same article;
 * {@code pairedLocale} names the other language carried by the same file, when it carries two
 * (a machine translation with its English original side by side).
 */
public record Article(String id, String locale, String title, LocalDate date, String path,
                      Map<String, String> metadata, List<Section> sections, List<Problem> problems,
                      String pairedLocale) implements Serializable {

    public String version() {
        return date == null ? UNDATED : date.toString();
    }

    public static final String UNDATED = "undated";

    /** Orders version names oldest first; an undated version is the oldest, never the newest. */
    public static final Comparator<String> VERSION_ORDER =
            Comparator.comparing(v -> UNDATED.equals(v) ? "" : v);

    public Optional<Section> section(String anchor) {
        return sections.stream().filter(s -> s.anchor().equals(anchor)).findFirst();
    }

    /** The sections below {@code parent} up to the next heading of the same or a higher level. */
    public List<Section> subtree(Section parent) {
        int start = indexOf(parent);
        if (start < 0) {
            return List.of();
        }
        int end = start + 1;
        while (end < sections.size() && sections.get(end).level() > parent.level()) {
            end++;
        }
        return sections.subList(start + 1, end);
    }

    /** Position of a section of this article; by identity, as two sections may read the same. */
    public int indexOf(Section section) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i) == section) {
                return i;
            }
        }
        return -1;
    }

    public String language() {
        int dash = locale.indexOf('-');
        return (dash < 0 ? locale : locale.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
