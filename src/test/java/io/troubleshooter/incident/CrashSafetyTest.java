package io.troubleshooter.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An app killed (kill -9) in the middle of saving leaves every incident whole and at most one change behind. */
class CrashSafetyTest {

    private static final int ROUNDS = 30;

    @TempDir
    Path data;

    @Test
    void killingTheAppWhileItSavesLeavesTheLastAcknowledgedStateOrTheOneBeingWritten() throws Exception {
        Incident start = Fixtures.fixture();
        try (var store = IncidentStore.open(data)) {
            store.save(start);
        }
        var random = new Random(20250314L);
        int acknowledged = 0;
        int totalSaves = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process writer = startWriter(start.id());
            var output = new ChildOutput(writer);
            assertTrue(output.await(l -> l.startsWith("ready"), 1, Duration.ofSeconds(30)),
                    "the writer stopped before it was ready: " + output.lines());
            if (round == 0) {
                var refused = assertThrows(IncidentStoreLockedException.class, () -> IncidentStore.open(data));
                assertTrue(refused.getMessage().contains("another window"), refused.getMessage());
            }
            // Killed after a random number of saves, at whatever point of the next one it has reached.
            output.await(l -> l.startsWith("saved "), 1 + random.nextInt(20), Duration.ofSeconds(30));
            writer.destroyForcibly();
            assertTrue(writer.waitFor(10, TimeUnit.SECONDS), "the writer did not die");
            assertTrue(output.awaitEnd(Duration.ofSeconds(10)), "the writer's output did not end");

            var lines = output.lines();
            List<Integer> saves = lines.stream().filter(l -> l.startsWith("saved ")).map(l -> Integer.parseInt(l.substring(6)))
                    .toList();
            assertTrue(lines.stream().noneMatch(l -> l.startsWith("error")), lines.toString());
            totalSaves += saves.size();
            if (!saves.isEmpty()) {
                acknowledged = saves.getLast();
            }
            everyFileLeftParses();
            try (var store = IncidentStore.open(data)) {
                Incident after = store.load(start.id());
                int revision = revisionOf(after);
                assertTrue(revision == acknowledged || revision == acknowledged + 1,
                        "round " + round + ": revision " + revision + " on disk, " + acknowledged + " acknowledged");
                assertEquals(infoAt(start.info(), revision), after.info(), "a revision is saved whole");
                assertEquals(start.items(), after.items());
                acknowledged = revision;
            }
        }
        assertTrue(totalSaves > ROUNDS, "the writer saved only " + totalSaves + " times: nothing was exercised");
    }

    static int revisionOf(Incident incident) {
        String reference = incident.info().reference();
        return reference.startsWith("rev-") ? Integer.parseInt(reference.substring(4)) : 0;
    }

    /** Revision {@code n}: the reference says it, and the notes grow and shrink so a torn write shows. */
    static IncidentInfo infoAt(IncidentInfo base, int revision) {
        return new IncidentInfo("rev-" + revision, base.vmName(), base.customer(),
                ("revisión nº " + revision + " — ").repeat(1 + revision % 300));
    }

    private void everyFileLeftParses() throws Exception {
        var mapper = new ObjectMapper();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.equals(".lock")) {
                    continue;
                }
                assertTrue(name.endsWith(".json") || name.endsWith(".tmp"), "unexpected file " + file);
                if (name.endsWith(".json")) {
                    mapper.readTree(file.toFile());
                    if (!name.equals("index.json")) {
                        IncidentJson.read(Files.readAllBytes(file), name);
                    }
                }
            }
        }
    }

    private Process startWriter(String id) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CrashingWriter.class.getName(), data.toString(), id));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
