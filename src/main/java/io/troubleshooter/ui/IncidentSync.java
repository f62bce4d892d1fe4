package io.troubleshooter.ui;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.incident.Answer;
import io.troubleshooter.incident.ChecklistItem;
import io.troubleshooter.incident.Incident;
import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.incident.IncidentSession;
import io.troubleshooter.ui.guide.GuideViewModel;
import io.troubleshooter.ui.incident.IncidentViewModel;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;

import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;

/**
 * Keeps the Guide and the open incident in step: answers, steps done, the node on screen and the commands
 * copied go into the incident; opening an incident puts its walk back into the Guide.
 */
final class IncidentSync {

    private static final String STEP = "step:";

    private final MainViewModel main;
    private final GuideViewModel guide;
    private final IncidentViewModel incidents;
    private boolean restoring;

    IncidentSync(MainViewModel main) {
        this.main = main;
        this.guide = main.guide();
        this.incidents = main.incidents();
        guide.setHistory(incidents::history);
        guide.answers().addListener((MapChangeListener<String, GuideViewModel.Answer>) change -> {
            if (change.wasAdded()) {
                active().ifPresent(s -> s.answer(change.getKey(), Answer.valueOf(change.getValueAdded().name()),
                        Instant.now()));
            }
        });
        guide.done().addListener((SetChangeListener<String>) change -> active().ifPresent(s -> {
            String node = STEP + (change.wasAdded() ? change.getElementAdded() : change.getElementRemoved());
            // A step added to the article after the incident was made has no item to tick.
            if (s.incident().item(node).isPresent()) {
                var state = change.wasAdded() ? ChecklistItem.State.DONE : ChecklistItem.State.TODO;
                s.setState(node, state, Instant.now());
            }
        }));
        guide.currentNodeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                active().ifPresent(s -> s.enter(now, Instant.now()));
            }
        });
        main.copiedProperty().addListener((obs, old, text) -> {
            if (text != null) {
                active().ifPresent(s -> {
                    Instant now = Instant.now();
                    String node = guide.currentNodeProperty().get();
                    s.copied(node, text, main.placeholders().snapshot(), now);
                    for (int i = 0; i < main.copiedWarnings(); i++) {
                        s.acknowledgeWarning(node, i, now);
                    }
                });
            }
        });
    }

    /** A new incident about the error on screen, starting from what has been answered so far. */
    Optional<IncidentSession> create(IncidentInfo info) {
        ErrorEntry entry = main.browse().selectedProperty().get();
        if (entry == null) {
            return Optional.empty();
        }
        var created = incidents.create(entry, info);
        created.ifPresent(s -> {
            Instant now = Instant.now();
            guide.path().stream().filter(p -> p.answer() != null)
                    .forEach(p -> s.answer(p.cause().id(), Answer.valueOf(p.answer().name()), now));
            guide.done().stream().filter(step -> s.incident().item(STEP + step).isPresent())
                    .forEach(step -> s.setState(STEP + step, ChecklistItem.State.DONE, now));
            if (guide.currentNodeProperty().get() != null) {
                s.enter(guide.currentNodeProperty().get(), now);
            }
        });
        return created;
    }

    /** Opens a saved incident on its error, in the UI's language where the article has it, at the node it was on. */
    boolean open(String id) {
        var opened = incidents.open(id);
        if (opened.isEmpty()) {
            return false;
        }
        Incident incident = opened.get().incident();
        Optional<ErrorEntry> entry = main.entryFor(incident.error());
        restoring = true;
        try {
            entry.ifPresent(e -> main.browse().selectedProperty().set(e));
            var answers = new HashMap<String, GuideViewModel.Answer>();
            incident.answers().forEach(a -> answers.put(a.causeId(), GuideViewModel.Answer.valueOf(a.answer().name())));
            var done = new HashSet<String>();
            incident.items().stream().filter(i -> i.state() == ChecklistItem.State.DONE && i.nodeId().startsWith(STEP))
                    .forEach(i -> done.add(i.nodeId().substring(STEP.length())));
            guide.restore(answers, done, null);
            main.placeholders().clear();
            incident.placeholders().forEach((name, value) -> main.placeholders().value(name).set(value));
        } finally {
            restoring = false;
        }
        return true;
    }

    /** The open incident, when it is about the error on screen and not being put back into the Guide. */
    private Optional<IncidentSession> active() {
        IncidentSession session = incidents.sessionProperty().get();
        ErrorEntry entry = main.browse().selectedProperty().get();
        if (restoring || session == null || entry == null
                || !session.incident().error().key().equals(entry.key())) {
            return Optional.empty();
        }
        return Optional.of(session);
    }
}
