package io.troubleshooter.incident;

import io.troubleshooter.guide.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.troubleshooter.incident.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncidentStoreTest {

    @TempDir
    Path data;

    @Test
    void aSavedIncidentLoadsBackAsItWas() throws Exception {
        Incident fixture = Fixtures.fixture();
        try (var store = IncidentStore.open(data)) {
            store.save(fixture);
            assertEquals(fixture, store.load(fixture.id()));
        }
        String saved = Files.readString(data.resolve("incidents/" + fixture.id() + ".json"));
        assertTrue(saved.contains("\"schemaVersion\" : \"" + IncidentJson.SCHEMA + "\""), saved);
    }

    @Test
    void listsNewestFirstAndFindsByReferenceVmCustomerNotesAndCodeIgnoringAccents() throws Exception {
        try (var store = IncidentStore.open(data)) {
            store.save(Fixtures.fixture());
            var other = IncidentSession.create(Fixtures.entryWithCauses(3), new IncidentInfo("INC-9", "web-07", "Contoso",
                    "sin acceso a internet"), new Origin("u", "1"), at(60 * 24 * 365));
            store.save(other.incident());

            var listing = store.list();
            assertEquals(List.of(other.id(), Fixtures.fixture().id()),
                    listing.incidents().stream().map(IncidentSummary::id).toList());
            assertEquals(1, listing.incidents().stream().filter(IncidentSummary::open).count());
            assertEquals(List.of(Fixtures.fixture().id()), ids(listing.filter("logistica iberica")));
            assertEquals(List.of(Fixtures.fixture().id()), ids(listing.filter("VssWriterInBadState")));
            assertEquals(List.of(Fixtures.fixture().id()), ids(listing.filter("produccion-02")));
            assertEquals(List.of(other.id()), ids(listing.filter("INC-9 internet")));
            assertEquals(2, listing.filter(" ").size());
            assertTrue(listing.filter("nothing like this").isEmpty());
        }
    }

    @Test
    void aDamagedFileIsMovedToQuarantineAndTheOthersStillLoad() throws Exception {
        Path folder = data.resolve("incidents");
        Files.createDirectories(folder);
        byte[] good = Fixtures.fixtureBytes();
        Files.write(folder.resolve("20250101-000000-aaaaaaaa.json"), java.util.Arrays.copyOf(good, good.length / 2));
        Files.writeString(folder.resolve("notes.json"), "{\"shopping\": [\"milk\"]}");
        Files.writeString(folder.resolve("20250101-000000-bbbbbbbb.json"), new String(good, StandardCharsets.UTF_8)
                .replace("troubleshooter.incident/1", "troubleshooter.incident/7")
                .replace("20250314-091200-5e3a9c1f", "20250101-000000-bbbbbbbb"));
        Files.write(folder.resolve(Fixtures.fixture().id() + ".json"), good);

        try (var store = IncidentStore.open(data)) {
            var listing = store.list();

            assertEquals(List.of(Fixtures.fixture().id()), ids(listing.incidents()));
            assertEquals(3, listing.problems().size());
            var byFile = listing.problems().stream().collect(java.util.stream.Collectors.toMap(LoadProblem::file, p -> p));
            assertEquals(IncidentFileException.Reason.CORRUPT, byFile.get("20250101-000000-aaaaaaaa.json").reason());
            assertEquals(IncidentFileException.Reason.FOREIGN, byFile.get("notes.json").reason());
            assertTrue(byFile.get("notes.json").message().contains("not an incident file"));
            var newer = byFile.get("20250101-000000-bbbbbbbb.json");
            assertEquals(IncidentFileException.Reason.NEWER, newer.reason());
            assertTrue(newer.message().contains("newer version of the app"), newer.message());
            assertTrue(newer.message().contains("quarantine"), newer.message());
            for (LoadProblem problem : listing.problems()) {
                assertTrue(Files.exists(problem.movedTo()), "kept aside: " + problem.movedTo());
                assertEquals(folder.resolve("quarantine"), problem.movedTo().getParent());
            }
            assertTrue(store.list().problems().isEmpty(), "reported once, then out of the way");
        }
    }

    @Test
    void openingADamagedIncidentMovesItAsideAndSaysWhere() throws Exception {
        Path folder = Files.createDirectories(data.resolve("incidents"));
        String id = "20250101-000000-cccccccc";
        Files.writeString(folder.resolve(id + ".json"), "{\"schemaVersion\": \"troubleshooter.incident/1\", \"id\": 12");
        try (var store = IncidentStore.open(data)) {
            var error = assertThrows(IncidentFileException.class, () -> store.load(id));
            assertTrue(error.getMessage().contains("quarantine"), error.getMessage());
            assertFalse(store.exists(id));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escaped", "..", "a/b", "a\\b", "C:evil", ".hidden", "", "name.json", "x\u0000y"})
    void idsThatCouldLeaveTheFolderAreRefused(String id) throws Exception {
        try (var store = IncidentStore.open(data)) {
            assertThrows(IllegalArgumentException.class, () -> store.load(id));
            assertThrows(IllegalArgumentException.class, () -> store.exists(id));
        }
        Path foreign = data.resolve("import.json");
        Files.writeString(foreign, new String(Fixtures.fixtureBytes(), StandardCharsets.UTF_8)
                .replace("\"20250314-091200-5e3a9c1f\"", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(id)));
        try (var store = IncidentStore.open(data)) {
            var error = assertThrows(IncidentFileException.class, () -> store.importFile(foreign));
            assertTrue(error.getMessage().contains("id"), error.getMessage());
        }
        try (Stream<Path> files = Files.walk(data)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith("escaped")).toList());
        }
    }

    @Test
    void aSecondStoreOnTheSameFolderIsRefusedUntilTheFirstCloses() throws Exception {
        var first = IncidentStore.open(data);
        var refused = assertThrows(IncidentStoreLockedException.class, () -> IncidentStore.open(data));
        assertTrue(refused.getMessage().contains("open in another window"), refused.getMessage());
        first.close();
        IncidentStore.open(data).close();
    }

    @Test
    void importGivesAFreshIdWhenTheIncidentIsAlreadyThereAndExportWritesTheSameIncident() throws Exception {
        Path exported = data.resolve("out/for-colleague.json");
        try (var store = IncidentStore.open(data)) {
            store.save(Fixtures.fixture());
            store.export(Fixtures.fixture(), exported);

            Incident copy = store.importFile(exported);

            assertNotEquals(Fixtures.fixture().id(), copy.id());
            assertEquals(Fixtures.fixture().info(), copy.info());
            assertEquals(Fixtures.fixture().items(), copy.items());
            assertEquals(2, store.list().incidents().size());
            assertEquals(copy, store.load(copy.id()));
        }
    }

    @Test
    void aFileReplacedBehindTheIndexIsReadAgainAndADamagedIndexIsRebuilt() throws Exception {
        Incident fixture = Fixtures.fixture();
        try (var store = IncidentStore.open(data)) {
            store.save(fixture);
            store.list();
        }
        Path file = data.resolve("incidents/" + fixture.id() + ".json");
        // Replaced the way every save and copy tool replaces a file: written aside, then renamed over it.
        Path aside = Files.writeString(data.resolve("edited.json"), Files.readString(file)
                .replace("INC-2025-004217", "INC-2025-004218-bis"));
        Files.move(aside, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (var store = IncidentStore.open(data)) {
            assertEquals("INC-2025-004218-bis", store.list().incidents().getFirst().reference());
        }
        Files.writeString(data.resolve("incidents/.index/index.json"), "{broken");
        try (var store = IncidentStore.open(data)) {
            assertEquals(List.of(fixture.id()), ids(store.list().incidents()));
            assertTrue(store.list().problems().isEmpty());
        }
    }

    @Test
    void historyCountsHowOftenEachCauseResolvedOutOfTheIncidentsItWasOnThePathOf() throws Exception {
        var entry = Fixtures.entryWithCauses(3);
        String first = entry.causes().get(0).id();
        String second = entry.causes().get(1).id();
        try (var store = IncidentStore.open(data)) {
            for (int i = 0; i < 3; i++) {
                var session = Fixtures.newSession(entry, "INC-" + i);
                session.answer(first, i == 0 ? Answer.RESOLVED : Answer.NOT_RESOLVED, at(i));
                if (i == 1) {
                    session.answer(second, Answer.RESOLVED, at(i));
                }
                store.save(session.incident());
            }
            var current = Fixtures.newSession(entry, "now");
            current.answer(first, Answer.RESOLVED, at(9));
            store.save(current.incident());

            var history = store.history(current.id());
            assertEquals(new CauseHistory(1, 3), history.get(first));
            assertEquals(new CauseHistory(1, 2), history.get(second));
        }
    }

    @Test
    void temporaryFilesLeftByACrashAreRemovedOnOpen() throws Exception {
        Path folder = Files.createDirectories(data.resolve("incidents"));
        Files.writeString(folder.resolve(".20250101-000000-aaaaaaaa.json123.tmp"), "{\"half");
        try (var store = IncidentStore.open(data)) {
            assertTrue(store.list().problems().isEmpty());
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")));
        }
    }

    private static List<String> ids(List<IncidentSummary> summaries) {
        return summaries.stream().map(IncidentSummary::id).toList();
    }
}
