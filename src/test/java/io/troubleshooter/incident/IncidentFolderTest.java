package io.troubleshooter.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.troubleshooter.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever lies in the incidents folder, the list comes back: each odd entry is set aside or skipped, and said. */
class IncidentFolderTest {

    private static final String GOOD = Fixtures.fixture().id();
    private static final String NO_NODE_ID = "20250102-000000-aaaaaaaa";

    @TempDir
    Path data;

    @Test
    void anExportWithAnItemMissingItsNodeIdIsSetAsideNamingTheFieldAndTheRestLists() throws Exception {
        Path folder = Files.createDirectories(data.resolve("incidents"));
        Files.write(folder.resolve(GOOD + ".json"), Fixtures.fixtureBytes());
        Files.write(folder.resolve(NO_NODE_ID + ".json"), withoutNodeId(NO_NODE_ID));

        try (var store = IncidentStore.open(data)) {
            var listing = store.list();

            assertEquals(List.of(GOOD), ids(listing));
            var problem = listing.problems().getFirst();
            assertEquals(NO_NODE_ID + ".json", problem.file());
            assertTrue(problem.message().contains("items[1].nodeId is missing"), problem.message());
            assertTrue(problem.message().contains("quarantine"), problem.message());
            assertTrue(Files.exists(problem.aside().orElseThrow()));
            assertFalse(Files.exists(folder.resolve(NO_NODE_ID + ".json")));
        }
    }

    @Test
    void importChecksTheWholeFileBeforeWritingAnything() throws Exception {
        Path export = Files.write(data.resolve("from-colleague.json"), withoutNodeId(NO_NODE_ID));
        try (var store = IncidentStore.open(data)) {
            var error = assertThrows(IncidentFileException.class, () -> store.importFile(export));

            assertTrue(error.getMessage().contains("items[1].nodeId is missing"), error.getMessage());
            assertTrue(store.list().incidents().isEmpty());
            assertTrue(store.list().problems().isEmpty(), "nothing was written to be found later");
            assertTrue(Files.exists(export), "the engineer's own file is left alone");
        }
    }

    @Test
    void exportPdfOfAFileMissingItsCauseNodeOrACommandTextSaysWhatIsWrong() throws Exception {
        Path noCause = Files.write(data.resolve("no-cause.json"), Fixtures.fixtureBytes(GOOD,
                root -> ((ObjectNode) root.at("/items/2")).remove("causeNode")));
        Path nullText = Files.write(data.resolve("null-text.json"), Fixtures.fixtureBytes(GOOD,
                root -> ((ObjectNode) root.at("/commands/0")).putNull("text")));

        for (var file : List.of(noCause, nullText)) {
            var err = new ByteArrayOutputStream();
            int status = Cli.run(new String[] {"export-pdf", file.toString(), data.resolve("out.pdf").toString()},
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            String said = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, status, said);
            assertTrue(said.contains("items[2].causeNode is missing") || said.contains("commands[0].text is missing"),
                    said);
            assertFalse(said.contains("Exception") || said.contains("\tat "), said);
        }
    }

    @Test
    void aFolderABrokenLinkAndAPipeNamedLikeIncidentsAreSkippedWithoutHangingTheList() throws Exception {
        Path folder = Files.createDirectories(data.resolve("incidents"));
        Files.write(folder.resolve(GOOD + ".json"), Fixtures.fixtureBytes());
        Files.createDirectories(folder.resolve("x.json"));
        Files.createSymbolicLink(folder.resolve("broken.json"), folder.resolve("gone.json"));
        Files.createSymbolicLink(folder.resolve("elsewhere.json"), Files.write(data.resolve("outside.json"),
                Fixtures.fixtureBytes()));
        mkfifo(folder.resolve("pipe.json"));

        try (var store = IncidentStore.open(data)) {
            var listing = assertTimeoutPreemptively(Duration.ofSeconds(20), store::list, "a pipe was opened");

            assertEquals(List.of(GOOD), ids(listing));
            var byFile = byFile(listing.problems());
            assertEquals(List.of("broken.json", "elsewhere.json", "pipe.json", "x.json"),
                    byFile.keySet().stream().sorted().toList());
            assertTrue(byFile.get("x.json").message().contains("is a folder"), byFile.get("x.json").message());
            assertTrue(byFile.get("broken.json").message().contains("is a link"));
            assertTrue(byFile.get("pipe.json").message().contains("not a plain file"));
            for (LoadProblem problem : listing.problems()) {
                assertEquals(IncidentFileException.Reason.UNREADABLE, problem.reason());
                assertTrue(problem.aside().isEmpty(), "left where it is: " + problem);
                assertTrue(problem.message().contains("left where it is"), problem.message());
            }
            assertEquals(4, store.list().problems().size(), "still said while they are there");
            assertTrue(Files.exists(folder.resolve("pipe.json")));
        }
    }

    @Test
    void aFileThatCannotBeOpenedIsSkippedAndTheRestLists() throws Exception {
        Path folder = Files.createDirectories(data.resolve("incidents"));
        Files.write(folder.resolve(GOOD + ".json"), Fixtures.fixtureBytes());
        Files.write(folder.resolve("20250103-000000-aaaaaaaa.json"), Fixtures.fixtureBytes("20250103-000000-aaaaaaaa",
                root -> { }));
        IncidentFiles.Reading denied = file -> {
            if (file.getFileName().toString().startsWith("20250103")) {
                throw new AccessDeniedException(file.toString());
            }
            return IncidentFiles.readInFolder(file);
        };

        try (var store = IncidentStore.open(data, denied)) {
            var listing = store.list();

            assertEquals(List.of(GOOD), ids(listing));
            var problem = listing.problems().getFirst();
            assertEquals("20250103-000000-aaaaaaaa.json was skipped: it cannot be opened (no permission). "
                    + "It was left where it is.", problem.message());
        }
    }

