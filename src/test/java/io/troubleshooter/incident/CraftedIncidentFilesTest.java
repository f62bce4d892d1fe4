package io.troubleshooter.incident;

import io.troubleshooter.incident.CraftedIncidents.Crafted;
import io.troubleshooter.incident.CraftedIncidents.Fate;
import io.troubleshooter.incident.UsableEverywhere.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hundreds of incident files gone wrong in one folder: the list comes back, each bad one is set aside or skipped
 * with a message naming the file, no exception escapes, and every file that is listed works everywhere the app
 * uses an incident (opening, changing, saving, the PDF). The figures are printed for the record.
 */
class CraftedIncidentFilesTest {

    @TempDir
    Path data;
    @TempDir
    Path outside;

    @Test
    void everyBadFileIsSetAsideOrSkippedWithAMessageAndEveryListedOneWorks() throws Exception {
        Path folder = Files.createDirectories(data.resolve("incidents"));
        List<Crafted> crafted = CraftedIncidents.all(outside);
        for (Crafted c : crafted) {
            c.maker().make(folder.resolve(c.file()));
        }
        assertTrue(crafted.size() >= 100, "only " + crafted.size() + " crafted files");

        var seen = new EnumMap<Fate, Integer>(Fate.class);
        var wrong = new ArrayList<String>();
        var traces = new ArrayList<String>();
        try (var store = IncidentStore.open(data)) {
            var listing = assertTimeoutPreemptively(Duration.ofSeconds(60), store::list, "the list hung");
            Map<String, IncidentSummary> listed = listing.incidents().stream()
                    .collect(Collectors.toMap(s -> s.id() + ".json", Function.identity()));
            Map<String, LoadProblem> problems = listing.problems().stream()
                    .collect(Collectors.toMap(LoadProblem::file, Function.identity()));
            for (Crafted c : crafted) {
                Fate fate = listed.containsKey(c.file()) ? Fate.LISTED : problems.containsKey(c.file())
                        ? problems.get(c.file()).aside().isPresent() ? Fate.SET_ASIDE : Fate.SKIPPED : null;
                if (fate == null || !(fate == c.fate() || c.fate() == Fate.EITHER && fate != Fate.SKIPPED)) {
                    wrong.add(c.what() + ": " + fate + ", expected " + c.fate());
                    continue;
                }
                seen.merge(fate, 1, Integer::sum);
                if (fate == Fate.LISTED) {
                    var report = seen.get(fate) % 2 == 0 ? Report.WITH_TEXTS : Report.WITH_IDS;
                    UsableEverywhere.check(store, listed.get(c.file()).id(), report)
                            .ifPresent(t -> traces.add(c.what() + ": " + t));
                } else {
                    String message = problems.get(c.file()).message();
                    if (!message.startsWith(SafeText.line(c.file())) || looksLikeATrace(message)) {
                        wrong.add(c.what() + ": the message is \"" + message + "\"");
                    }
                }
            }
        }
        var imports = importEach(crafted, folder, traces);

        System.out.printf(Locale.ROOT, "Crafted incident files: %d; listed %d, set aside %d, skipped %d; "
                        + "imports refused %d of %d; stack traces %d%n", crafted.size(),
                seen.getOrDefault(Fate.LISTED, 0), seen.getOrDefault(Fate.SET_ASIDE, 0),
                seen.getOrDefault(Fate.SKIPPED, 0), imports[0], imports[1], traces.size());
        assertEquals(List.of(), wrong);
        assertEquals(List.of(), traces);
        assertEquals(crafted.size(), seen.values().stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * Imports every crafted file that is a file at all (those set aside are taken from quarantine): refused with a
     * message and nothing written, or stored and usable. Returns how many were refused, of how many.
     */
    private int[] importEach(List<Crafted> crafted, Path folder, List<String> traces) throws Exception {
        var sources = new HashMap<String, Path>();
        try (Stream<Path> files = Stream.concat(Files.list(folder), Files.list(folder.resolve("quarantine")))) {
            files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .forEach(f -> sources.put(f.getFileName().toString(), f));
        }
        int refused = 0;
        int tried = 0;
        Path elsewhere = data.resolve("elsewhere");
        try (var store = IncidentStore.open(elsewhere)) {
            for (Crafted c : crafted) {
                String stem = c.file().substring(0, c.file().length() - ".json".length());
                Path source = sources.entrySet().stream().filter(e -> e.getKey().startsWith(stem))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (source == null) {
                    continue;
                }
                tried++;
                int before = store.list().incidents().size();
                try {
                    Incident imported = store.importFile(source);
                    UsableEverywhere.check(store, imported.id(), Report.NONE)
                            .ifPresent(t -> traces.add("import of " + c.what() + ": " + t));
                } catch (IncidentFileException e) {
                    refused++;
                    if (store.list().incidents().size() != before || looksLikeATrace(e.getMessage())) {
                        traces.add("import of " + c.what() + " wrote or said: " + e.getMessage());
                    }
                } catch (Exception e) {
                    traces.add("import of " + c.what() + ": " + e);
                }
            }
        }
        return new int[] {refused, tried};
    }

    private static boolean looksLikeATrace(String message) {
        return message.contains("Exception") || message.contains("\tat ") || message.contains("com.fasterxml")
                || message.contains("java.");
    }
}
