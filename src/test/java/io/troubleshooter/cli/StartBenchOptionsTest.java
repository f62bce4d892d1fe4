package io.troubleshooter.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench measures the app as it is installed: with the JVM options the launcher gives it, and current caches. */
class StartBenchOptionsTest {

    @Test
    void theBenchStartsTheAppWithTheInstalledLaunchersOptions() throws IOException {
        List<String> launcher = Files.readAllLines(Path.of("packaging/launcher.args")).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("--java-options "))
                .map(line -> line.substring("--java-options ".length()).strip())
                // Given by the bench per start: the caches it trains, and native access for JavaFX.
                .filter(option -> !option.startsWith("-XX:AOTCache=") && !option.startsWith("--enable-native-access"))
                .toList();
        assertEquals(launcher, StartBench.LAUNCHER_JVM_OPTIONS);
        for (String script : List.of("packaging/package.sh", "packaging/startbench.sh")) {
            String text = Files.readString(Path.of(script));
            for (String option : launcher) {
                assertTrue(text.contains(option + " -XX:AOTCacheOutput="), script + " trains its cache with " + option);
            }
        }
        String pom = Files.readString(Path.of("pom.xml"));
        launcher.forEach(option -> assertTrue(pom.contains("<option>" + option + "</option>"),
                "javafx:run starts the window with " + option));
    }

    @Test
    void aCacheOlderThanTheJarIsLeftOutWithTheReason(@TempDir Path dir) throws IOException {
        Path cache = Files.writeString(dir.resolve("app.aot"), "cache");
        String jar = System.getProperty("java.class.path").split(File.pathSeparator)[0];
        Files.setLastModifiedTime(cache, FileTime.fromMillis(0));
        String reason = StartBench.olderThanClasspath(cache);
        assertTrue(reason != null && reason.contains("older than") && reason.contains("startbench.sh"), reason);

        Files.setLastModifiedTime(cache, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        assertEquals(null, StartBench.olderThanClasspath(cache), "made after " + jar);
    }
}
