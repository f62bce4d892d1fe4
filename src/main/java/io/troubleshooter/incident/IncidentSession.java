package io.troubleshooter.incident;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Answered;
import io.troubleshooter.guide.Command;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.NodeId;
import io.troubleshooter.guide.Walk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The incident being worked on. Each change makes a new {@link Incident} (stamped {@code updated = at}) and
 * tells the listeners, so an {@link AutoSaver} can save a consistent snapshot while the engineer goes on.
 * Thread-safe; listeners are called on the thread that made the change, outside the lock.
 *
 * <p>Every method takes the time of the change, so the UI passes {@code Instant.now()} and tests a fixed clock.
 */
public final class IncidentSession {

    private final List<Consumer<Incident>> listeners = new CopyOnWriteArrayList<>();
    private Incident incident;
    private String currentNode;
    private Instant entered;

    private IncidentSession(Incident incident) {
        this.incident = Objects.requireNonNull(incident);
    }

    /** A new incident about {@code entry}, its checklist taken from the entry's decision tree. */
    public static IncidentSession create(ErrorEntry entry, IncidentInfo info, Origin origin, Instant at) {
        var ref = ErrorRef.of(entry);
        return new IncidentSession(new Incident(IncidentJson.SCHEMA, IncidentId.generate(at), at, at, info, ref,
                ref.contentVersion(), origin, Outcome.open(at), Map.of(), Checklist.itemsOf(entry.tree()), List.of(),
                Map.of(), List.of(), List.of()));
    }

    /** Goes on with a saved incident. */
    public static IncidentSession open(Incident incident) {
        return new IncidentSession(incident);
    }

    /** The incident as it is now; immutable, safe to save or export from any thread. */
    public synchronized Incident incident() {
        return incident;
    }

    public String id() {
        return incident().id();
    }

    public void addListener(Consumer<Incident> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Incident> listener) {
        listeners.remove(listener);
    }

    public void setInfo(IncidentInfo info, Instant at) {
        change(at, d -> d.info = Objects.requireNonNull(info));
    }

    /**
     * Records the answer at a cause's decision. The cause's item becomes done (skipped for SKIPPED) and the
     * outcome follows the path: resolved by this cause, escalated once every cause is answered, open otherwise.
     * Later answers are kept even when this one takes them off the path. A cause the checklist lacks (added to
     * the article after the incident was made, or left out of the file) still has its answer kept.
     */
    public void answer(String causeId, Answer answer, Instant at) {
        String node = NodeId.cause(causeId).toString();
        change(at, d -> {
            d.answers.add(new Answered(causeId, Objects.requireNonNull(answer), at));
            if (d.has(node)) {
                d.setState(node, answer == Answer.SKIPPED ? ChecklistItem.State.SKIPPED : ChecklistItem.State.DONE, at);
            }
            d.outcome = outcomeOf(d.build(at), at);
        });
    }

    /**
     * Takes in what was done before the incident existed, as it was done: each answer and step at its own time,
     * each command copied with the values it used. Stamped {@code at}.
     */
    public void adopt(Walk walk, List<CopiedCommand> copies, Instant at) {
        change(at, d -> {
            d.answers.addAll(walk.answers());
            for (var step : walk.done().entrySet()) {
                String node = NodeId.step(step.getKey()).toString();
                if (d.has(node)) {
                    d.setState(node, ChecklistItem.State.DONE, step.getValue());
                }
            }
            for (var answered : walk.current().values()) {
                String node = NodeId.cause(answered.causeId()).toString();
                if (d.has(node)) {
                    d.setState(node, answered.answer() == Answer.SKIPPED ? ChecklistItem.State.SKIPPED
                            : ChecklistItem.State.DONE, answered.at());
                }
            }
            for (CopiedCommand copy : copies) {
                d.commands.add(copy);
                copy.values().forEach((name, value) -> {
                    if (!value.isBlank()) {
                        d.placeholders.put(name, value);
                    }
                });
            }
            d.outcome = outcomeOf(d.build(at), at);
        });
    }

    /**
     * Adds another error to the incident with what was done on it so far (answers and steps at their own times);
     * an error already in the incident is left as it is.
     */
    public void addError(ErrorEntry entry, Walk walk, Instant at) {
        change(at, d -> {
            if (d.base.hasError(entry.key())) {
                return;
            }
            var items = new ArrayList<>(Checklist.itemsOf(entry.tree()));
            for (int i = 0; i < items.size(); i++) {
                ChecklistItem item = items.get(i);
                var step = NodeId.stepIdOf(item.nodeId());
                if (step.isPresent() && walk.done().containsKey(step.get())) {
                    items.set(i, item.with(ChecklistItem.State.DONE, walk.done().get(step.get())));
                }
                var answered = walk.current().get(Incident.causeId(item.nodeId()));
                if (item.causeItem() && answered != null) {
                    items.set(i, item.with(answered.answer() == Answer.SKIPPED ? ChecklistItem.State.SKIPPED
                            : ChecklistItem.State.DONE, answered.at()));
                }
            }
            d.added.add(new AddedError(ErrorRef.of(entry), items, walk.answers(), at));
        });
    }

