package io.troubleshooter.ui.incident;

import io.troubleshooter.incident.CauseHistory;
import io.troubleshooter.incident.IncidentStore;
import io.troubleshooter.incident.IncidentSummary;
import io.troubleshooter.incident.LoadProblem;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The incidents listed, newest first, filtered as typed; the files set aside while listing them; and how often
 * each cause resolved them. Listed on the FX thread or away from it.
 */
final class IncidentListing {

    private final ObservableList<IncidentSummary> all = FXCollections.observableArrayList();
    private final ObservableList<IncidentSummary> shown = FXCollections.observableArrayList();
    private final ObservableList<IncidentSummary> shownView = FXCollections.unmodifiableObservableList(shown);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<LoadProblem> moved = FXCollections.observableArrayList();
    private final ObservableList<LoadProblem> movedView = FXCollections.unmodifiableObservableList(moved);
    private final Consumer<String> problem;
    private Map<String, CauseHistory> history = Map.of();
    private Executor background = task -> Thread.ofVirtual().name("incident-listing").start(task);

    /** {@code problem} is told, on the FX thread, why the incidents could not be listed. */
    IncidentListing(Consumer<String> problem) {
        this.problem = problem;
        filter.addListener((obs, old, now) -> applyFilter());
    }

    ObservableList<IncidentSummary> shown() {
        return shownView;
    }

    StringProperty filter() {
        return filter;
    }

    ObservableList<LoadProblem> moved() {
        return movedView;
    }

    /** Where {@link #listInBackground} lists the incidents. */
    void background(Executor executor) {
        background = executor;
    }

    /** Lists the incidents of {@code store}; the history leaves out the open incident {@code openId}. */
    boolean list(IncidentStore store, @Nullable String openId) {
        try {
            var listed = store.list();
            show(listed, IncidentStore.history(listed.incidents(), openId));
            return true;
        } catch (IOException e) {
            problem.accept(e.getMessage());
            return false;
        }
    }

    /** As {@link #list}, read away from the FX thread; the future completes on it once the list is filled. */
    CompletableFuture<Boolean> listInBackground(IncidentStore store, @Nullable String openId) {
        var done = new CompletableFuture<Boolean>();
        background.execute(() -> {
            try {
                var listed = store.list();
                var counted = IncidentStore.history(listed.incidents(), openId);
                runOnFx(() -> {
                    show(listed, counted);
                    done.complete(true);
                });
            } catch (IOException | RuntimeException e) {
                runOnFx(() -> {
                    problem.accept(e.getMessage());
                    done.complete(false);
                });
            }
        });
        return done;
    }

    /** How often a cause resolved past incidents on this machine. */
    Optional<CauseHistory> history(String causeId) {
        return Optional.ofNullable(history.get(causeId)).filter(h -> h.onPath() > 0);
    }

    private void show(IncidentStore.Listing listed, Map<String, CauseHistory> counted) {
        all.setAll(listed.incidents());
        moved.setAll(listed.problems());
        history = counted;
        applyFilter();
    }

    private void applyFilter() {
        String q = filter.get() == null ? "" : filter.get().strip();
        shown.setAll(q.isEmpty() ? all : all.stream().filter(s -> s.matches(q)).toList());
    }

    /** Runs {@code r} on the FX thread: now when on it, later otherwise, never once the toolkit has gone. */
    static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
            return;
        }
        try {
            Platform.runLater(r);
        } catch (IllegalStateException e) {
            // The toolkit has gone (the app is exiting): there is no window left to tell.
        }
    }
}
