package io.troubleshooter.search;

import io.troubleshooter.guide.ErrorEntry;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What one search may return: the entries of a catalog's files, by file key and position, and of them those the
 * list shows (older versions of an article are indexed with their file but not listed). A hit is mapped back
 * through the scope, so a search made for one catalog never returns another catalog's entries.
 */
public final class Scope {

    private final Map<String, List<ErrorEntry>> files;
    private final @Nullable Set<ErrorEntry> shown;
    private final int size;
    private final int hidden;
    private final QueryPlanner planner;

    private Scope(Map<String, List<ErrorEntry>> files, @Nullable Set<ErrorEntry> shown, int size, int hidden,
                  QueryPlanner planner) {
        this.files = files;
        this.shown = shown;
        this.size = size;
        this.hidden = hidden;
        this.planner = planner;
    }

    /** The entries of {@code files}; of them only those in {@code shown} (by identity) are found, all when null. */
    public static Scope of(Map<String, List<ErrorEntry>> files, @Nullable Collection<ErrorEntry> shown) {
        Map<String, List<ErrorEntry>> copy = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        Set<ErrorEntry> identities = null;
        if (shown != null) {
            identities = Collections.newSetFromMap(new IdentityHashMap<>());
            identities.addAll(shown);
        }
        int size = 0;
        int visible = 0;
        // Prose is only searched in the languages the shown entries are written in.
        var languages = new LinkedHashSet<String>();
        for (List<ErrorEntry> entries : copy.values()) {
            size += entries.size();
            for (ErrorEntry entry : entries) {
                if (identities == null || identities.contains(entry)) {
                    visible++;
                    languages.add(TextAnalysis.language(entry.locale()));
                }
            }
        }
        return new Scope(copy, identities, visible, size - visible, new QueryPlanner(languages));
    }

    Map<String, List<ErrorEntry>> files() {
        return files;
    }

    /** The entry at {@code position} in file {@code key}, if the scope holds and shows it. */
    Optional<ErrorEntry> entry(String key, long position) {
        List<ErrorEntry> entries = files.get(key);
        if (entries == null || position < 0 || position >= entries.size()) {
            return Optional.empty();
        }
        ErrorEntry entry = entries.get((int) position);
        return shown == null || shown.contains(entry) ? Optional.of(entry) : Optional.empty();
    }

    /** Entries that can be found. */
    int size() {
        return size;
    }

    /** Entries indexed with the scope's files but not shown. */
    int hidden() {
        return hidden;
    }

    QueryPlanner planner() {
        return planner;
    }
}
