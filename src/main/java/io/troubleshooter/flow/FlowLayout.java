package io.troubleshooter.flow;

import io.troubleshooter.guide.DecisionTree;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.properties.IProperty;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out decision trees top to bottom with ELK's layered algorithm. Several trees (the errors of one
 * article) are merged by node id first, so a cause they share is drawn once and an edge they share once.
 */
public final class FlowLayout {

    private static final double PADDING = 20;
    private static final IProperty<LayerConstraint> LAYER = LayeredOptions.LAYERING_LAYER_CONSTRAINT;

    private FlowLayout() {
    }

    public static FlowGraph layout(DecisionTree tree, Sizer sizer) {
        return layout(List.of(tree), sizer);
    }

    public static FlowGraph layout(List<DecisionTree> trees, Sizer sizer) {
        return layout(trees, sizer, Set.of());
    }

    /**
     * Lays out the trees with the nodes in {@code folded} drawn as folded causes: where several follow one another
     * alone they are laid side by side in rows ({@link FoldRows}) rather than one under the other.
     */
    public static FlowGraph layout(List<DecisionTree> trees, Sizer sizer, Set<String> folded) {
        Registration.ensure();
        var nodes = new LinkedHashMap<String, DecisionTree.Node>();
        var edges = new LinkedHashMap<String, DecisionTree.Edge>();
        for (DecisionTree tree : trees) {
            tree.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
            tree.edges().forEach(e -> edges.putIfAbsent(e.from() + "\n" + e.to(), e));
        }
        if (nodes.isEmpty()) {
            return FlowGraph.EMPTY;
        }
        var sizes = new LinkedHashMap<String, Sizer.Size>();
        nodes.values().forEach(n -> sizes.put(n.id(), sizer.size(n)));
        var runOf = new HashMap<String, FoldRows.Run>();
        if (!folded.isEmpty()) {
            FoldRows.find(nodes.values(), edges.values(), folded, sizes)
                    .forEach(run -> run.ids().forEach(id -> runOf.put(id, run)));
        }
        ElkNode root = graph();
        var elkNodes = new LinkedHashMap<String, ElkNode>();
        var blocks = new LinkedHashMap<FoldRows.Run, ElkNode>();
        // Model-order cycle breaking points every edge from an earlier node to a later one, so the order given here
        // decides what is up: the errors first, then the article's order, and the two ends last.
        for (DecisionTree.Node node : topToBottom(nodes.values())) {
            FoldRows.Run run = runOf.get(node.id());
            if (run != null) {
                elkNodes.put(node.id(), blocks.computeIfAbsent(run, r -> block(root, r)));
                continue;
            }
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setIdentifier(node.id());
            Sizer.Size size = sizes.get(node.id());
            elk.setDimensions(size.width(), size.height());
            // Errors share the top layer and the ends the bottom one, however short their edges could be.
            switch (node.kind()) {
                case ERROR -> elk.setProperty(LAYER, LayerConstraint.FIRST);
                case RESOLVED, ESCALATE -> elk.setProperty(LAYER, LayerConstraint.LAST);
                default -> { }
            }
            elkNodes.put(node.id(), elk);
        }
        var elkEdges = new LinkedHashMap<ElkEdge, DecisionTree.Edge>();
        for (DecisionTree.Edge edge : edges.values()) {
            FoldRows.Run from = runOf.get(edge.from());
            FoldRows.Run to = runOf.get(edge.to());
            if (!edge.from().equals(edge.to()) && (from == null || from != to)) {
                ElkConnectableShape source = from == null ? elkNodes.get(edge.from())
                        : elkNodes.get(edge.from()).getPorts().get(1);
                ElkConnectableShape target = to == null ? elkNodes.get(edge.to())
                        : elkNodes.get(edge.to()).getPorts().getFirst();
                elkEdges.put(ElkGraphUtil.createSimpleEdge(source, target), edge);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return placed(root, nodes, elkNodes, elkEdges, runOf, edges);
    }

    /** One block for a run of folded boxes, entered at its first box's top and left at its last box's bottom. */
    private static ElkNode block(ElkNode root, FoldRows.Run run) {
        ElkNode block = ElkGraphUtil.createNode(root);
        block.setIdentifier(run.id());
        block.setDimensions(run.width(), run.height());
        block.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
        port(block, run.entry(), PortSide.NORTH);
        port(block, run.exit(), PortSide.SOUTH);
        return block;
    }

    private static void port(ElkNode block, FlowGraph.Point at, PortSide side) {
        ElkPort port = ElkGraphUtil.createPort(block);
        port.setDimensions(0, 0);
        port.setLocation(at.x(), at.y());
        port.setProperty(CoreOptions.PORT_SIDE, side);
    }

    private static List<DecisionTree.Node> topToBottom(Collection<DecisionTree.Node> nodes) {
        return nodes.stream().sorted(Comparator.comparingInt(FlowLayout::band)).toList();
    }

    private static int band(DecisionTree.Node node) {
        return switch (node.kind()) {
            case ERROR -> 0;
            case RESOLVED, ESCALATE -> 2;
            default -> 1;
        };
    }

    private static ElkNode graph() {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
        // Room between layers for the yes/no labels drawn beside an edge's first segment.
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 44.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 18.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 12.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 16.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 12.0);
        return root;
    }

    private static FlowGraph placed(ElkNode root, Map<String, DecisionTree.Node> nodes, Map<String, ElkNode> elkNodes,
                                    Map<ElkEdge, DecisionTree.Edge> elkEdges, Map<String, FoldRows.Run> runOf,
                                    Map<String, DecisionTree.Edge> edges) {
        var placedNodes = new ArrayList<FlowGraph.PlacedNode>();
        var placedEdges = new ArrayList<FlowGraph.PlacedEdge>();
        for (var entry : elkNodes.entrySet()) {
            DecisionTree.Node node = nodes.get(entry.getKey());
            ElkNode elk = entry.getValue();
            FoldRows.Run run = runOf.get(node.id());
            if (run == null) {
                placedNodes.add(new FlowGraph.PlacedNode(node.id(), node.kind(), node.label(), elk.getX(), elk.getY(),
                        elk.getWidth(), elk.getHeight()));
            } else if (run.ids().getFirst().equals(node.id())) {
                placedNodes.addAll(FoldRows.place(run, nodes, elk.getX(), elk.getY()));
                placedEdges.addAll(FoldRows.links(run, edges, elk.getX(), elk.getY()));
            }
        }
        for (var entry : elkEdges.entrySet()) {
            ElkEdge elk = entry.getKey();
            DecisionTree.Edge edge = entry.getValue();
            var points = new ArrayList<FlowGraph.Point>();
            for (ElkEdgeSection section : elk.getSections()) {
                addPoint(points, section.getStartX(), section.getStartY());
                section.getBendPoints().forEach(b -> addPoint(points, b.getX(), b.getY()));
                addPoint(points, section.getEndX(), section.getEndY());
            }
            boolean backward = elkNodes.get(edge.to()).getY() < elkNodes.get(edge.from()).getY();
            placedEdges.add(new FlowGraph.PlacedEdge(edge.from(), edge.to(), edge.label(), points, backward));
        }
        return new FlowGraph(placedNodes, placedEdges, root.getWidth(), root.getHeight());
    }

    private static void addPoint(List<FlowGraph.Point> points, double x, double y) {
        var point = new FlowGraph.Point(x, y);
        if (points.isEmpty() || !points.getLast().equals(point)) {
            points.add(point);
        }
    }

    /** ELK learns its algorithms from meta data providers; plain Java (no OSGi) registers them by hand, once. */
    private static final class Registration {
        static {
            var service = LayoutMetaDataService.getInstance();
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
        }

        static void ensure() {
            // Loading this class ran the registration above exactly once, thread-safely.
        }
    }
}
