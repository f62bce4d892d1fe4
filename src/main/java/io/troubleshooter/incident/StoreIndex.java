package io.troubleshooter.incident;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.troubleshooter.guide.Walk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A cache of every incident's summary, keyed by file name with the size and modification time it was read
 * at, and the incidents folder's own modification time when it was written. Every save renames a file into
 * that folder, which moves the folder's time on; so while it still matches, nothing was saved since and the
 * index is the list. Otherwise each entry is only trusted for a file whose size and time still match: a
 * stale or lost index costs a re-read, never a wrong list. It lives in a subfolder so writing it does not
 * itself move the incidents folder's time. A file edited in place by another program, which leaves the
 * folder's time alone, shows its old summary in the list until the next save; opening it reads the file.
 */
final class StoreIndex {

    private static final Path FILE = Path.of(".index", "index.json");
    private static final String SCHEMA = "troubleshooter.incident-index/3";
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    record Entry(String file, long size, long modified, IncidentSummary summary) { }

    /** The entries by file name, and the folder time they were written at (-1 when unknown). */
    record Loaded(Map<String, Entry> entries, long folderModified) { }

    /**
     * One incident as a JSON array, times as numbers and causes as numbers into the index's cause table:
     * ten thousand rows without ten thousand copies of field names and long cause anchors.
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    record Row(String id, long size, long modified, String reference, String vmName, String customer, String notes,
               String errorKey, List<String> codes, long created, long updated, Walk.Outcome outcome, int resolvedBy,
               int[] path) { }

    record Saved(String schemaVersion, long folderModified, List<String> causes, List<Row> rows) { }

    private StoreIndex() {
    }

    static Loaded read(Path folder) {
        try {
            Saved saved = MAPPER.readValue(Files.readAllBytes(folder.resolve(FILE)), Saved.class);
            if (!SCHEMA.equals(saved.schemaVersion()) || saved.rows() == null || saved.causes() == null) {
                return new Loaded(Map.of(), -1);
            }
            var entries = HashMap.<String, Entry>newHashMap(saved.rows().size());
            for (Row row : saved.rows()) {
                var entry = entryOf(row, saved.causes());
                entries.put(entry.file(), entry);
            }
            return new Loaded(entries, saved.folderModified());
        } catch (NoSuchFileException e) {
            // First start, or the index was removed: every file is read once.
            return new Loaded(Map.of(), -1);
        } catch (IOException | RuntimeException e) {
            // A damaged cache is rebuilt from the incident files themselves.
            return new Loaded(Map.of(), -1);
        }
    }

    static void write(Path folder, Collection<Entry> entries) throws IOException {
        // Made before the folder's time is read: creating it is itself a change to the folder.
        Files.createDirectories(folder.resolve(FILE).getParent());
        long folderModified = modified(folder);
        var causes = new LinkedHashMap<String, Integer>();
        var rows = new ArrayList<Row>(entries.size());
        for (Entry entry : entries) {
            rows.add(rowOf(entry, causes));
        }
        var saved = new Saved(SCHEMA, folderModified, List.copyOf(causes.keySet()), rows);
        AtomicFiles.write(folder.resolve(FILE), MAPPER.writeValueAsBytes(saved));
    }

    static long modified(Path folder) throws IOException {
        return Files.getLastModifiedTime(folder).to(TimeUnit.MICROSECONDS);
    }

    private static Row rowOf(Entry entry, Map<String, Integer> causes) {
        IncidentSummary s = entry.summary();
        int[] path = s.pathCauses().stream().mapToInt(c -> causes.computeIfAbsent(c, k -> causes.size())).toArray();
        int resolvedBy = s.resolvedBy() == null ? -1 : causes.computeIfAbsent(s.resolvedBy(), k -> causes.size());
        return new Row(s.id(), entry.size(), entry.modified(), s.reference(), s.vmName(), s.customer(), s.notes(),
                s.errorKey(), s.codes(), millis(s.created()), millis(s.updated()), s.outcome(), resolvedBy, path);
    }

    private static Entry entryOf(Row row, List<String> causes) {
        var path = new ArrayList<String>(row.path().length);
        for (int cause : row.path()) {
            path.add(causes.get(cause));
        }
        var summary = new IncidentSummary(row.id(), row.reference(), row.vmName(), row.customer(), row.notes(),
                row.errorKey(), row.codes(), instant(row.created()), instant(row.updated()), row.outcome(),
                row.resolvedBy() < 0 ? null : causes.get(row.resolvedBy()), path);
        return new Entry(row.id() + ".json", row.size(), row.modified(), summary);
    }

    private static long millis(Instant at) {
        return at == null ? Long.MIN_VALUE : at.toEpochMilli();
    }

    private static Instant instant(long millis) {
        return millis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(millis);
    }
}
