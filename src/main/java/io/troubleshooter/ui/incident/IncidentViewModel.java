package io.troubleshooter.ui.incident;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.incident.AutoSaver;
import io.troubleshooter.incident.CauseHistory;
import io.troubleshooter.incident.Incident;
import io.troubleshooter.incident.IncidentFileException;
import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.incident.IncidentPdf;
import io.troubleshooter.incident.IncidentSession;
import io.troubleshooter.incident.IncidentStore;
import io.troubleshooter.incident.IncidentSummary;
import io.troubleshooter.incident.LoadProblem;
import io.troubleshooter.incident.Origin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The incident open, if any, and the incidents on this machine. Every change is saved within a second by the
 * auto-saver and on exit; a second window of the app finds the incidents locked and says so.
 */
public final class IncidentViewModel {

    private final Path dataFolder;
    private final ReadOnlyObjectWrapper<IncidentSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Incident> incident = new ReadOnlyObjectWrapper<>(this, "incident");
    private final ObservableList<IncidentSummary> all = FXCollections.observableArrayList();
    private final ObservableList<IncidentSummary> shown = FXCollections.observableArrayList();
    private final ObservableList<IncidentSummary> shownView = FXCollections.unmodifiableObservableList(shown);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ObservableList<LoadProblem> moved = FXCollections.observableArrayList();
    private final ObservableList<LoadProblem> movedView = FXCollections.unmodifiableObservableList(moved);
    private final Consumer<Incident> onChange = now -> runOnFx(() -> {
        if (session.get() != null && session.get().id().equals(now.id())) {
            incident.set(now);
        }
    });
    private IncidentStore store;
    private AutoSaver saver;
    private Map<String, CauseHistory> history = Map.of();

    public IncidentViewModel(Path dataFolder) {
        this.dataFolder = dataFolder;
        filter.addListener((obs, old, now) -> applyFilter());
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
        return shownView;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The last thing that went wrong with the incidents, in words for the engineer; null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Files set aside as unreadable when the incidents were listed. */
    public ObservableList<LoadProblem> moved() {
        return movedView;
    }

    /** Reads the list of incidents; false (with {@link #problemProperty()} set) when they cannot be opened. */
    public boolean refresh() {
        if (!ensureStore()) {
            return false;
        }
        try {
            var listing = store.list();
            all.setAll(listing.incidents());
            moved.setAll(listing.problems());
            history = IncidentStore.history(listing.incidents(), session.get() == null ? null : session.get().id());
            applyFilter();
            return true;
        } catch (IOException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    /** Starts an incident about the error on screen, and opens it. */
    public Optional<IncidentSession> create(ErrorEntry entry, IncidentInfo info) {
        if (!ensureStore()) {
            return Optional.empty();
        }
        var created = IncidentSession.create(entry, info, Origin.current(), Instant.now());
        show(created);
        saver.flush();
        refresh();
        return Optional.of(created);
    }

    /** Opens a saved incident; empty (with the reason in {@link #problemProperty()}) when it cannot be read. */
    public Optional<IncidentSession> open(String id) {
        if (!ensureStore()) {
            return Optional.empty();
        }
        try {
            var opened = IncidentSession.open(store.load(id));
            show(opened);
            return Optional.of(opened);
        } catch (IOException | IncidentFileException e) {
            problem.set(e.getMessage());
            refresh();
            return Optional.empty();
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
        return Optional.ofNullable(history.get(causeId)).filter(h -> h.onPath() > 0);
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

    /** The open incident as a PDF in {@code locale}'s words, with the flowchart picture when given. */
    public void exportPdf(Path target, ErrorEntry entry, Locale locale, Function<String, String> labels,
                          byte[] flowchartPng) throws IOException {
        var options = new IncidentPdf.Options(locale, labels, null, flowchartPng, Instant.now());
        Files.write(target, IncidentPdf.toBytes(requireOpen(), entry, options));
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
        saver.watch(next);
        session.set(next);
        incident.set(next.incident());
        problem.set(null);
    }

    private boolean ensureStore() {
        if (store != null) {
            return true;
        }
        try {
            store = IncidentStore.open(dataFolder);
            saver = new AutoSaver(store, Duration.ofMillis(500), saved -> { },
                    (failed, error) -> runOnFx(() -> problem.set(error.getMessage())));
            return true;
        } catch (IOException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    private void applyFilter() {
        String q = filter.get() == null ? "" : filter.get().strip();
        shown.setAll(q.isEmpty() ? all : all.stream().filter(s -> s.matches(q)).toList());
    }

    private static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
