package io.troubleshooter.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The walk an engineer takes for one error: the error, then each cause in the article's order with
 * its steps, a "resolved?" decision after each, and the two ends: resolved, or escalate with the logs
 * the article names. Node ids come from anchors and positions, never from text.
 */
public record DecisionTree(List<Node> nodes, List<Edge> edges) {

    public enum Kind { ERROR, CAUSE, STEP, CONDITION, DECISION, RESOLVED, ESCALATE }

    public record Node(String id, Kind kind, String label, String ref) { }

    public enum Label { NEXT, YES, NO, OR }

    public record Edge(String from, String to, Label label) { }

    public static final String RESOLVED = NodeId.RESOLVED.toString();
    public static final String ESCALATE = NodeId.ESCALATE.toString();

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public List<Edge> outgoing(String id) {
        return edges.stream().filter(e -> e.from().equals(id)).toList();
    }

    public static String causeNode(Cause cause) {
        return NodeId.cause(cause.id()).toString();
    }

    public static String decisionNode(Cause cause) {
        return NodeId.decision(cause.id()).toString();
    }

    public static String stepNode(Step step) {
        return NodeId.step(step.id()).toString();
    }

    public static String errorNode(ErrorEntry entry) {
        return NodeId.error(entry.anchor()).toString();
    }

    static DecisionTree of(ErrorEntry entry) {
        return new Builder().build(entry);
    }

    private static final class Builder {
        private final Map<String, Node> nodes = new LinkedHashMap<>();
        private final List<Edge> edges = new ArrayList<>();

        private record Tail(String node, Label label) { }

        DecisionTree build(ErrorEntry entry) {
            String start = errorNode(entry);
            add(new Node(start, Kind.ERROR, entry.codes().isEmpty() ? entry.message() : String.join(" / ", entry.codes()),
                    entry.anchor()));
            List<Tail> open = List.of(new Tail(start, Label.NEXT));
            for (Cause cause : entry.causes()) {
                String causeId = causeNode(cause);
                add(new Node(causeId, Kind.CAUSE, cause.title(), cause.id()));
                connect(open, causeId);
                List<Tail> tails = chain(cause.steps(), List.of(new Tail(causeId, Label.NEXT)));
                String decision = decisionNode(cause);
                add(new Node(decision, Kind.DECISION, "resolved?", cause.id()));
                connect(tails, decision);
                add(new Node(RESOLVED, Kind.RESOLVED, "resolved", null));
                edges.add(new Edge(decision, RESOLVED, Label.YES));
                open = List.of(new Tail(decision, Label.NO));
            }
            add(new Node(ESCALATE, Kind.ESCALATE, "escalate", null));
            connect(open, ESCALATE);
            return new DecisionTree(List.copyOf(nodes.values()), List.copyOf(edges));
        }

        private List<Tail> chain(List<Step> steps, List<Tail> open) {
            List<Tail> current = open;
            int i = 0;
            while (i < steps.size()) {
                Step step = steps.get(i);
                if (step.kind() == Step.Kind.METHOD && step.alternative()) {
                    var tails = new ArrayList<Tail>();
                    while (i < steps.size() && steps.get(i).kind() == Step.Kind.METHOD && steps.get(i).alternative()) {
                        Step method = steps.get(i);
                        add(nodeOf(method, Kind.STEP));
                        connect(relabel(current, Label.OR), DecisionTree.stepNode(method));
                        tails.addAll(chain(method.children(), List.of(new Tail(DecisionTree.stepNode(method), Label.NEXT))));
                        i++;
                    }
                    current = tails;
                    continue;
                }
                if (step.kind() == Step.Kind.CONDITION) {
                    add(nodeOf(step, Kind.CONDITION));
                    connect(current, DecisionTree.stepNode(step));
                    var tails = new ArrayList<>(chain(step.children(), List.of(new Tail(DecisionTree.stepNode(step), Label.YES))));
                    tails.add(new Tail(DecisionTree.stepNode(step), Label.NO));
                    current = step.children().isEmpty() ? List.of(new Tail(DecisionTree.stepNode(step), Label.NEXT)) : tails;
                } else {
                    add(nodeOf(step, Kind.STEP));
                    connect(current, DecisionTree.stepNode(step));
                    current = chain(step.children(), List.of(new Tail(DecisionTree.stepNode(step), Label.NEXT)));
                }
                i++;
            }
            return current;
        }

        private static List<Tail> relabel(List<Tail> tails, Label label) {
            return tails.stream().map(t -> t.label() == Label.NEXT ? new Tail(t.node(), label) : t).toList();
        }

        private Node nodeOf(Step step, Kind kind) {
            return new Node(DecisionTree.stepNode(step), kind, step.title(), step.id());
        }

        private void add(Node node) {
            nodes.putIfAbsent(node.id(), node);
        }

        private void connect(List<Tail> tails, String target) {
            for (Tail tail : tails) {
                Edge edge = new Edge(tail.node(), target, tail.label());
                if (!edges.contains(edge)) {
                    edges.add(edge);
                }
            }
        }
    }
}
