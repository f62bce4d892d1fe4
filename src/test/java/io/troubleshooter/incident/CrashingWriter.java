package io.troubleshooter.incident;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Run in its own JVM by {@link CrashSafetyTest}: keeps changing one incident and saving it, printing
 * {@code saved N} after revision N is on disk, until it is killed.
 * Arguments: the data folder and the incident id.
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    public static void main(String[] args) throws Exception {
        var store = IncidentStore.open(Path.of(args[0]));
        var session = IncidentSession.open(store.load(args[1]));
        var saver = new AutoSaver(store, Duration.ofMillis(1), saved -> { }, (incident, error) -> {
            System.out.println("error " + error);
            System.out.flush();
        });
        saver.watch(session);
        int revision = CrashSafetyTest.revisionOf(session.incident());
        System.out.println("ready " + revision);
        System.out.flush();
        while (true) {
            revision++;
            session.setInfo(CrashSafetyTest.infoAt(session.incident().info(), revision), Instant.now());
            saver.flush();
            System.out.println("saved " + revision);
            System.out.flush();
        }
    }
}
