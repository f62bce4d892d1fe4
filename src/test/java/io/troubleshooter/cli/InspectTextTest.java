package io.troubleshooter.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a file says is printed for the terminal to show, never for it to obey. */
class InspectTextTest {

    @Test
    void escapeSequencesInATitleArePrintedAsCharactersNotSentToTheTerminal(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("odd.md"), "---\ntitle: \"Backup \\e[2J\\e]0;owned\\a fails\"\nms.date: 01/01/2020\n"
                + "---\n# Backup \u001B[2J\u001B]0;owned\u0007 fails\n## UserErrorSomethingBroke\n\n"
                + "Error message: The backup failed.\n", StandardCharsets.UTF_8);

        var run = CliTest.run("inspect", dir.toString(), "--format", "text");

        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("\u001B") || run.out().contains("\u0007"), run.out());
        assertTrue(run.out().contains("<U+001B>[2J"), run.out());
    }
}
