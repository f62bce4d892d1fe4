package io.troubleshooter.flow;

import io.troubleshooter.guide.DecisionTree;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folded boxes that follow one another alone, laid out side by side: a run of folded causes takes a row or two of
 * small boxes instead of a tall column. Rows wind like a snake (left to right, then right to left), so the arrow
 * from one row to the next goes straight down. The layout sees a run as one block entered at its first box's top
 * and left at its last box's bottom.
 */
final class FoldRows {

    static final double GAP_X = 28;
    static final double GAP_Y = 24;
    private static final int MAX_PER_ROW = 4;
    private static final double MAX_ROW_WIDTH = 720;

    /** One run: its boxes in order and where each sits inside the block, all boxes of one size. */
    record Run(List<String> ids, double cellWidth, double cellHeight, int perRow) {

        String id() {
            return "fold-row:" + ids.getFirst();
        }

        int rows() {
            return (ids.size() + perRow - 1) / perRow;
        }

        double width() {
            return perRow * cellWidth + (perRow - 1) * GAP_X;
        }

        double height() {
            return rows() * cellHeight + (rows() - 1) * GAP_Y;
        }

        /** The top-left corner of box {@code i} inside the block. */
        FlowGraph.Point cell(int i) {
            int row = i / perRow;
            int column = row % 2 == 0 ? i % perRow : perRow - 1 - i % perRow;
            return new FlowGraph.Point(column * (cellWidth + GAP_X), row * (cellHeight + GAP_Y));
        }

        FlowGraph.Point entry() {
            return new FlowGraph.Point(cell(0).x() + cellWidth / 2, 0);
        }

        FlowGraph.Point exit() {
            return new FlowGraph.Point(cell(ids.size() - 1).x() + cellWidth / 2, height());
        }
    }

    private FoldRows() {
    }

    /**
     * The runs of two or more {@code folded} nodes where each but the last has one way out, to the next, and each
     * but the first one way in, from the one before.
     */
    static List<Run> find(Collection<DecisionTree.Node> nodes, Collection<DecisionTree.Edge> edges,
                          Set<String> folded, Map<String, Sizer.Size> sizes) {
        var out = new HashMap<String, List<String>>();
        var in = new HashMap<String, List<String>>();
        for (DecisionTree.Edge edge : edges) {
            out.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
            in.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge.from());
        }
        var taken = new HashSet<String>();
        var runs = new ArrayList<Run>();
        for (DecisionTree.Node node : nodes) {
            String id = node.id();
            if (!folded.contains(id) || taken.contains(id) || linked(in.get(id), folded, out)) {
                continue;
            }
            var ids = new ArrayList<String>(List.of(id));
            String last = id;
            while (out.getOrDefault(last, List.of()).size() == 1) {
                String next = out.get(last).getFirst();
                if (!folded.contains(next) || in.getOrDefault(next, List.of()).size() != 1 || ids.contains(next)) {
                    break;
                }
                ids.add(next);
                last = next;
            }
            if (ids.size() > 1) {
                taken.addAll(ids);
                runs.add(run(ids, sizes));
            }
        }
        return runs;
    }

    /** Whether the node is the second or later of a run: its only way in is from a folded node with one way out. */
    private static boolean linked(List<String> from, Set<String> folded, Map<String, List<String>> out) {
        return from != null && from.size() == 1 && folded.contains(from.getFirst())
                && out.get(from.getFirst()).size() == 1;
    }

    private static Run run(List<String> ids, Map<String, Sizer.Size> sizes) {
        double w = ids.stream().mapToDouble(id -> sizes.get(id).width()).max().orElse(1);
        double h = ids.stream().mapToDouble(id -> sizes.get(id).height()).max().orElse(1);
        int fits = (int) Math.max(1, Math.floor((MAX_ROW_WIDTH + GAP_X) / (w + GAP_X)));
        int perRow = Math.min(ids.size(), Math.min(MAX_PER_ROW, fits));
        // Rows as even as the count allows: seven boxes go four and three, not four and four.
        int rows = (ids.size() + perRow - 1) / perRow;
        perRow = (ids.size() + rows - 1) / rows;
        return new Run(List.copyOf(ids), w, h, perRow);
    }

    /** The boxes of a run placed with its block's top-left corner at {@code (x, y)}. */
    static List<FlowGraph.PlacedNode> place(Run run, Map<String, DecisionTree.Node> nodes, double x, double y) {
        var placed = new ArrayList<FlowGraph.PlacedNode>();
        for (int i = 0; i < run.ids().size(); i++) {
            DecisionTree.Node node = nodes.get(run.ids().get(i));
            FlowGraph.Point cell = run.cell(i);
            placed.add(new FlowGraph.PlacedNode(node.id(), node.kind(), node.label(), x + cell.x(), y + cell.y(),
                    run.cellWidth(), run.cellHeight()));
        }
        return placed;
    }

    /** The short arrows from each box of a run to the next: across within a row, straight down between rows. */
    static List<FlowGraph.PlacedEdge> links(Run run, Map<String, DecisionTree.Edge> edges, double x, double y) {
        var links = new ArrayList<FlowGraph.PlacedEdge>();
        double w = run.cellWidth();
        double h = run.cellHeight();
        for (int i = 0; i + 1 < run.ids().size(); i++) {
            FlowGraph.Point a = run.cell(i);
            FlowGraph.Point b = run.cell(i + 1);
            List<FlowGraph.Point> points;
            if (a.y() == b.y()) {
                boolean rightward = b.x() > a.x();
                double fromX = x + (rightward ? a.x() + w : a.x());
                double toX = x + (rightward ? b.x() : b.x() + w);
                double middle = y + a.y() + h / 2;
                points = List.of(new FlowGraph.Point(fromX, middle), new FlowGraph.Point(toX, middle));
            } else {
                points = List.of(new FlowGraph.Point(x + a.x() + w / 2, y + a.y() + h),
                        new FlowGraph.Point(x + b.x() + w / 2, y + b.y()));
            }
            String from = run.ids().get(i);
            String to = run.ids().get(i + 1);
            DecisionTree.Edge edge = edges.get(from + "\n" + to);
            links.add(new FlowGraph.PlacedEdge(from, to, edge.label(), points, false));
        }
        return links;
    }
}
