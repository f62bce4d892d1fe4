package io.troubleshooter.flow;

import io.troubleshooter.guide.DecisionTree;

import java.util.List;
import java.util.Optional;

/** A laid-out flowchart: boxes and edge routes in one coordinate space whose origin is the top-left corner. */
public record FlowGraph(List<PlacedNode> nodes, List<PlacedEdge> edges, double width, double height) {

    public FlowGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public static final FlowGraph EMPTY = new FlowGraph(List.of(), List.of(), 0, 0);

    public record Point(double x, double y) { }

    public record PlacedNode(String id, DecisionTree.Kind kind, String label, double x, double y, double w, double h) {

        public boolean contains(Point p, double tolerance) {
            return p.x() >= x - tolerance && p.x() <= x + w + tolerance
                    && p.y() >= y - tolerance && p.y() <= y + h + tolerance;
        }

        /** Whether {@code p} lies on this box's outline (within {@code tolerance}). */
        public boolean onBorder(Point p, double tolerance) {
            boolean inside = p.x() > x + tolerance && p.x() < x + w - tolerance
                    && p.y() > y + tolerance && p.y() < y + h - tolerance;
            return contains(p, tolerance) && !inside;
        }
    }

    /** {@code backward} edges go up the chart: they return to an earlier node. */
    public record PlacedEdge(String from, String to, DecisionTree.Label label, List<Point> points, boolean backward) {

        public PlacedEdge {
            points = List.copyOf(points);
        }
    }

    public Optional<PlacedNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
