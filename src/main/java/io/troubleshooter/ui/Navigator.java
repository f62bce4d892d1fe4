package io.troubleshooter.ui;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Walk;
import io.troubleshooter.ui.MainViewModel.Reason;
import io.troubleshooter.ui.command.PlaceholderValues;
import io.troubleshooter.ui.guide.GuideViewModel;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Which walk and node an error comes on screen with, where Back goes, and where the next start resumes: the
 * error on screen with its walk, node and placeholder values, kept in the settings as they change.
 */
final class Navigator {

    /** Where the window was or goes: the error, its walk and the node on screen. */
    record Place(@Nullable ErrorEntry entry, Walk walk, @Nullable String node) { }

    private final GuideViewModel guide;
    private final IncidentSync incidentSync;
    private final Settings settings;
    private final PlaceholderValues placeholders;
    private final Deque<Place> history = new ArrayDeque<>();
    /** Where the window was last time, until the catalog has been shown with it. */
    private @Nullable ResumePoint resuming;

    Navigator(GuideViewModel guide, IncidentSync incidentSync, Settings settings, PlaceholderValues placeholders) {
        this.guide = guide;
        this.incidentSync = incidentSync;
        this.settings = settings;
        this.placeholders = placeholders;
    }

    /**
     * The walk and node {@code next} shows for {@code reason} (see {@link Reason}); the place left goes on Back's
     * history when an error is picked. An error of the open incident always shows the incident's walk.
     */
    Place placeFor(@Nullable ErrorEntry next, Reason reason) {
        ErrorEntry previous = guide.entryProperty().get();
        Walk walk = Walk.EMPTY;
        String node = null;
        switch (reason) {
            case PICK -> {
                if (previous != null && next != previous) {
                    history.push(new Place(previous, guide.walk(), guide.currentNodeProperty().get()));
                }
            }
            case BACK -> {
                Place back = history.isEmpty() ? null : history.pop();
                if (back != null && back.entry() == next) {
                    walk = back.walk();
                    node = back.node();
                }
            }
            case LANGUAGE -> {
                walk = guide.walk();
                node = guide.currentNodeProperty().get();
            }
            case RESTORE -> {
                var point = resumingAt(next);
                walk = incidentSync.walkFor(next).or(() -> point.map(ResumePoint::walk)).orElse(Walk.EMPTY);
                node = incidentSync.nodeFor(next).or(() -> point.map(ResumePoint::node)).orElse(null);
            }
        }
        if (next != null && reason != Reason.LANGUAGE && reason != Reason.RESTORE) {
            var incidentWalk = incidentSync.walkFor(next);
            if (incidentWalk.isPresent()) {
                walk = incidentWalk.get();
                node = node == null ? incidentSync.nodeFor(next).orElse(null) : node;
            }
        }
        return new Place(next, walk, node);
    }

    /** The error Back returns to, when there is one. */
    Optional<ErrorEntry> backTarget() {
        return Optional.ofNullable(history.peek()).map(Place::entry);
    }

    /** From now until {@link #resumed()}, restoring an error resumes at the place {@code encoded} names. */
    void resumeFrom(@Nullable String encoded) {
        resuming = ResumePoint.decode(encoded);
    }

    /** The catalog has been shown with the place to resume: from now on, the place kept follows the window. */
    void resumed() {
        resuming = null;
        remember();
    }

    /** Gives the placeholder values kept for {@code entry}'s error back to the command cards. */
    void restorePlaceholders(ErrorEntry entry) {
        resumingAt(entry).ifPresent(point -> point.placeholders()
                .forEach((name, value) -> placeholders.value(name).set(value)));
    }

    /** Keeps where the window is (error, node on screen, walk, placeholder values) for the next start. */
    void remember() {
        ErrorEntry shown = guide.entryProperty().get();
        if (shown == null || resuming != null) {
            return;
        }
        var values = new LinkedHashMap<String, String>();
        placeholders.snapshot().forEach((name, value) -> {
            if (!value.isBlank()) {
                values.put(name, value);
            }
        });
        settings.resume().set(new ResumePoint(remembered(shown), guide.currentNodeProperty().get(), guide.walk(),
                values).encode());
    }

    /** The place to resume, when it is about {@code entry}'s error. */
    private Optional<ResumePoint> resumingAt(@Nullable ErrorEntry entry) {
        if (resuming == null || entry == null) {
            return Optional.empty();
        }
        String remembered = resuming.entry();
        int bar = remembered.lastIndexOf('|');
        String key = bar < 0 ? remembered : remembered.substring(0, bar);
        return key.equals(entry.key()) ? Optional.of(resuming) : Optional.empty();
    }

    /** How an error is named in the settings: its key and language. */
    static String remembered(ErrorEntry e) {
        return e.key() + "|" + e.locale();
    }
}
