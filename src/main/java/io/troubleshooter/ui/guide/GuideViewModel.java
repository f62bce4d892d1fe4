package io.troubleshooter.ui.guide;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.NodeId;
import io.troubleshooter.guide.Step;
import io.troubleshooter.guide.Walk;
import io.troubleshooter.incident.CauseHistory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.jspecify.annotations.Nullable;

/**
 * Shows a {@link Walk} through one error's causes: which cause is on screen, the answers given, the steps done.
 * The walk itself (answers and steps with their times, the path, the outcome) is the engine's; this model holds
 * the one on screen and the position in it.
 */
public final class GuideViewModel {

    /** One cause on the path and what was answered for it (null while it is open). */
    public record PathItem(Cause cause, int index, Answer answer) { }

    /** The index of the end card, after the last cause. */
    public static final int END = Integer.MAX_VALUE;

    private final ReadOnlyObjectWrapper<ErrorEntry> entry = new ReadOnlyObjectWrapper<>(this, "entry");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", 0);
    private final ObservableMap<String, Answer> answers = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableSet<String> done = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableList<PathItem> path = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Walk.Outcome> outcome =
            new ReadOnlyObjectWrapper<>(this, "outcome", Walk.Outcome.OPEN);
    private final ReadOnlyObjectWrapper<Walk> walk = new ReadOnlyObjectWrapper<>(this, "walk", Walk.EMPTY);
    private Supplier<Instant> clock = Instant::now;
    private final ReadOnlyObjectWrapper<String> currentNode = new ReadOnlyObjectWrapper<>(this, "currentNode");
    private final ObservableList<String> pathNodes = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    // Read-only views made once: a listener added to a view made per call would go with that view's garbage.
    private final ObservableMap<String, Answer> answersView = FXCollections.unmodifiableObservableMap(answers);
    private final ObservableSet<String> doneView = FXCollections.unmodifiableObservableSet(done);
    private final ObservableList<PathItem> pathView = FXCollections.unmodifiableObservableList(path);
    private final ObservableList<String> pathNodesView = FXCollections.unmodifiableObservableList(pathNodes);

    public ReadOnlyObjectProperty<ErrorEntry> entryProperty() {
        return entry.getReadOnlyProperty();
    }

    /** Index of the cause on screen, or {@link #END}. */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ObservableMap<String, Answer> answers() {
        return answersView;
    }

    /** Ids of the steps marked done. */
    public ObservableSet<String> done() {
        return doneView;
    }

    /** The causes walked so far, in order, ending at the first open one (or the resolving one). */
    public ObservableList<PathItem> path() {
        return pathView;
    }

    /** The walk on screen; changes with every answer and step ticked, and when another walk is shown. */
    public ReadOnlyObjectProperty<Walk> walkProperty() {
        return walk.getReadOnlyProperty();
    }

    public Walk walk() {
        return walk.get();
    }

    /** Where the times of answers and steps come from; tests set a fixed one. */
    public void setClock(Supplier<Instant> source) {
        clock = Objects.requireNonNull(source);
    }

    public ReadOnlyObjectProperty<Walk.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The decision-tree node on screen, for the flowchart. */
    public ReadOnlyObjectProperty<String> currentNodeProperty() {
        return currentNode.getReadOnlyProperty();
    }

    /** Decision-tree nodes on the path taken, for the flowchart. */
    public ObservableList<String> pathNodes() {
        return pathNodesView;
    }

    /** Changes once per answer, move or new error, after all the state above is consistent: views redraw on it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Starts a fresh walk on another error. */
    public void open(@Nullable ErrorEntry next) {
        show(next, Walk.EMPTY, null);
    }

    /**
     * Shows {@code shown} with {@code with} walked so far, at the cause, step or end {@code nodeId} names (the first
     * open cause when it is null or not in this error). The walk is held by ids that do not change with the
     * language or the version, so the same walk shows on any version of the error.
     */
    public void show(@Nullable ErrorEntry shown, Walk with, @Nullable String nodeId) {
        entry.set(shown);
        walk.set(Objects.requireNonNull(with));
        position.set(nextOpen(0));
        refresh();
        if (nodeId != null && shown != null) {
            openNode(nodeId);
        }
    }

    private Function<String, Optional<CauseHistory>> history =
            id -> Optional.empty();

    /** How often each cause resolved past incidents, shown on its card. */
    public void setHistory(
            Function<String, Optional<CauseHistory>> source) {
        history = source;
        refresh();
    }

    public Optional<CauseHistory> history(Cause cause) {
        return history.apply(cause.id());
    }

    public List<Cause> causes() {
        return entry.get() == null ? List.of() : entry.get().causes();
    }

    public Optional<Cause> currentCause() {
        int at = position.get();
        return at < causes().size() ? Optional.of(causes().get(at)) : Optional.empty();
    }