    /**
     * Records that the article version the error with {@code key} is walked on was kept under {@code hash}, so
     * the incident can be rendered from it after the file changed or went away.
     */
    public void keptText(String key, String hash, Instant at) {
        change(at, d -> {
            if (d.error.key().equals(key)) {
                d.error = d.error.withTextHash(hash);
            }
            d.editAdded(key, a -> new AddedError(a.error().withTextHash(hash), a.items(), a.answers(), a.at()));
        });
    }

    /** Records an answer on the incident's error with {@code key}: its first one or one added. */
    public void answer(String key, String causeId, Answer answer, Instant at) {
        if (incident().error().key().equals(key)) {
            answer(causeId, answer, at);
            return;
        }
        change(at, d -> d.editAdded(key, a -> {
            var answers = new ArrayList<>(a.answers());
            answers.add(new Answered(causeId, answer, at));
            var items = stated(a.items(), NodeId.cause(causeId).toString(),
                    answer == Answer.SKIPPED ? ChecklistItem.State.SKIPPED : ChecklistItem.State.DONE, at);
            return new AddedError(a.error(), items, answers, a.at());
        }));
    }

    /** Sets an item's state on the incident's error with {@code key}; an item it lacks is left alone. */
    public void setState(String key, String nodeId, ChecklistItem.State state, Instant at) {
        if (incident().error().key().equals(key)) {
            if (incident().item(nodeId).isPresent()) {
                setState(nodeId, state, at);
            }
            return;
        }
        change(at, d -> d.editAdded(key, a -> new AddedError(a.error(), stated(a.items(), nodeId, state, at),
                a.answers(), a.at())));
    }

    private static List<ChecklistItem> stated(List<ChecklistItem> items, String nodeId, ChecklistItem.State state,
                                              Instant at) {
        return items.stream().map(i -> i.nodeId().equals(nodeId) ? i.with(state, at) : i).toList();
    }

    /** The node timed now, the one on screen while the incident is open; empty before any. */
    public synchronized Optional<String> currentNode() {
        return Optional.ofNullable(currentNode);
    }

    public void setState(String nodeId, ChecklistItem.State state, Instant at) {
        change(at, d -> d.setState(nodeId, Objects.requireNonNull(state), at));
    }

    public void setNote(String nodeId, String note, Instant at) {
        change(at, d -> d.replace(nodeId, item -> item.withNote(note, at)));
    }

    /** Sets an item's note on the incident's error with {@code key}: its first one or one added. */
    public void setNote(String key, String nodeId, String note, Instant at) {
        if (incident().error().key().equals(key)) {
            setNote(nodeId, note, at);
            return;
        }
        change(at, d -> d.editAdded(key, a -> new AddedError(a.error(), a.items().stream()
                .map(i -> i.nodeId().equals(nodeId) ? i.withNote(note, at) : i).toList(), a.answers(), a.at())));
    }

    /** Records a command copied from a step with {@code values} filled in, and remembers the values. */
    public CopiedCommand copied(String nodeId, Command command, Map<String, String> values, Instant at) {
        return copied(nodeId, command.fill(values), values, at);
    }

    /** Records a command copied as {@code text}; the values are offered again for the next command. */
    public CopiedCommand copied(String nodeId, String text, Map<String, String> values, Instant at) {
        var copy = new CopiedCommand(nodeId, text, values, at);
        change(at, d -> {
            d.commands.add(copy);
            copy.values().forEach((name, value) -> {
                if (!value.isBlank()) {
                    d.placeholders.put(name, value);
                }
            });
        });
        return copy;
    }

    /** Placeholder values filled so far in this incident, by placeholder name. */
    public Map<String, String> placeholderValues() {
        return incident().placeholders();
    }

    public void acknowledgeWarning(String nodeId, int index, Instant at) {
        change(at, d -> d.warnings.add(new AcknowledgedWarning(nodeId, index, at)));
    }

    /** Escalates before every cause is answered (the path's end escalates by itself). */
    public void escalate(Instant at) {
        change(at, d -> d.outcome = new Outcome(Walk.Outcome.ESCALATED, null, at));
    }

    public void reopen(Instant at) {
        change(at, d -> d.outcome = Outcome.open(at));
    }

