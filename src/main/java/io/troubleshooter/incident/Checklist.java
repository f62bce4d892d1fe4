package io.troubleshooter.incident;

import io.troubleshooter.guide.DecisionTree;

import java.util.ArrayList;
import java.util.List;

/** The checklist a decision tree gives: each cause, then each of its steps and checks, in the tree's order. */
final class Checklist {

    private Checklist() {
    }

    static List<ChecklistItem> itemsOf(DecisionTree tree) {
        var items = new ArrayList<ChecklistItem>();
        String cause = null;
        for (DecisionTree.Node node : tree.nodes()) {
            switch (node.kind()) {
                case CAUSE -> {
                    cause = node.id();
                    items.add(ChecklistItem.todo(node.id(), cause));
                }
                case STEP, CONDITION -> {
                    if (cause != null) {
                        items.add(ChecklistItem.todo(node.id(), cause));
                    }
                }
                default -> { }
            }
        }
        return List.copyOf(items);
    }
}
