package io.troubleshooter.bench;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.Command;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.incident.ChecklistItem;
import io.troubleshooter.incident.Incident;
import io.troubleshooter.incident.IncidentId;
import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.incident.IncidentJson;
import io.troubleshooter.incident.IncidentPdf;
import io.troubleshooter.incident.IncidentSession;
import io.troubleshooter.incident.IncidentStore;
import io.troubleshooter.incident.Origin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * Figures for incidents: the PDF export of a filled-in incident of about 40 items (warm, median), its size,
 * and listing 10,000 incidents the way the app does at start (a new store over a folder it indexed before).
 */
public final class IncidentBench {

    /** The figures, each a plain number; {@code listColdMs} is the first listing ever, with no index yet. */
    public record Figures(double pdfMs, long pdfBytes, int pdfItems, double listMs, double listColdMs, int incidents) {
        public Map<String, Object> asMap() {
            var map = new LinkedHashMap<String, Object>();
            map.put("pdf_ms", pdfMs);
            map.put("pdf_bytes", pdfBytes);
            map.put("pdf_items", pdfItems);
            map.put("incidents_list_ms", listMs);
            map.put("incidents_list_cold_ms", listColdMs);
            map.put("incidents_listed", incidents);
            return map;
        }
    }

    private IncidentBench() {
    }

    public static Figures measure() throws IOException {
        return measure(Catalog.loadShipped(), 10_000, 15);
    }

    public static Figures measure(Catalog catalog, int incidents, int pdfRounds) throws IOException {
        ErrorEntry entry = catalog.entries().stream()
                .max(Comparator.comparingLong(IncidentBench::checklistRows)).orElseThrow();
        Incident sample = filledIn(entry);
        var options = new IncidentPdf.Options(Locale.UK, IncidentPdf.labels(ResourceBundle.getBundle("i18n.messages",
                Locale.ROOT)), null, null, Instant.now());
        long bytes = 0;
        for (int i = 0; i < 5; i++) {
            bytes = IncidentPdf.toBytes(sample, entry, options).length;
        }
        double[] times = new double[pdfRounds];
        for (int i = 0; i < pdfRounds; i++) {
            long start = System.nanoTime();
            IncidentPdf.toBytes(sample, entry, options);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Path folder = Files.createTempDirectory("incident-bench");
        try {
            writeIncidents(folder, sample, incidents);
            double cold = timeListing(folder, incidents);
            double warm = timeListing(folder, incidents);
            return new Figures(Samples.round(Samples.median(times)), bytes, sample.items().size(), Samples.round(warm),
                    Samples.round(cold), incidents);
        } finally {
            delete(folder);
        }
    }

    /** The rows of an incident's checklist for {@code entry}: one per cause, step and condition. */
    public static long checklistRows(ErrorEntry entry) {
        return entry.tree().nodes().stream().filter(n -> switch (n.kind()) {
            case CAUSE, STEP, CONDITION -> true;
            default -> false;
        }).count();
    }

    /** A new store over the folder, listing everything: what the app does once at start. */
    private static double timeListing(Path data, int expected) throws IOException {
        long start = System.nanoTime();
        int listed;
        try (var store = IncidentStore.open(data)) {
            listed = store.list().incidents().size();
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (listed != expected) {
            throw new IllegalStateException("listed " + listed + " incidents of " + expected);
        }
        return ms;
    }

    /** Every item settled with a note, every cause answered, a command copied per command of the entry. */
    static Incident filledIn(ErrorEntry entry) {
        Instant at = Instant.parse("2025-03-14T09:00:00Z");
        var session = IncidentSession.create(entry, new IncidentInfo("INC-BENCH", "vm-bench-01", "Contoso, S.L.",
                "Notas de la incidencia con acentos: sesión, configuración, ñ, ç, ã, õ."), new Origin("bench", "dev"), at);
        int n = 0;
        for (ChecklistItem item : session.incident().items()) {
            at = at.plusSeconds(60);
            session.setState(item.nodeId(), ChecklistItem.State.values()[1 + n++ % 3], at);
            session.setNote(item.nodeId(), "Revisado en la máquina virtual; el resultado quedó anotado en el ticket.", at);
        }
        for (int i = 0; i < entry.causes().size(); i++) {
            session.answer(entry.causes().get(i).id(), i == entry.causes().size() - 1 ? Answer.RESOLVED
                    : Answer.NOT_RESOLVED, at.plusSeconds(i));
        }
        for (Command command : entry.commands()) {
            session.copied(DecisionTree.causeNode(entry.causes().getFirst()), command, Map.of("serviceName", "SQLWriter"), at);
        }
        return session.incident();
    }

    private static void writeIncidents(Path data, Incident sample, int count) throws IOException {
        Path folder = Files.createDirectories(data.resolve("incidents"));
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < count; i++) {
            Instant created = base.plusSeconds(600L * i);
            var copy = new Incident(sample.schemaVersion(), IncidentId.generate(created), created, created,
                    new IncidentInfo("INC-" + i, "vm-" + i, "Cliente " + i % 97, sample.info().notes()), sample.error(),
                    sample.contentVersion(), sample.origin(), sample.outcome(), sample.placeholders(), sample.items(),
                    sample.answers(), sample.timeSpentMs(), sample.commands(), sample.warnings());
            // Set-up only: the measured part is reading, so these skip the store's fsync per file.
            Files.write(folder.resolve(copy.id() + ".json"), IncidentJson.write(copy));
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        System.out.println(measure().asMap());
    }
}
