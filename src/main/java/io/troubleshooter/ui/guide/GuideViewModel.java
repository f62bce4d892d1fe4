package io.troubleshooter.ui.guide;

import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Step;
import io.troubleshooter.incident.CauseHistory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
 * The walk through one error's causes: which cause is on screen, the answers given, the steps done.
 *
 * <p>Answers are kept per cause id, never dropped: going back and giving the same answer keeps every
 * later answer; changing it cuts the later causes off the path, and they come back if it is changed back.
 */
public final class GuideViewModel {

    public enum Answer { RESOLVED, NOT_RESOLVED, SKIPPED }

    /** One cause on the path and what was answered for it (null while it is open). */
    public record PathItem(Cause cause, int index, Answer answer) { }

    /** Where the walk ended. */
    public enum Outcome { IN_PROGRESS, RESOLVED, ESCALATE }

    /** The index of the end card, after the last cause. */
    public static final int END = Integer.MAX_VALUE;

    private final ReadOnlyObjectWrapper<ErrorEntry> entry = new ReadOnlyObjectWrapper<>(this, "entry");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", 0);
    private final ObservableMap<String, Answer> answers = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableSet<String> done = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableList<PathItem> path = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", Outcome.IN_PROGRESS);
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

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
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
    public void open(ErrorEntry next) {
        answers.clear();
        done.clear();
        entry.set(next);
        position.set(next == null || next.causes().isEmpty() ? END : 0);
        refresh();
    }

    /**
     * The same error in another language (or version): answers, steps done and the cause on screen are kept,
     * since they are held by ids that do not change with the language.
     */
    public void switchTo(ErrorEntry same) {
        String onScreen = currentCause().map(Cause::id).orElse(null);
        boolean atEnd = position.get() == END;
        entry.set(same);
        int index = -1;
        for (int i = 0; onScreen != null && i < same.causes().size(); i++) {
            if (same.causes().get(i).id().equals(onScreen)) {
                index = i;
            }
        }
        position.set(atEnd || same.causes().isEmpty() ? END : Math.max(0, index));
        refresh();
    }

    /**
     * Puts back a walk saved in an incident: its answers, its steps done, and the node it was on (the first open
     * cause when that node is not in this error).
     */
    public void restore(Map<String, Answer> saved, Set<String> stepsDone, String nodeId) {
        answers.clear();
        answers.putAll(saved);
        done.clear();
        done.addAll(stepsDone);
        position.set(nextOpen(0));
        refresh();
        if (nodeId != null) {
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
        answers.put(cause.id(), answer);
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
        int previous = at == END ? path.size() - 1 : at - 1;
        if (at == END && !path.isEmpty() && path.getLast().answer() == null) {
            previous = path.size() - 2;
        }
        if (previous < 0) {
            return false;
        }
        goTo(path.get(previous).index());
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
        if (nodeId.startsWith("error:") && !causes().isEmpty()) {
            goTo(0);
        }
    }

    public void setDone(Step step, boolean value) {
        if (value) {
            done.add(step.id());
        } else {
            done.remove(step.id());
        }
        refresh();
    }

    public Optional<Answer> answerOf(Cause cause) {
        return Optional.ofNullable(answers.get(cause.id()));
    }

    /** Where a cause stands: 1-based position and the number of causes, for "Cause 2 of 3". */
    public int number(Cause cause) {
        return causes().indexOf(cause) + 1;
    }

    private boolean reachable(int index) {
        return path.stream().anyMatch(p -> p.index() == index);
    }

    private int nextOpen(int from) {
        for (int i = from; i < causes().size(); i++) {
            Answer a = answers.get(causes().get(i).id());
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
        var items = new ArrayList<PathItem>();
        var nodes = new ArrayList<String>();
        Outcome end = Outcome.IN_PROGRESS;
        ErrorEntry e = entry.get();
        if (e != null) {
            nodes.add("error:" + e.anchor());
            end = Outcome.ESCALATE;
            for (int i = 0; i < e.causes().size(); i++) {
                Cause cause = e.causes().get(i);
                Answer a = answers.get(cause.id());
                items.add(new PathItem(cause, i, a));
                nodes.add(DecisionTree.causeNode(cause));
                cause.allSteps().filter(s -> done.contains(s.id())).forEach(s -> nodes.add(DecisionTree.stepNode(s)));
                if (a == null) {
                    end = Outcome.IN_PROGRESS;
                    break;
                }
                nodes.add(DecisionTree.decisionNode(cause));
                if (a == Answer.RESOLVED) {
                    end = Outcome.RESOLVED;
                    break;
                }
            }
            if (end != Outcome.IN_PROGRESS) {
                nodes.add(end == Outcome.RESOLVED ? DecisionTree.RESOLVED : DecisionTree.ESCALATE);
            }
        }
        path.setAll(items);
        pathNodes.setAll(nodes);
        outcome.set(end);
        currentNode.set(nodeOnScreen(e));
        revision.set(revision.get() + 1);
    }

    /** The node the Guide is on, as the flowchart names it; none while no error is open. */
    private @Nullable String nodeOnScreen(@Nullable ErrorEntry e) {
        if (e == null) {
            return null;
        }
        return currentCause().map(DecisionTree::causeNode).orElseGet(() -> switch (outcome.get()) {
            case RESOLVED -> DecisionTree.RESOLVED;
            case ESCALATE -> DecisionTree.ESCALATE;
            case IN_PROGRESS -> "error:" + e.anchor();
        });
    }

    /** Causes after the resolving one keep their answers but are off the path. */
    public boolean onPath(Cause cause) {
        return path.stream().anyMatch(p -> p.cause() == cause);
    }
}
