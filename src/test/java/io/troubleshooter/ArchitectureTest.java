package io.troubleshooter;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The engine runs headless (tests, CLI, benchmarks), so only the ui packages may use JavaFX. */
class ArchitectureTest {

    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");

    @Test
    void engineNeverImportsJavaFx() throws IOException {
        assertTrue(Files.isDirectory(MAIN_SOURCES), "expected sources at " + MAIN_SOURCES.toAbsolutePath());

        List<Path> engineFiles;
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            engineFiles = files
                    .filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !isInUiPackage(file))
                    .sorted()
                    .toList();
        }
        if (engineFiles.isEmpty()) {
            fail("no .java file outside a ui package under " + MAIN_SOURCES + ": nothing was checked");
        }

        var offenders = engineFiles.stream().filter(ArchitectureTest::importsJavaFx).toList();

        assertTrue(offenders.isEmpty(), () -> "JavaFX imported outside ui by:\n" + String.join("\n",
                offenders.stream().map(Path::toString).toList()));
    }

    private static boolean isInUiPackage(Path file) {
        var relative = MAIN_SOURCES.relativize(file).toString().replace('\\', '/');
        return ("/" + relative).contains("/ui/");
    }

    private static boolean importsJavaFx(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(String::stripLeading).anyMatch(line -> line.startsWith("import javafx.")
                    || line.startsWith("import static javafx."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
