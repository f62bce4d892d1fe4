package io.troubleshooter.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reaches the log file in the data folder, and what a support engineer gets back from it. */
class LogFileTest {

    private static final Logger LOG = System.getLogger(LogFileTest.class.getName());

    @TempDir
    Path folder;
    private LogFile log;
    private Thread.UncaughtExceptionHandler uncaught;

    @BeforeEach
    void install() throws Exception {
        uncaught = Thread.getDefaultUncaughtExceptionHandler();
        log = LogFile.install(folder);
    }

    @AfterEach
    void close() {
        log.close();
        Thread.setDefaultUncaughtExceptionHandler(uncaught);
    }

    @Test
    void aFailureInABackgroundThreadIsWrittenWithItsStackTrace() throws Exception {
        var worker = Thread.ofPlatform().name("warm-up-under-test").start(() -> {
            throw new IllegalStateException("the warm-up broke");
        });
        worker.join();

        String written = Files.readString(log.file());
        assertTrue(written.contains("ERROR") || written.contains("SEVERE"), written);
        assertTrue(written.contains("Uncaught in thread warm-up-under-test"), written);
        assertTrue(written.contains("java.lang.IllegalStateException: the warm-up broke"), written);
        assertTrue(written.contains("\tat "), "with its stack trace: " + written);
    }

    @Test
    void aRecordIsOneLineWithTimeLevelLoggerAndMessage() {
        LOG.log(Level.WARNING, "saving failed: disk full");

        List<String> tail = log.tail(1);

        assertEquals(1, tail.size());
        assertTrue(tail.getFirst().matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z WARNING " + LogFileTest.class.getName()
                + " \\[.+] saving failed: disk full"), tail.getFirst());
    }

    @Test
    void theTailIsTheLastLinesOldestFirst() {
        for (int i = 0; i < 30; i++) {
            LOG.log(Level.INFO, "line " + i);
        }

        List<String> tail = log.tail(3);

        assertEquals(3, tail.size());
        assertTrue(tail.get(0).endsWith("line 27") && tail.get(2).endsWith("line 29"), tail.toString());
    }

    @Test
    void pastAMegabyteTheLogRotatesAndTheTailReachesIntoThePreviousFile() {
        String filler = "x".repeat(1000);
        int records = LogFile.LIMIT_BYTES / 1000 + 10;
        for (int i = 0; i < records; i++) {
            LOG.log(Level.INFO, "record " + i + " " + filler);
        }

        assertTrue(Files.isRegularFile(folder.resolve("troubleshooter.1.log")), "the full file was kept as .1");
        long newest = log.tail(records + 50).stream().filter(l -> l.contains(" record ")).count();
        assertEquals(records, newest, "the tail spans both files");
        assertTrue(log.tail(1).getFirst().contains("record " + (records - 1) + " "));
    }

    @Test
    void aClosedLogIsNoLongerWrittenOrCurrent() throws Exception {
        LOG.log(Level.WARNING, "before closing");
        log.close();
        LOG.log(Level.WARNING, "after closing");

        String written = Files.readString(log.file());
        assertTrue(written.contains("before closing"));
        assertTrue(!written.contains("after closing"), written);
        assertTrue(LogFile.current().isEmpty());
    }
}
