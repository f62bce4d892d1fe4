package io.troubleshooter.guide;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The walk through one error's decision tree: every answer given (the last per cause counts) and the steps
 * done, each with the time it happened. The path and the outcome are worked out here and only here, against
 * the causes in the tree's order; the Guide shows a walk, and an incident keeps one per error.
 *
 * <p>Answers are kept per cause id, never dropped: changing an earlier answer cuts later causes off the path,
 * and they come back when it is changed back. Immutable: each change makes a new walk.
 */
public record Walk(List<Answered> answers, Map<String, Instant> done) {

    /** Where a walk ended: still open, resolved by a cause, or every cause answered and none resolved it. */
    public enum Outcome { OPEN, RESOLVED, ESCALATED }

    /** A cause on the path and its current answer (null while it is the open one). */
    public record PathStep(String causeId, Answer answer, Instant at) { }

    public static final Walk EMPTY = new Walk(List.of(), Map.of());

    public Walk {
        answers = answers == null ? List.of() : List.copyOf(answers);
        done = done == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(done));
    }

    public Walk answer(String causeId, Answer answer, Instant at) {
        var more = new ArrayList<>(answers);
        more.add(new Answered(causeId, answer, at));
        return new Walk(more, done);
    }

    /** Marks a step done at {@code at}, or not done; marking it done again keeps the first time. */
    public Walk done(String stepId, boolean value, Instant at) {
        if (value == done.containsKey(stepId)) {
            return this;
        }
        var changed = new LinkedHashMap<>(done);
        if (value) {
            changed.put(stepId, at);
        } else {
            changed.remove(stepId);
        }
        return new Walk(answers, changed);
    }

    /** The answer that counts for each cause: the last one given. */
    public Map<String, Answered> current() {
        var current = new HashMap<String, Answered>();
        answers.forEach(a -> current.put(a.causeId(), a));
        return current;
    }

    public Optional<Answer> answer(String causeId) {
        return Optional.ofNullable(current().get(causeId)).map(Answered::answer);
    }

    public Set<String> stepsDone() {
        return done.keySet();
    }

    public boolean isEmpty() {
        return answers.isEmpty() && done.isEmpty();
    }

    /**
     * The causes walked, in {@code causeIds}' order: each answered one, up to and including the first still open
     * or the one that resolved it.
     */
    public List<PathStep> path(List<String> causeIds) {
        var current = current();
        var path = new ArrayList<PathStep>();
        for (String causeId : causeIds) {
            Answered answered = current.get(causeId);
            path.add(answered == null ? new PathStep(causeId, null, null)
                    : new PathStep(causeId, answered.answer(), answered.at()));
            if (answered == null || answered.answer() == Answer.RESOLVED) {
                break;
            }
        }
        return List.copyOf(path);
    }

    public List<PathStep> path(ErrorEntry entry) {
        return path(causeIds(entry));
    }

    /** Resolved when the path ends on a resolving answer, escalated when every cause is answered, else open. */
    public Outcome outcome(List<String> causeIds) {
        var path = path(causeIds);
        if (path.isEmpty()) {
            return causeIds.isEmpty() ? Outcome.ESCALATED : Outcome.OPEN;
        }
        PathStep last = path.getLast();
        if (last.answer() == Answer.RESOLVED) {
            return Outcome.RESOLVED;
        }
        return last.answer() != null && path.size() == causeIds.size() ? Outcome.ESCALATED : Outcome.OPEN;
    }

    public Outcome outcome(ErrorEntry entry) {
        return outcome(causeIds(entry));
    }

    /** The cause whose answer resolved the walk, if it is resolved. */
    public Optional<String> resolvedBy(List<String> causeIds) {
        var path = path(causeIds);
        return path.isEmpty() || path.getLast().answer() != Answer.RESOLVED ? Optional.empty()
                : Optional.of(path.getLast().causeId());
    }

    /** The nodes of {@code entry}'s tree on the path, in order, for the flowchart to highlight. */
    public List<String> pathNodes(ErrorEntry entry) {
        var nodes = new ArrayList<String>();
        nodes.add(DecisionTree.errorNode(entry));
        var current = current();
        Outcome end = entry.causes().isEmpty() ? Outcome.ESCALATED : Outcome.OPEN;
        for (int i = 0; i < entry.causes().size(); i++) {
            Cause cause = entry.causes().get(i);
            Answered answered = current.get(cause.id());
            nodes.add(DecisionTree.causeNode(cause));
            cause.allSteps().filter(s -> done.containsKey(s.id())).forEach(s -> nodes.add(DecisionTree.stepNode(s)));
            if (answered == null) {
                break;
            }
            nodes.add(DecisionTree.decisionNode(cause));
            if (answered.answer() == Answer.RESOLVED) {
                end = Outcome.RESOLVED;
                break;
            }
            if (i == entry.causes().size() - 1) {
                end = Outcome.ESCALATED;
            }
        }
        if (end != Outcome.OPEN) {
            nodes.add(end == Outcome.RESOLVED ? DecisionTree.RESOLVED : DecisionTree.ESCALATE);
        }
        return List.copyOf(nodes);
    }

    public static List<String> causeIds(ErrorEntry entry) {
        return entry.causes().stream().map(Cause::id).toList();
    }
}
