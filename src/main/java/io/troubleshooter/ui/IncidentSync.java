package io.troubleshooter.ui;

import io.troubleshooter.guide.Answered;
import io.troubleshooter.guide.Command;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.NodeId;
import io.troubleshooter.guide.Walk;
import io.troubleshooter.incident.ChecklistItem;
import io.troubleshooter.incident.CopiedCommand;
import io.troubleshooter.incident.Incident;
import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.incident.IncidentSession;
import io.troubleshooter.ui.guide.GuideViewModel;
import io.troubleshooter.ui.incident.IncidentViewModel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Keeps the Guide's walk and the open incident in step. What the engineer does on an error of the incident goes
 * into it with its time; what is done on an error outside it stays in the Guide (and is kept for a new incident).
 * An error of the incident always shows the incident's walk.
 */
final class IncidentSync {

    private final MainViewModel main;
    private final GuideViewModel guide;
    private final IncidentViewModel incidents;
    /** Commands copied on an error before there was an incident about it, by error key. */
    private final Map<String, List<CopiedCommand>> copiedBefore = new HashMap<>();

    IncidentSync(MainViewModel main) {
        this.main = main;
        this.guide = main.guide();
        this.incidents = main.incidents();
        guide.setHistory(incidents::history);
        guide.walkProperty().addListener((obs, old, now) -> active().ifPresent(s -> record(s, key(), now)));
        guide.currentNodeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                active().ifPresent(s -> s.enter(now, Instant.now()));
            }
        });
        main.copiedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                copied(now);
            }
        });
    }

    /** The walk the open incident holds for {@code entry}'s error; empty when the error is not the incident's. */
    Optional<Walk> walkFor(@Nullable ErrorEntry entry) {
        return session(entry).flatMap(s -> s.incident().walk(entry.key()));
    }

    /**
     * Adds the error on screen to the open incident with what was done on it: its walk, the commands copied on it.
     */
    boolean addToIncident() {
        IncidentSession session = incidents.sessionProperty().get();
        ErrorEntry entry = guide.entryProperty().get();
        if (session == null || entry == null || session.incident().hasError(entry.key())) {
            return false;
        }
        session.addError(entry, guide.walk(), Instant.now());
        incidents.kept().keep(session, entry);
        for (CopiedCommand copy : copiedBefore.getOrDefault(entry.key(), List.of())) {
            session.copied(copy.nodeId(), copy.text(), copy.values(), copy.at());
        }
        copiedBefore.remove(entry.key());
        return true;
    }

    /** The node the open incident was on, when {@code entry} is its error. */
    Optional<String> nodeFor(@Nullable ErrorEntry entry) {
        return session(entry).flatMap(IncidentSession::currentNode);
    }

    /** A new incident about the error on screen, with everything done on it so far, at the times it was done. */
    Optional<IncidentSession> create(IncidentInfo info) {
        ErrorEntry entry = guide.entryProperty().get();
        if (entry == null) {
            return Optional.empty();
        }
        Walk walk = guide.walk();
        var created = incidents.create(entry, info);
        created.ifPresent(s -> {
            Instant now = Instant.now();
            s.adopt(walk, copiedBefore.getOrDefault(entry.key(), List.of()), now);
            copiedBefore.remove(entry.key());
            if (guide.currentNodeProperty().get() != null) {
                s.enter(guide.currentNodeProperty().get(), now);
            }
        });
        return created;
    }

    /** Opens a saved incident on its error, in the UI's language where the article has it, where it was left. */
    boolean open(String id) {
        var opened = incidents.open(id);
        if (opened.isEmpty()) {
            return false;
        }
        Incident incident = opened.get().incident();
        main.incidentWords().entryFor(incident.error())
                .ifPresent(e -> main.navigate(e, MainViewModel.Reason.RESTORE));
        main.placeholders().clear();
        incident.placeholders().forEach((name, value) -> main.placeholders().value(name).set(value));
        return true;
    }

    /** Puts into the incident what the walk has that the incident lacks: answers, and steps done or undone. */
    private static void record(IncidentSession session, String key, Walk walk) {
        Walk kept = session.incident().walk(key).orElse(Walk.EMPTY);
        var known = new HashSet<>(kept.answers());
        for (Answered answered : walk.answers()) {
            if (!known.contains(answered)) {
                session.answer(key, answered.causeId(), answered.answer(), answered.at());
            }
        }
        Instant now = Instant.now();
        // A step added to the article after the incident was made has no item to tick: it is left alone.
        for (var step : walk.done().entrySet()) {
            if (!kept.done().containsKey(step.getKey())) {
                session.setState(key, NodeId.step(step.getKey()).toString(), ChecklistItem.State.DONE,
                        step.getValue());
            }
        }
        for (String step : kept.done().keySet()) {
            if (!walk.done().containsKey(step)) {
                session.setState(key, NodeId.step(step).toString(), ChecklistItem.State.TODO, now);
            }
        }
    }

    private String key() {
        ErrorEntry entry = guide.entryProperty().get();
        return entry == null ? "" : entry.key();
    }

    private void copied(MainViewModel.Copied copy) {
        ErrorEntry entry = guide.entryProperty().get();
        Instant now = Instant.now();
        String node = guide.currentNodeProperty().get();
        var values = valuesUsed(entry, copy.text());
        var session = active();
        if (session.isPresent()) {
            session.get().copied(node, copy.text(), values, now);
            for (int i = 0; i < copy.warnings(); i++) {
                session.get().acknowledgeWarning(node, i, now);
            }
        } else if (entry != null) {
            copiedBefore.computeIfAbsent(entry.key(), k -> new ArrayList<>())
                    .add(new CopiedCommand(node, copy.text(), values, now));
        }
    }

    /** The placeholder values the copied text was filled with: only those of the command it came from. */
    private Map<String, String> valuesUsed(@Nullable ErrorEntry entry, String text) {
        var filled = main.placeholders().snapshot();
        var used = new TreeMap<String, String>();
        if (entry == null) {
            return used;
        }
        for (Command command : entry.commands()) {
            if (command.fill(filled).equals(text)) {
                command.placeholders().stream().filter(p -> !p.environment())
                        .forEach(p -> {
                            String value = filled.get(p.name());
                            if (value != null && !value.isBlank()) {
                                used.put(p.name(), value);
                            }
                        });
                return used;
            }
        }
        return used;
    }

    /** The open incident, when {@code entry} is its error. */
    private Optional<IncidentSession> session(@Nullable ErrorEntry entry) {
        IncidentSession session = incidents.sessionProperty().get();
        if (session == null || entry == null || !session.incident().hasError(entry.key())) {
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /** The open incident, when the error on screen is its error. */
    private Optional<IncidentSession> active() {
        return session(guide.entryProperty().get());
    }
}
