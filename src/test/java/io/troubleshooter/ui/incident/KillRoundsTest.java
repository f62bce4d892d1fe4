package io.troubleshooter.ui.incident;

import io.troubleshooter.incident.ChildOutput;
import io.troubleshooter.incident.IncidentFileException;
import io.troubleshooter.incident.IncidentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app killed at random moments while an engineer types, imports and the list sets files aside: nothing it
 * acknowledged as saved is missing after {@code kill -9}, and nothing typed before a {@code kill} (SIGTERM) is.
 * Each round runs {@link SaveProbe} in a process of its own and kills it after a random number of keystrokes.
 *
 * <p>The suite runs {@value #ROUNDS} rounds; {@code -Dincident.killRounds=40} runs forty (thirty SIGKILL, ten
 * SIGTERM) for the figures.
 */
class KillRoundsTest {

    private static final int ROUNDS = 6;
    private static final String[] MODES = {"edit", "import", "quarantine"};

    @TempDir
    Path data;
    @TempDir
    Path exports;

    private final Tally tally = new Tally();

    /**
     * What was acknowledged and what was found, over every round: acknowledgements seen and keystrokes made, and
     * the edits (note revisions) missing on disk after each kill.
     */
    private static final class Tally {
        int kills;
        int terms;
        int acknowledged;
        int lostAcknowledged;
        int typedBeforeTerm;
        int lostTyped;
        int unacknowledgedLost;
        int imports;
        int lostImports;
        int setAside;
        int lostFiles;
        final List<String> problems = new ArrayList<>();
    }

    @Test
    void nothingAcknowledgedIsLostWhenTheAppIsKilledAndNothingTypedWhenItIsStopped() throws Exception {
        IncidentFixtures.put(data, IncidentFixtures.FIXTURE_ID,
                IncidentFixtures.fixture(IncidentFixtures.FIXTURE_ID, root -> { }));
        for (int i = 0; i < 3; i++) {
            Files.write(exports.resolve("export-" + i + ".json"), IncidentFixtures.fixture("export-" + i, root -> { }));
        }
        int rounds = Integer.getInteger("incident.killRounds", ROUNDS);
        var random = new Random(20250314L);
        for (int round = 0; round < rounds; round++) {
            boolean term = round % 4 == 1;
            round(MODES[round % MODES.length], term, random);
        }

        System.out.printf(Locale.ROOT, "Kill rounds: %d SIGKILL, %d SIGTERM; saves acknowledged %d, acknowledged "
                        + "edits lost %d (not yet acknowledged, lost to SIGKILL: %d); keys typed before SIGTERM %d, "
                        + "edits lost %d; imports %d, lost %d; files set aside %d, lost %d%n", tally.kills, tally.terms,
                tally.acknowledged, tally.lostAcknowledged, tally.unacknowledgedLost, tally.typedBeforeTerm,
                tally.lostTyped, tally.imports, tally.lostImports, tally.setAside, tally.lostFiles);
        assertEquals(List.of(), tally.problems);
        assertEquals(0, tally.lostAcknowledged + tally.lostTyped + tally.lostImports + tally.lostFiles);
        assertTrue(tally.acknowledged > 0 && tally.imports > 0 && tally.setAside > 0,
                "too little happened to tell anything: " + tally.acknowledged + " acknowledged, " + tally.imports
                        + " imports, " + tally.setAside + " set aside");
    }

