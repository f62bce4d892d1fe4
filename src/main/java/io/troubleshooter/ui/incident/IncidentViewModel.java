package io.troubleshooter.ui.incident;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.incident.AutoSaver;
import io.troubleshooter.incident.CauseHistory;
import io.troubleshooter.incident.Incident;
import io.troubleshooter.incident.IncidentFileException;
import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.incident.IncidentPdf;
import io.troubleshooter.incident.IncidentSession;
import io.troubleshooter.incident.IncidentStore;
import io.troubleshooter.incident.IncidentStoreLockedException;
import io.troubleshooter.incident.IncidentSummary;
import io.troubleshooter.incident.LoadProblem;
import io.troubleshooter.incident.Origin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The incident open, if any, and the incidents on this machine. Every change is saved within a second by the
 * auto-saver, and whatever is still waiting when the app is closed, stopped (SIGTERM) or the session logs off;
 * {@link #saveStateProperty()} says "saved" only once the latest change is on disk. A second window of the app
 * finds the incidents locked and says so.
 */
public final class IncidentViewModel {

    private static final System.Logger LOG = System.getLogger(IncidentViewModel.class.getName());
    /** How long leaving the app waits for the last save: a disk that takes longer is not waited for. */
    private static final Duration EXIT_WAIT = Duration.ofSeconds(10);

    /** Whether the open incident's latest change is on disk. */
    public enum SaveState { SAVED, PENDING, FAILED }

    private final Path dataFolder;
    private final KeptVersions kept;
    private final ReadOnlyObjectWrapper<IncidentSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Incident> incident = new ReadOnlyObjectWrapper<>(this, "incident");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final IncidentListing listing = new IncidentListing(problem::set);
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(this, "saveState",
            SaveState.SAVED);
    private final ReadOnlyObjectWrapper<Incident> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final Consumer<Incident> onChange = now -> runOnFx(() -> {
        if (isOpen(now)) {
            incident.set(now);
            if (saved.get() != now) {
                saveState.set(SaveState.PENDING);
            }
        }
    });
    private IncidentStore store;
    private AutoSaver saver;
    private Thread exitHook;
    private boolean shutDown;

    public IncidentViewModel(Path dataFolder) {
        this.dataFolder = dataFolder;
        this.kept = new KeptVersions(dataFolder.resolve("versions"));
    }

    public ReadOnlyObjectProperty<IncidentSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The open incident as last changed; null when none is open. */
    public ReadOnlyObjectProperty<Incident> incidentProperty() {
        return incident.getReadOnlyProperty();
    }

    /** Incidents, newest first, matching {@link #filterProperty()}. */
    public ObservableList<IncidentSummary> incidents() {
        return listing.shown();
    }

    public StringProperty filterProperty() {
        return listing.filter();
    }

    /** The last thing that went wrong with the incidents, in words for the engineer; null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the open incident's latest change is on disk yet. */
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** The open incident as last written to disk: what would be there after a crash. */
    public ReadOnlyObjectProperty<Incident> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** True while another window of the app has the incidents open, so this one can neither list nor save them. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** Files set aside as unreadable when the incidents were listed. */
    public ObservableList<LoadProblem> moved() {
        return listing.moved();
    }

    /**
     * Reads the list of incidents away from the FX thread, so the list opens at once with what was listed
     * before; the future completes on the FX thread once the list is filled: false (with
     * {@link #problemProperty()} set) when they cannot be opened.
     */
    public CompletableFuture<Boolean> refreshInBackground() {
        if (!ensureStore()) {
            return CompletableFuture.completedFuture(false);
        }
        return listing.listInBackground(store, openId());
    }

    /** Where {@link #refreshInBackground()} lists the incidents. */
    void listingExecutor(Executor executor) {
        listing.background(executor);
    }

    /** Reads the list of incidents; false (with {@link #problemProperty()} set) when they cannot be opened. */
    public boolean refresh() {
        return ensureStore() && listing.list(store, openId());
    }

    private @Nullable String openId() {
        return session.get() == null ? null : session.get().id();
    }

    /** Starts an incident about the error on screen, and opens it. */
    public Optional<IncidentSession> create(ErrorEntry entry, IncidentInfo info) {
        if (!ensureStore()) {
            return Optional.empty();
        }
        var created = IncidentSession.create(entry, info, Origin.current(), Instant.now());
        kept.keep(created, entry);
        show(created);
        saver.flush();
        refresh();
        return Optional.of(created);
    }

    /** The article versions the incidents were walked on, kept in the data folder. */
    public KeptVersions kept() {
        return kept;
    }

    /** Opens a saved incident; empty (with the reason in {@link #problemProperty()}) when it cannot be read. */
    public Optional<IncidentSession> open(String id) {
        if (!ensureStore()) {
            return Optional.empty();
        }
        try {
            var opened = IncidentSession.open(store.load(id));
            show(opened);
            // Just read from disk: saved as it is.
            saved.set(opened.incident());
            saveState.set(SaveState.SAVED);
            return Optional.of(opened);
        } catch (IOException | IncidentFileException e) {
            problem.set(e.getMessage());
            refresh();
            return Optional.empty();
        }
    }

    /** Records the note of a checklist item as it is typed, so a note half written is saved too. */
    public void note(String nodeId, String text) {
        var current = session.get();
        if (current != null) {
            note(current.incident().error().key(), nodeId, text);
        }
    }

    /** Records the note of an item of the incident's error with {@code key}, its first one or one added. */
    public void note(String key, String nodeId, String text) {
        var current = session.get();
        if (current != null && current.incident().part(key).flatMap(p -> p.item(nodeId))
                .map(i -> !i.note().equals(text)).orElse(false)) {
            current.setNote(key, nodeId, text, Instant.now());
        }
    }

    /** Closes the incident on screen, saved. */
    public void close() {
        var current = session.get();
        if (current != null) {
            current.leave(Instant.now());
            current.removeListener(onChange);
            saver.unwatch(current);
            saver.flush();
        }
        session.set(null);
        incident.set(null);
        refresh();
    }

    /** How often a cause resolved past incidents on this machine. */
    public Optional<CauseHistory> history(String causeId) {
        return listing.history(causeId);
    }

    public void exportJson(Path target) throws IOException {
        store.export(requireOpen(), target);
    }

    public Optional<IncidentSession> importJson(Path source) {
        if (!ensureStore()) {
            return Optional.empty();
        }
        try {
            Incident imported = store.importFile(source);
            refresh();
            return open(imported.id());
        } catch (IOException | IncidentFileException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The open incident as a PDF in {@code locale}'s words, from the incident alone: its error and version are
     * looked up in {@code catalog} for the words and the flowchart, whatever error is on screen.
     */
    public void exportPdf(Path target, @Nullable Catalog catalog, Locale locale, Function<String, String> labels)
            throws IOException {
        var options = new IncidentPdf.Options(locale, labels, null, null, Instant.now());
        Files.write(target, IncidentPdf.fromCatalog(requireOpen(), catalog, kept.walked(), options));
    }

    /** Everything on disk; called when the app closes. */
    public void flush() {
        if (session.get() != null) {
            session.get().leave(Instant.now());
        }
        if (saver != null) {
            saver.flush();
        }
    }

    /**
     * Saves what is waiting and lets another window of the app in: the end of this model. Run by the shutdown
     * hook when the process is stopped (SIGTERM, logoff), where no window closes and {@link #flush()} is not called.
     */
    public synchronized void shutDown() {
        shutDown = true;
        if (store == null) {
            return;
        }
        IncidentSession open = session.get();
        if (open != null) {
            open.leave(Instant.now());
        }
        if (saver.flush(EXIT_WAIT)) {
            saver.close();
        } else {
            LOG.log(System.Logger.Level.ERROR, "The last changes of the open incident were still not saved after "
                    + EXIT_WAIT.toSeconds() + " s; the app stopped without them.");
        }
        try {
            store.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "The incidents' index could not be written on exit", e);
        }
        store = null;
        if (exitHook != null && Thread.currentThread() != exitHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(exitHook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook runs, and finds the store closed.
            }
        }
    }

    private Incident requireOpen() {
        if (session.get() == null) {
            throw new IllegalStateException("no incident is open");
        }
        return session.get().incident();
    }

    private void show(IncidentSession next) {
        var previous = session.get();
        if (previous != null) {
            previous.removeListener(onChange);
            saver.unwatch(previous);
        }
        next.addListener(onChange);
        session.set(next);
        incident.set(next.incident());
        saved.set(null);
        saveState.set(SaveState.PENDING);
        saver.watch(next);
        problem.set(null);
    }

    private boolean isOpen(Incident state) {
        return session.get() != null && session.get().id().equals(state.id());
    }

    /** Called on the saving thread once {@code state} is on disk. */
    private void onSaved(Incident state) {
        runOnFx(() -> {
            if (isOpen(state)) {
                saved.set(state);
                // A listener of saved may have closed the incident meanwhile.
                IncidentSession open = session.get();
                if (open != null && open.incident() == state) {
                    saveState.set(SaveState.SAVED);
                }
            }
        });
    }

    private void onSaveFailed(Incident state, IOException error) {
        LOG.log(System.Logger.Level.WARNING, "Incident " + state.id() + " could not be saved", error);
        runOnFx(() -> {
            problem.set(error.getMessage());
            if (isOpen(state)) {
                saveState.set(SaveState.FAILED);
            }
        });
    }

    private synchronized boolean ensureStore() {
        if (store != null) {
            return true;
        }
        if (shutDown) {
            problem.set("The app is closing; the incidents are saved and closed.");
            return false;
        }
        try {
            store = IncidentStore.open(dataFolder);
            saver = new AutoSaver(store, AutoSaver.DEFAULT_DELAY, this::onSaved, this::onSaveFailed);
            if (exitHook == null) {
                exitHook = new Thread(this::shutDown, "incident-save-on-exit");
                Runtime.getRuntime().addShutdownHook(exitHook);
            }
            locked.set(false);
            return true;
        } catch (IncidentStoreLockedException e) {
            locked.set(true);
            problem.set(e.getMessage());
            return false;
        } catch (IOException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    private static void runOnFx(Runnable r) {
        IncidentListing.runOnFx(r);
    }
}
