package io.troubleshooter.ui;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.logging.LogFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work the window hands to other threads (saves, index builds) says in the log file when it fails. */
class BackgroundFailureLogTest {

    @TempDir
    Path data;
    private LogFile log;
    private Thread.UncaughtExceptionHandler uncaught;

    @BeforeEach
    void install() throws Exception {
        uncaught = Thread.getDefaultUncaughtExceptionHandler();
        log = LogFile.install(data.resolve("logs"));
    }

    @AfterEach
    void close() {
        log.close();
        Thread.setDefaultUncaughtExceptionHandler(uncaught);
    }

    @Test
    void aSettingsSaveThatFailsIsInTheLogFile() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("plain-file"), "x");
        var settings = Settings.load(notAFolder.resolve("settings.properties"));

        settings.dark().set(true);
        settings.flush();

        String written = Files.readString(log.file());
        assertTrue(written.contains("WARNING " + Settings.class.getName()), written);
        assertTrue(written.contains("Could not save settings to " + notAFolder.resolve("settings.properties")),
                written);
    }

    @Test
    void aSearchIndexThatCannotBeBuiltIsInTheLogFile() throws Exception {
        List<ErrorEntry> broken = Arrays.asList((ErrorEntry) null);
        var search = App.search(broken);

        assertThrows(IllegalStateException.class, () -> search.apply("vss"), "the query says the index failed");

        String written = Files.readString(log.file());
        assertTrue(written.contains("The search index could not be built from 1 errors"), written);
        assertTrue(written.contains("java.lang.NullPointerException"), written);
    }
}
