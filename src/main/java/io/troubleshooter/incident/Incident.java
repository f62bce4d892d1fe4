package io.troubleshooter.incident;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.Answered;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.NodeId;
import io.troubleshooter.guide.Walk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One incident as saved: what it is about, its checklist and everything the engineer did, as of {@code updated}.
 * Immutable; {@link IncidentSession} makes the changes and hands out a new one each time.
 *
 * <p>Everything refers to the decision tree by node id ({@code cause:<id>}, {@code step:<id>}) and answers by
 * cause id, never by text, so an incident opens in any language and after a content update.
 */
@JsonPropertyOrder({"schemaVersion", "id", "created", "updated", "info", "error", "contentVersion", "origin",
        "outcome", "placeholders", "items", "answers", "timeSpentMs", "commands", "warnings", "added"})
public record Incident(String schemaVersion, String id, Instant created, Instant updated, IncidentInfo info,
                       ErrorRef error, String contentVersion, Origin origin, Outcome outcome,
                       Map<String, String> placeholders, List<ChecklistItem> items, List<Answered> answers,
                       Map<String, Long> timeSpentMs, List<CopiedCommand> commands,
                       List<AcknowledgedWarning> warnings, List<AddedError> added) {

    /** A cause on the path and its current answer (null while it is the open one). */
    public record PathStep(String causeId, Answer answer, Instant at) { }

    /** Settled (done, skipped, n/a) items over all items on the path. */
    public record Progress(int settled, int total) {
        public double fraction() {
            return total == 0 ? 0 : (double) settled / total;
        }
    }

    /** Where an item stands against the path, or against the tree of the current content. */
    public enum ItemStatus { ON_PATH, OFF_PATH, MISSING_NODE }

    public record ItemReport(ChecklistItem item, ItemStatus status) { }

    /** Every item's status against {@code tree}, and the tree's causes and steps the checklist does not have yet. */
    public record Reconciliation(List<ItemReport> items, List<String> newNodes) {
        public long count(ItemStatus status) {
            return items.stream().filter(r -> r.status() == status).count();
        }
    }

    public Incident {
        schemaVersion = schemaVersion == null ? IncidentJson.SCHEMA : schemaVersion;
        info = info == null ? new IncidentInfo("", "", "", "") : info;
        outcome = outcome == null ? Outcome.open(created) : outcome;
        origin = origin == null ? new Origin("", "") : origin;
        placeholders = sorted(placeholders);
        items = items == null ? List.of() : List.copyOf(items);
        answers = answers == null ? List.of() : List.copyOf(answers);
        timeSpentMs = sorted(timeSpentMs);
        commands = commands == null ? List.of() : List.copyOf(commands);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        added = added == null ? List.of() : List.copyOf(added);
    }

    /** An incident about one error, as every incident was before errors could be added. */
    public Incident(String schemaVersion, String id, Instant created, Instant updated, IncidentInfo info,
                    ErrorRef error, String contentVersion, Origin origin, Outcome outcome,
                    Map<String, String> placeholders, List<ChecklistItem> items, List<Answered> answers,
                    Map<String, Long> timeSpentMs, List<CopiedCommand> commands, List<AcknowledgedWarning> warnings) {
        this(schemaVersion, id, created, updated, info, error, contentVersion, origin, outcome, placeholders, items,
                answers, timeSpentMs, commands, warnings, List.of());
    }

    /** Every error of the incident: the one it was made for, then those added, in the order they were added. */
    public List<ErrorRef> errors() {
        var all = new ArrayList<ErrorRef>();
        all.add(error);
        added.forEach(a -> all.add(a.error()));
        return List.copyOf(all);
    }

    /** Whether the error with {@code key} is one of the incident's. */
    public boolean hasError(String key) {
        return errors().stream().anyMatch(e -> e.key().equals(key));
    }

    /** The incident's walk on the error with {@code key}; empty for an error that is not the incident's. */
    public Optional<Walk> walk(String key) {
        if (error.key().equals(key)) {
            return Optional.of(walk());
        }
        return added.stream().filter(a -> a.error().key().equals(key)).findFirst()
                .map(a -> as(a).walk());
    }

    /** An added error seen as an incident of its own (its checklist and answers), for the report's sections. */
    public Incident as(AddedError other) {
        return new Incident(schemaVersion, id, created, updated, info, other.error(), other.error().contentVersion(),
                origin, Outcome.open(other.at()), placeholders, other.items(), other.answers(), timeSpentMs,
                List.of(), List.of(), List.of());
    }

    public Optional<ChecklistItem> item(String nodeId) {
        return items.stream().filter(i -> i.nodeId().equals(nodeId)).findFirst();
    }

    /** The last answer given for a cause, if any. */
    public Optional<Answer> answer(String causeId) {
        return walk().answer(causeId);
    }

    /**
     * The walk as the Guide holds it: every answer with its time, and each step marked done with the time it
     * last changed.
     */
    public Walk walk() {
        var done = new LinkedHashMap<String, Instant>();
        for (ChecklistItem item : items) {
            if (item.state() == ChecklistItem.State.DONE) {
                NodeId.stepIdOf(item.nodeId()).ifPresent(step -> done.put(step, item.changed()));
            }
        }
        return new Walk(answers, done);
    }

    /** The causes of the checklist, in the tree's order, by cause id. */
    public List<String> causeIds() {
        return items.stream().filter(ChecklistItem::causeItem).map(i -> causeId(i.nodeId())).toList();
    }

    /**
     * The causes walked, in the tree's order: each answered one, up to and including the first one still open
     * or the one that resolved it. Answers given to causes after that stay, off the path, and return to it
     * when an earlier answer is changed back.
     */
    public List<PathStep> path() {
        return new Walk(answers, Map.of()).path(causeIds()).stream().map(p -> new PathStep(p.causeId(), p.answer(), p.at())).toList();
    }

    /** Whether the item's cause is on the path; for many items, {@link #statuses()} works the path out once. */
    public ItemStatus status(ChecklistItem item) {
        return status(item, onPathCauses());
    }

    /** Every item's status against the path, in the checklist's order. */
    public List<ItemReport> statuses() {
        var onPath = onPathCauses();
        return items.stream().map(i -> new ItemReport(i, status(i, onPath))).toList();
    }

    public Progress progress() {
        var onPath = onPathCauses();
        int settled = 0;
        int total = 0;
        for (ChecklistItem item : items) {
            if (onPath.contains(causeId(item.causeNode()))) {
                total++;
                settled += item.settled() ? 1 : 0;
            }
        }
        return new Progress(settled, total);
    }

    /** Checks the checklist against the tree of the content now loaded: nothing is dropped, gone nodes are named. */
    public Reconciliation reconcile(DecisionTree tree) {
        var inTree = new HashSet<String>();
        tree.nodes().forEach(n -> inTree.add(n.id()));
        var onPath = onPathCauses();
        var reports = new ArrayList<ItemReport>(items.size());
        var known = new HashSet<String>();
        for (ChecklistItem item : items) {
            known.add(item.nodeId());
            reports.add(new ItemReport(item, inTree.contains(item.nodeId()) ? status(item, onPath)
                    : ItemStatus.MISSING_NODE));
        }
        var fresh = Checklist.itemsOf(tree).stream().map(ChecklistItem::nodeId).filter(id -> !known.contains(id)).toList();
        return new Reconciliation(List.copyOf(reports), fresh);
    }

    private Set<String> onPathCauses() {
        var onPath = new HashSet<String>();
        path().forEach(p -> onPath.add(p.causeId()));
        return onPath;
    }

    private static ItemStatus status(ChecklistItem item, Set<String> onPathCauses) {
        return onPathCauses.contains(causeId(item.causeNode())) ? ItemStatus.ON_PATH : ItemStatus.OFF_PATH;
    }

    /** Causes on the path, for history: the one that resolved it, if any, is the last. */
    public List<String> pathCauseIds() {
        return path().stream().map(PathStep::causeId).toList();
    }

    static String causeId(String causeNode) {
        return NodeId.causeIdOf(causeNode);
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
