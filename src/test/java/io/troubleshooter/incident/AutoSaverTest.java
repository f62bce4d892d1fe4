package io.troubleshooter.incident;

import io.troubleshooter.guide.Walk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.troubleshooter.incident.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutoSaverTest {

    @TempDir
    Path data;

    private final List<Incident> saved = new CopyOnWriteArrayList<>();
    private final List<IOException> errors = new CopyOnWriteArrayList<>();

    @Test
    void aChangeIsSavedWithoutBeingAskedFor() throws Exception {
        try (var store = IncidentStore.open(data)) {
            var done = new CountDownLatch(2);
            var saver = new AutoSaver(store, Duration.ofMillis(50), i -> done.countDown(), (i, e) -> errors.add(e));
            var session = IncidentSession.open(Fixtures.fixture());
            saver.watch(session);
            saver.flush();
            assertEquals(1, done.getCount(), "the state it was watched in is saved first");
            session.setNote(session.incident().items().getFirst().nodeId(), "guardado solo", at(1));

            assertTrue(done.await(10, TimeUnit.SECONDS), "the change was never saved");
            assertEquals("guardado solo", store.load(session.id()).items().getFirst().note());
            saver.close();
        }
    }

    @Test
    void flushWritesWhatIsPendingAtOnceAndOnlyTheLatestStateIsSaved() throws Exception {
        try (var store = IncidentStore.open(data)) {
            var saver = new AutoSaver(store, Duration.ofSeconds(1), saved::add, (i, e) -> errors.add(e));
            var session = IncidentSession.open(Fixtures.fixture());
            saver.watch(session);
            for (int i = 0; i < 50; i++) {
                session.setInfo(session.incident().info().withNotes("versión " + i), at(i));
            }
            saver.flush();

            assertEquals("versión 49", store.load(session.id()).info().notes());
            assertTrue(saved.size() < 50, "changes in quick succession are saved together, not one by one");
            assertEquals(session.incident(), saved.getLast());
            saver.close();
        }
    }

    @Test
    void closingSavesChangesStillWaiting() throws Exception {
        try (var store = IncidentStore.open(data)) {
            var saver = new AutoSaver(store, Duration.ofSeconds(1), saved::add, (i, e) -> errors.add(e));
            var session = IncidentSession.open(Fixtures.fixture());
            saver.watch(session);
            session.escalate(at(3));
            saver.close();

            assertEquals(Walk.Outcome.ESCALATED, store.load(session.id()).outcome().kind());
        }
    }

    @Test
    void aFailedSaveIsReportedAndTriedAgain() throws Exception {
        try (var store = IncidentStore.open(data)) {
            var saver = new AutoSaver(store, Duration.ofSeconds(1), saved::add, (i, e) -> errors.add(e));
            var session = IncidentSession.open(Fixtures.fixture());
            Path blocker = store.folder().resolve(session.id() + ".json");
            Files.createDirectories(blocker.resolve("in-the-way"));
            saver.watch(session);
            saver.flush();
            assertEquals(1, errors.size());
            assertTrue(saved.isEmpty());

            Files.delete(blocker.resolve("in-the-way"));
            Files.delete(blocker);
            saver.flush();
            assertEquals(session.incident(), store.load(session.id()));
            saver.close();
        }
    }

    @Test
    void aStateThatCannotBeSavedForAnyReasonIsReportedAndTheOthersAreStillSaved() throws Exception {
        try (var store = IncidentStore.open(data)) {
            var saver = new AutoSaver(store, Duration.ofSeconds(1), saved::add, (i, e) -> errors.add(e));
            Incident f = Fixtures.fixture();
            var nameless = IncidentSession.open(new Incident(f.schemaVersion(), "../outside", f.created(), f.updated(),
                    f.info(), f.error(), f.contentVersion(), f.origin(), f.outcome(), f.placeholders(), f.items(),
                    f.answers(), f.timeSpentMs(), f.commands(), f.warnings()));
            var session = IncidentSession.open(f);
            saver.watch(nameless);
            saver.watch(session);
            saver.flush();

            assertEquals(1, errors.size(), "reported, not lost in the saving thread");
            assertEquals(List.of(session.incident()), saved);
            saver.close();
        }
    }

    @Test
    void aChangeAfterClosingIsNotThrownAtWhoeverMadeIt() throws Exception {
        try (var store = IncidentStore.open(data)) {
            var saver = new AutoSaver(store, Duration.ofMillis(10), saved::add, (i, e) -> errors.add(e));
            var session = IncidentSession.open(Fixtures.fixture());
            saver.watch(session);
            saver.close();

            session.escalate(at(4));

            assertTrue(saver.flush(Duration.ofSeconds(1)) || !saved.isEmpty());
        }
    }

    @Test
    void aDelayOverOneSecondIsRefused() throws Exception {
        try (var store = IncidentStore.open(data)) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> new AutoSaver(store, Duration.ofSeconds(2), i -> { }, (i, e) -> { }));
        }
    }
}