    /** Starts timing {@code nodeId}; the node timed before, if any, is left first. */
    public void enter(String nodeId, Instant at) {
        leave(at);
        synchronized (this) {
            currentNode = nodeId;
            entered = at;
        }
    }

    /** Adds the time since {@link #enter} to the node's total. Call it before closing the incident. */
    public void leave(Instant at) {
        String node;
        long ms;
        synchronized (this) {
            if (currentNode == null) {
                return;
            }
            node = currentNode;
            ms = Math.max(0, Duration.between(entered, at).toMillis());
            currentNode = null;
        }
        change(at, d -> d.timeSpent.merge(node, ms, Long::sum));
    }

    /** Takes the causes and steps a content update added into the checklist; items of gone nodes stay. */
    public void adopt(DecisionTree tree, Instant at) {
        change(at, d -> d.items = merged(d.items, Checklist.itemsOf(tree)));
    }

    private void change(Instant at, Consumer<Draft> edit) {
        Incident now;
        synchronized (this) {
            var draft = new Draft(incident);
            edit.accept(draft);
            incident = draft.build(at);
            now = incident;
        }
        listeners.forEach(l -> l.accept(now));
    }

    private static Outcome outcomeOf(Incident incident, Instant at) {
        var causes = incident.causeIds();
        Walk walk = incident.walk();
        var kind = causes.isEmpty() ? Walk.Outcome.OPEN : walk.outcome(causes);
        return new Outcome(kind, walk.resolvedBy(causes).orElse(null), at);
    }

    /**
     * The tree's items in its order, each keeping what was recorded for it, and the old items the tree no longer
     * has each right after the item that preceded it before.
     */
    private static List<ChecklistItem> merged(List<ChecklistItem> old, List<ChecklistItem> fromTree) {
        var kept = new HashMap<String, ChecklistItem>();
        old.forEach(i -> kept.put(i.nodeId(), i));
        var inTree = new HashSet<String>();
        fromTree.forEach(i -> inTree.add(i.nodeId()));
        // Items gone from the tree, grouped under the item (or the start, null) they followed.
        var after = new HashMap<String, List<ChecklistItem>>();
        String previous = null;
        for (ChecklistItem item : old) {
            if (!inTree.contains(item.nodeId())) {
                String anchor = previous;
                after.computeIfAbsent(anchor, k -> new ArrayList<>()).add(item);
            } else {
                previous = item.nodeId();
            }
        }
        var result = new ArrayList<ChecklistItem>(fromTree.size() + old.size());
        result.addAll(after.getOrDefault(null, List.of()));
        for (ChecklistItem item : fromTree) {
            result.add(kept.getOrDefault(item.nodeId(), item));
            result.addAll(after.getOrDefault(item.nodeId(), List.of()));
        }
        return result;
    }

    /** The incident's changeable parts while one change is made. */
    private static final class Draft {
        private final Incident base;
        IncidentInfo info;
        Outcome outcome;
        List<ChecklistItem> items;
        final List<Answered> answers;
        final Map<String, String> placeholders;
        final Map<String, Long> timeSpent;
        final List<CopiedCommand> commands;
        final List<AcknowledgedWarning> warnings;
        final List<AddedError> added;

        ErrorRef error;

        Draft(Incident base) {
            this.base = base;
            error = base.error();
            info = base.info();
            outcome = base.outcome();
            items = new ArrayList<>(base.items());
            answers = new ArrayList<>(base.answers());
            placeholders = new HashMap<>(base.placeholders());
            timeSpent = new HashMap<>(base.timeSpentMs());
            commands = new ArrayList<>(base.commands());
            warnings = new ArrayList<>(base.warnings());
            added = new ArrayList<>(base.added());
        }

        void editAdded(String key, UnaryOperator<AddedError> edit) {
            for (int i = 0; i < added.size(); i++) {
                if (added.get(i).error().key().equals(key)) {
                    added.set(i, edit.apply(added.get(i)));
                }
            }
        }

        boolean has(String nodeId) {
            return items.stream().anyMatch(i -> i.nodeId().equals(nodeId));
        }

        void setState(String nodeId, ChecklistItem.State state, Instant at) {
            replace(nodeId, item -> item.with(state, at));
        }

        void replace(String nodeId, UnaryOperator<ChecklistItem> edit) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).nodeId().equals(nodeId)) {
                    items.set(i, edit.apply(items.get(i)));
                    return;
                }
            }
            throw new IllegalArgumentException("No checklist item " + nodeId + " in incident " + base.id());
        }

        Incident build(Instant at) {
            return new Incident(base.schemaVersion(), base.id(), base.created(), at, info, error,
                    base.contentVersion(), base.origin(), outcome, placeholders, items, answers, timeSpent, commands,
                    warnings, added);
        }
    }
}
