package io.troubleshooter.content;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.Terms;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files crafted to break a reader: nesting that overflows the stack, unclosed constructs that make naive scans
 * quadratic, huge repetitions. Each is read to the end (the time bound only catches a hang), says what was wrong
 * with it, and the well-formed article beside it still loads.
 */
class HostileContentTest {

    private static final String HEAD = "---\ntitle: x\nms.date: 01/01/2020\n---\n# T\n## UserErrorSomethingBroke\n";

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("nested-lists", "- ".repeat(1500) + "x\n"),
                Arguments.of("nested-quotes", "> ".repeat(2500) + "x\n"),
                Arguments.of("emphasis-runs", "*".repeat(2000) + "x" + "*".repeat(2000) + "\n"),
                Arguments.of("properties-line", "<properties " + "a=\"b\" ".repeat(20000) + "\n"),
                Arguments.of("unclosed-comments", "<!--".repeat(100_000)),
                Arguments.of("triple-quotes", "'''service waagent start'''\n".repeat(20_000)),
                Arguments.of("it-tags", "<it>".repeat(100_000)),
                Arguments.of("unclosed-spans", "<span data-ttu-id=\"x\">".repeat(50_000)),
                Arguments.of("anchor-lines", "<a name=\"x\"></a>\n".repeat(30_000)),
                Arguments.of("registry-lines", "[HKEY_LOCAL_MACHINE\\SOFTWARE\\X] \"a\"=\"b\"\n".repeat(10_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aHostileFileIsReadAndReportedAndTheOthersStillLoad(String name, String body, @TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve(name + ".md"), HEAD + body, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("fine.md"), HEAD + "Error message: The backup failed.\n\nRun `net stop VSS`.\n",
                StandardCharsets.UTF_8);
        Catalog catalog = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Catalog.build(ContentLoader.loadDirectories(List.of(dir)), Terms.shipped()));
        assertTrue(catalog.articles().stream().anyMatch(a -> a.path().endsWith("fine.md")), "the good file loads");
        assertTrue(catalog.entries().stream().anyMatch(e -> e.articlePath().endsWith("fine.md")
                && e.commands().stream().anyMatch(c -> c.text().equals("net stop VSS"))));
        boolean read = catalog.articles().stream().anyMatch(a -> a.path().endsWith(name + ".md"));
        boolean reported = catalog.problems().stream().anyMatch(p -> p.path().endsWith(name + ".md"));
        assertTrue(read || reported, "the hostile file is read or reported");
        assertFalse(catalog.problems().stream().anyMatch(p -> p.message().contains("Exception")
                || p.message().contains("Error:")), catalog.problems().stream().limit(3).toList()::toString);
    }
}