    private void round(String mode, boolean term, Random random) throws Exception {
        Process child = start(mode, random.nextLong());
        var output = new ChildOutput(child);
        assertTrue(output.await(l -> l.equals("ready"), 1, Duration.ofSeconds(60)),
                "the probe did not start: " + output.lines());
        // Killed after a few saves and a random number of keystrokes more: at any point of the auto-saver's half
        // second, with acknowledged saves behind it.
        int saves = random.nextInt(4);
        output.await(l -> l.startsWith("ack "), saves, Duration.ofSeconds(60));
        int typed = (int) output.lines().stream().filter(l -> l.startsWith("edited ")).count();
        output.await(l -> l.startsWith("edited "), typed + 1 + random.nextInt(150), Duration.ofSeconds(60));
        List<String> beforeSignal = output.lines();
        if (term) {
            child.destroy();
            tally.terms++;
        } else {
            child.destroyForcibly();
            tally.kills++;
        }
        assertTrue(child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the probe did not end");
        assertTrue(output.awaitEnd(Duration.ofSeconds(30)), "its output did not end");
        check(output.lines(), beforeSignal, term);
    }

    private void check(List<String> lines, List<String> beforeSignal, boolean term) throws Exception {
        lines.stream().filter(l -> l.startsWith("error")).forEach(tally.problems::add);
        Map<String, Integer> acked = highest(lines, "ack ");
        Map<String, Integer> typed = highest(beforeSignal, "edited ");
        Map<String, Integer> lastTyped = highest(lines, "edited ");
        try (var store = IncidentStore.open(data)) {
            tally.acknowledged += (int) lines.stream().filter(l -> l.startsWith("ack ")).count();
            for (var entry : acked.entrySet()) {
                int onDisk = revisionOnDisk(store, entry.getKey());
                tally.lostAcknowledged += Math.max(0, entry.getValue() - onDisk);
                if (!term) {
                    tally.unacknowledgedLost += Math.max(0, lastTyped.getOrDefault(entry.getKey(), 0) - onDisk);
                }
            }
            if (term) {
                tally.typedBeforeTerm += (int) beforeSignal.stream().filter(l -> l.startsWith("edited ")).count();
                for (var entry : typed.entrySet()) {
                    int onDisk = revisionOnDisk(store, entry.getKey());
                    tally.lostTyped += Math.max(0, entry.getValue() - onDisk);
                }
            }
            for (String line : lines) {
                if (line.startsWith("imported ")) {
                    tally.imports++;
                    if (!store.exists(line.substring(9)) || revisionOnDisk(store, line.substring(9)) < 0) {
                        tally.lostImports++;
                    }
                }
            }
            checkSetAside(lines);
            var listing = store.list();
            listing.problems().stream().filter(p -> !p.file().startsWith("bad-"))
                    .forEach(p -> tally.problems.add("a saved incident was set aside: " + p.message()));
        }
    }

    /** Every damaged file dropped is in the folder or in quarantine, and every one said to be set aside is there. */
    private void checkSetAside(List<String> lines) throws Exception {
        Path folder = data.resolve("incidents");
        List<String> quarantined;
        try (Stream<Path> files = Files.list(folder.resolve("quarantine"))) {
            quarantined = files.map(f -> f.getFileName().toString()).toList();
        } catch (java.nio.file.NoSuchFileException e) {
            quarantined = List.of();
        }
        for (String line : lines) {
            boolean aside = line.startsWith("aside ");
            if (!aside && !line.startsWith("dropped ")) {
                continue;
            }
            String name = line.substring(line.indexOf(' ') + 1);
            String stem = name.substring(0, name.length() - ".json".length()) + ".";
            boolean inQuarantine = quarantined.stream().anyMatch(q -> q.startsWith(stem));
            boolean inFolder = Files.exists(folder.resolve(name));
            if (aside) {
                tally.setAside++;
                tally.lostFiles += inQuarantine ? 0 : 1;
            } else if (!inQuarantine && !inFolder) {
                tally.lostFiles++;
            }
        }
    }

    private static int revisionOnDisk(IncidentStore store, String id) throws Exception {
        try {
            return SaveProbe.revision(store.load(id));
        } catch (IncidentFileException e) {
            throw new AssertionError("incident " + id + " is damaged on disk: " + e.getMessage(), e);
        }
    }

    /** The highest revision per incident over lines {@code <prefix>ID N}. */
    private static Map<String, Integer> highest(List<String> lines, String prefix) {
        var highest = new HashMap<String, Integer>();
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                String[] parts = line.split(" ");
                highest.merge(parts[1], Integer.parseInt(parts[2]), Math::max);
            }
        }
        return highest;
    }

    private Process start(String mode, long seed) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                SaveProbe.class.getName(), data.toString(), mode, exports.toString(), Long.toString(seed)));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
