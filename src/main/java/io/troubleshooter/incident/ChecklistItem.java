package io.troubleshooter.incident;

import java.time.Instant;

/**
 * One cause ({@code cause:<id>}) or step ({@code step:<id>}) of the decision tree, with what the engineer
 * did about it. {@code causeNode} is the node id of the cause it belongs to (its own id for a cause), so the
 * path can be worked out without the tree. {@code changed} is null until the item is first touched.
 */
public record ChecklistItem(String nodeId, String causeNode, State state, String note, Instant changed) {

    public enum State { TODO, DONE, SKIPPED, NOT_APPLICABLE }

    public ChecklistItem {
        state = state == null ? State.TODO : state;
        note = IncidentInfo.orEmpty(note);
    }

    public static ChecklistItem todo(String nodeId, String causeNode) {
        return new ChecklistItem(nodeId, causeNode, State.TODO, "", null);
    }

    public boolean causeItem() {
        return nodeId.equals(causeNode);
    }

    /** Done, skipped and not applicable all count towards progress. */
    public boolean settled() {
        return state != State.TODO;
    }

    ChecklistItem with(State value, Instant at) {
        return new ChecklistItem(nodeId, causeNode, value, note, at);
    }

    ChecklistItem withNote(String value, Instant at) {
        return new ChecklistItem(nodeId, causeNode, state, value, at);
    }
}