    @Test
    void aFileThatFailsInAWayNoCheckForesawIsSetAsideAndTheRestLists() throws Exception {
        Path folder = Files.createDirectories(data.resolve("incidents"));
        Files.write(folder.resolve(GOOD + ".json"), Fixtures.fixtureBytes());
        Files.write(folder.resolve("20250106-000000-aaaaaaaa.json"), Fixtures.fixtureBytes("20250106-000000-aaaaaaaa",
                root -> { }));
        IncidentFiles.Reading choking = file -> {
            if (file.getFileName().toString().startsWith("20250106")) {
                throw new IllegalStateException("unforeseen");
            }
            return IncidentFiles.readInFolder(file);
        };

        try (var store = IncidentStore.open(data, choking)) {
            var listing = store.list();

            assertEquals(List.of(GOOD), ids(listing));
            assertTrue(listing.problems().getFirst().message().contains("(unforeseen)"));
            assertTrue(listing.problems().getFirst().aside().isPresent());
        }
    }

    @Test
    void aFileWithoutReadPermissionIsSkippedWhenTheSystemEnforcesIt() throws Exception {
        Path folder = Files.createDirectories(data.resolve("incidents"));
        Files.write(folder.resolve(GOOD + ".json"), Fixtures.fixtureBytes());
        Path locked = Files.write(folder.resolve("20250103-000000-bbbbbbbb.json"),
                Fixtures.fixtureBytes("20250103-000000-bbbbbbbb", root -> { }));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // An administrator reads it all the same: then it lists like any other.
        boolean enforced = !Files.isReadable(locked);

        try (var store = IncidentStore.open(data)) {
            var listing = store.list();

            assertEquals(enforced ? 1 : 2, listing.incidents().size());
            assertEquals(enforced ? 1 : 0, listing.problems().size());
            assertTrue(Files.exists(locked), "never moved");
        }
    }

    @Test
    void aFileTooLargeToBeAnIncidentIsSetAsideUnread() throws Exception {
        Path folder = Files.createDirectories(data.resolve("incidents"));
        try (var file = new RandomAccessFile(folder.resolve("20250104-000000-aaaaaaaa.json").toFile(), "rw")) {
            file.setLength(IncidentFiles.MAX_BYTES + 1);
        }
        try (var store = IncidentStore.open(data)) {
            var problem = store.list().problems().getFirst();

            assertTrue(problem.message().contains("larger than 32 MB"), problem.message());
            assertTrue(problem.aside().isPresent());
        }
    }

    @Test
    void aFileThatCannotBeMovedAsideIsStillReportedAndTheRestLists() throws Exception {
        Path folder = Files.createDirectories(data.resolve("incidents"));
        Files.write(folder.resolve(GOOD + ".json"), Fixtures.fixtureBytes());
        Files.writeString(folder.resolve("20250105-000000-aaaaaaaa.json"), "{\"half");
        Files.writeString(folder.resolve(IncidentStore.QUARANTINE), "a file where the folder should be");

        try (var store = IncidentStore.open(data)) {
            var listing = store.list();

            assertEquals(List.of(GOOD), ids(listing));
            var problem = listing.problems().getFirst();
            assertTrue(problem.aside().isEmpty());
            assertTrue(problem.message().contains("not valid JSON") && problem.message().contains("left where it is"),
                    problem.message());
        }
    }

    @Test
    void openingALinkNamedAsAnIncidentIsRefusedAndTheLinkLeftAlone() throws Exception {
        Path folder = Files.createDirectories(data.resolve("incidents"));
        Path target = Files.write(data.resolve("outside.json"), Fixtures.fixtureBytes());
        Files.createSymbolicLink(folder.resolve(GOOD + ".json"), target);

        try (var store = IncidentStore.open(data)) {
            var error = assertThrows(IncidentFileException.class, () -> store.load(GOOD));

            assertEquals(IncidentFileException.Reason.UNREADABLE, error.reason());
            assertTrue(Files.isSymbolicLink(folder.resolve(GOOD + ".json")));
        }
    }

    @Test
    void importRefusesAFolderOrAPipeWithoutOpeningIt() throws Exception {
        Path pipe = data.resolve("pipe.json");
        mkfifo(pipe);
        Path dir = Files.createDirectories(data.resolve("dir.json"));
        try (var store = IncidentStore.open(data)) {
            for (Path source : List.of(pipe, dir)) {
                var error = assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> assertThrows(IncidentFileException.class, () -> store.importFile(source)));
                assertEquals(IncidentFileException.Reason.UNREADABLE, error.reason());
            }
        }
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertTrue(process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0, "mkfifo " + path);
    }

    private static byte[] withoutNodeId(String id) {
        return Fixtures.fixtureBytes(id, root -> ((ObjectNode) root.at("/items/1")).remove("nodeId"));
    }

    private static List<String> ids(IncidentStore.Listing listing) {
        return listing.incidents().stream().map(IncidentSummary::id).toList();
    }

    private static Map<String, LoadProblem> byFile(List<LoadProblem> problems) {
        return problems.stream().collect(Collectors.toMap(LoadProblem::file, Function.identity()));
    }
}