    public void answer(Answer answer) {
        Cause cause = currentCause().orElse(null);
        if (cause == null) {
            return;
        }
        walk.set(walk.get().answer(cause.id(), answer, clock.get()));
        if (answer == Answer.RESOLVED) {
            position.set(END);
        } else {
            position.set(nextOpen(position.get() + 1));
        }
        refresh();
    }

    /** Shows an earlier (or later, already reached) cause without changing any answer. */
    public void goTo(int index) {
        if (index == END || index >= 0 && index < causes().size() && reachable(index)) {
            position.set(index);
            refresh();
        }
    }

    /** Back one cause along the path; false when already at the first. */
    public boolean back() {
        int at = position.get();
        int here = path.size();
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).index() == at) {
                here = i;
            }
        }
        if (at == END && !path.isEmpty() && path.getLast().answer() == null) {
            here = path.size() - 1;
        }
        if (here <= 0) {
            return false;
        }
        goTo(path.get(here - 1).index());
        return true;
    }

    /** Opens the cause, step or end a flowchart node stands for. */
    public void openNode(String nodeId) {
        if (nodeId == null) {
            return;
        }
        if (nodeId.equals(DecisionTree.RESOLVED) || nodeId.equals(DecisionTree.ESCALATE)) {
            goTo(END);
            return;
        }
        for (int i = 0; i < causes().size(); i++) {
            Cause cause = causes().get(i);
            boolean match = nodeId.equals(DecisionTree.causeNode(cause)) || nodeId.equals(DecisionTree.decisionNode(cause))
                    || cause.allSteps().anyMatch(s -> nodeId.equals(DecisionTree.stepNode(s)));
            if (match) {
                position.set(i);
                refresh();
                return;
            }
        }
        if (NodeId.parse(nodeId).filter(n -> n.is(NodeId.Kind.ERROR)).isPresent() && !causes().isEmpty()) {
            goTo(0);
        }
    }

    public void setDone(Step step, boolean value) {
        walk.set(walk.get().done(step.id(), value, clock.get()));
        refresh();
    }

    public Optional<Answer> answerOf(Cause cause) {
        return walk.get().answer(cause.id());
    }

    /** Where a cause stands: 1-based position and the number of causes, for "Cause 2 of 3". */
    public int number(Cause cause) {
        return causes().indexOf(cause) + 1;
    }

    private boolean reachable(int index) {
        return path.stream().anyMatch(p -> p.index() == index);
    }

    private int nextOpen(int from) {
        var current = walk.get().current();
        for (int i = from; i < causes().size(); i++) {
            var answered = current.get(causes().get(i).id());
            Answer a = answered == null ? null : answered.answer();
            if (a == null) {
                return i;
            }
            if (a == Answer.RESOLVED) {
                return END;
            }
        }
        return END;
    }

    private void refresh() {
        Walk now = walk.get();
        var current = new HashMap<String, Answer>();
        now.current().forEach((cause, answered) -> current.put(cause, answered.answer()));
        if (!answers.equals(current)) {
            answers.keySet().retainAll(current.keySet());
            answers.putAll(current);
        }
        if (!done.equals(now.stepsDone())) {
            done.retainAll(now.stepsDone());
            done.addAll(now.stepsDone());
        }
        var items = new ArrayList<PathItem>();
        ErrorEntry e = entry.get();
        Walk.Outcome end = Walk.Outcome.OPEN;
        if (e != null) {
            for (Walk.PathStep step : now.path(e)) {
                int index = indexOf(step.causeId());
                items.add(new PathItem(e.causes().get(index), index, step.answer()));
            }
            end = now.outcome(e);
        }
        path.setAll(items);
        pathNodes.setAll(e == null ? List.of() : now.pathNodes(e));
        outcome.set(end);
        currentNode.set(nodeOnScreen(e));
        revision.set(revision.get() + 1);
    }

    private int indexOf(String causeId) {
        for (int i = 0; i < causes().size(); i++) {
            if (causes().get(i).id().equals(causeId)) {
                return i;
            }
        }
        return -1;
    }

    /** The node the Guide is on, as the flowchart names it; none while no error is open. */
    private @Nullable String nodeOnScreen(@Nullable ErrorEntry e) {
        if (e == null) {
            return null;
        }
        return currentCause().map(DecisionTree::causeNode).orElseGet(() -> switch (outcome.get()) {
            case RESOLVED -> DecisionTree.RESOLVED;
            case ESCALATED -> DecisionTree.ESCALATE;
            case OPEN -> DecisionTree.errorNode(e);
        });
    }

    /** Causes after the resolving one keep their answers but are off the path. */
    public boolean onPath(Cause cause) {
        return path.stream().anyMatch(p -> p.cause() == cause);
    }
}
