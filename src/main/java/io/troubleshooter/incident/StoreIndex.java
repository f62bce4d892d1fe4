package io.troubleshooter.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cache of every incident's summary, keyed by file name with the size and modification time it was read
 * at. It is only ever trusted for a file whose size and time still match, so a stale or lost index costs
 * a re-read, never a wrong list.
 */
final class StoreIndex {

    static final String FILE = "index.json";
    private static final String SCHEMA = "troubleshooter.incident-index/1";
    private static final ObjectMapper MAPPER = IncidentJson.MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);

    record Entry(String file, long size, long modified, IncidentSummary summary) { }

    record Saved(String schemaVersion, List<Entry> entries) { }

    private StoreIndex() {
    }

    static Map<String, Entry> read(Path folder) {
        var entries = new HashMap<String, Entry>();
        try {
            Saved saved = MAPPER.readValue(Files.readAllBytes(folder.resolve(FILE)), Saved.class);
            if (SCHEMA.equals(saved.schemaVersion()) && saved.entries() != null) {
                saved.entries().forEach(e -> entries.put(e.file(), e));
            }
        } catch (NoSuchFileException e) {
            // First start, or the index was removed: every file is read once.
        } catch (IOException | RuntimeException e) {
            // A damaged cache is rebuilt from the incident files themselves.
            entries.clear();
        }
        return entries;
    }

    static void write(Path folder, Collection<Entry> entries) throws IOException {
        AtomicFiles.write(folder.resolve(FILE), MAPPER.writeValueAsBytes(new Saved(SCHEMA, List.copyOf(entries))));
    }
}
