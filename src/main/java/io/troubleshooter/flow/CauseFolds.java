package io.troubleshooter.flow;

import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.DecisionTree.Kind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The causes of a long chart drawn folded: a folded cause is one box, its steps and its "resolved?" decision left
 * out, so the chart of an error with many causes stays small enough to read. The causes kept open are those a walk
 * is on: the causes on its path, the one on screen and the one after it.
 */
public final class CauseFolds {

    /** From this many causes on, the causes off the path are folded; fewer fit as they are. */
    public static final int MANY_CAUSES = 4;

    /** A cause drawn as one box: its place in its error (1-based), its title and how many steps it hides. */
    public record Fold(String id, int number, @Nullable String title, int steps) { }

    /** The trees with their off-path causes folded, and what each folded box stands for. */
    public record Folded(List<DecisionTree> trees, Map<String, Fold> folds) {

        public Folded {
            trees = List.copyOf(trees);
            folds = Map.copyOf(folds);
        }
    }

    private CauseFolds() {
    }

    /** Whether the trees have enough causes for folding to matter. */
    public static boolean worthFolding(List<DecisionTree> trees) {
        return trees.stream().flatMap(t -> causes(t).stream()).distinct().count() >= MANY_CAUSES;
    }

    /**
     * The cause nodes a walk keeps open: every cause with a node on the path, the cause of the node on screen and
     * the cause after it (the first cause while the walk is still on the error).
     */
    public static Set<String> open(DecisionTree tree, List<String> path, @Nullable String current) {
        var open = new LinkedHashSet<String>();
        for (String node : path) {
            causeOf(tree, node).ifPresent(open::add);
        }
        List<String> causes = causes(tree);
        if (current != null) {
            Optional<String> cause = causeOf(tree, current);
            cause.ifPresent(open::add);
            int index = cause.map(causes::indexOf).orElse(tree.node(current)
                    .filter(n -> n.kind() == Kind.ERROR).isPresent() ? -1 : causes.size());
            if (index + 1 < causes.size()) {
                open.add(causes.get(index + 1));
            }
        } else if (!causes.isEmpty()) {
            open.add(causes.getFirst());
        }
        return open;
    }

    /** Every cause of the trees but those in {@code open}, folded; the trees as they are when they have few causes. */
    public static Folded fold(List<DecisionTree> trees, Set<String> open) {
        if (!worthFolding(trees)) {
            return new Folded(trees, Map.of());
        }
        var folds = new LinkedHashMap<String, Fold>();
        var folded = new ArrayList<DecisionTree>();
        for (DecisionTree tree : trees) {
            folded.add(fold(tree, open, folds));
        }
        return new Folded(folded, folds);
    }

    private static DecisionTree fold(DecisionTree tree, Set<String> open, Map<String, Fold> folds) {
        // Each node hidden in a folded cause stands for that cause's box from now on.
        var standsFor = new LinkedHashMap<String, String>();
        List<String> causes = causes(tree);
        for (int i = 0; i < causes.size(); i++) {
            String cause = causes.get(i);
            if (open.contains(cause)) {
                continue;
            }
            Set<String> block = block(tree, cause);
            block.forEach(id -> standsFor.put(id, cause));
            int steps = (int) block.stream().map(tree::node).flatMap(Optional::stream)
                    .filter(n -> n.kind() == Kind.STEP || n.kind() == Kind.CONDITION).count();
            String title = tree.node(cause).map(DecisionTree.Node::label).orElse(null);
            folds.putIfAbsent(cause, new Fold(cause, i + 1, title, steps));
        }
        if (standsFor.isEmpty()) {
            return tree;
        }
        var edges = new LinkedHashMap<String, DecisionTree.Edge>();
        for (DecisionTree.Edge edge : tree.edges()) {
            String from = standsFor.getOrDefault(edge.from(), edge.from());
            String to = standsFor.getOrDefault(edge.to(), edge.to());
            // Inside a folded cause, and its "yes, resolved" answer: gone with its steps and its decision.
            boolean hidden = from.equals(to) || !from.equals(edge.from()) && to.equals(DecisionTree.RESOLVED);
            if (!hidden) {
                var label = from.equals(edge.from()) ? edge.label() : DecisionTree.Label.NEXT;
                edges.putIfAbsent(from + "\n" + to, new DecisionTree.Edge(from, to, label));
            }
        }
        var reached = new HashSet<String>();
        edges.values().forEach(e -> reached.add(e.to()));
        List<DecisionTree.Node> nodes = tree.nodes().stream()
                .filter(n -> !standsFor.containsKey(n.id()) || standsFor.get(n.id()).equals(n.id()))
                .filter(n -> n.kind() != Kind.RESOLVED || reached.contains(n.id()))
                .toList();
        return new DecisionTree(nodes, List.copyOf(edges.values()));
    }

    /** The cause nodes of a tree, in the article's order. */
    public static List<String> causes(DecisionTree tree) {
        return tree.nodes().stream().filter(n -> n.kind() == Kind.CAUSE).map(DecisionTree.Node::id).toList();
    }

    /** The cause a node belongs to: itself, or the cause whose steps or decision it is. */
    public static Optional<String> causeOf(DecisionTree tree, String node) {
        return causes(tree).stream().filter(c -> block(tree, c).contains(node)).findFirst();
    }

    /** A cause and what follows it up to and including its decision: its steps and the conditions among them. */
    static Set<String> block(DecisionTree tree, String cause) {
        var block = new LinkedHashSet<String>();
        var queue = new ArrayDeque<String>();
        block.add(cause);
        queue.add(cause);
        while (!queue.isEmpty()) {
            for (DecisionTree.Edge edge : tree.outgoing(queue.poll())) {
                Kind kind = tree.node(edge.to()).map(DecisionTree.Node::kind).orElse(Kind.ESCALATE);
                boolean inside = kind == Kind.STEP || kind == Kind.CONDITION || kind == Kind.DECISION;
                if (inside && block.add(edge.to()) && kind != Kind.DECISION) {
                    queue.add(edge.to());
                }
            }
        }
        return block;
    }
}
