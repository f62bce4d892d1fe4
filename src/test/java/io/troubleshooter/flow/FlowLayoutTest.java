package io.troubleshooter.flow;

import io.troubleshooter.content.Article;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.testing.BackupArticles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every test error's flowchart, laid out with the approximate sizer. */
class FlowLayoutTest {

    private static final double TOLERANCE = 0.5;
    static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = BackupArticles.catalog();
    }

    static Stream<Named<ErrorEntry>> entries() {
        return BackupArticles.catalog().entries().stream()
                .map(e -> Named.of(e.locale() + " " + e.articleVersion() + " #" + e.anchor(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyNodeOfTheTreeIsPlacedOnce(ErrorEntry entry) {
        DecisionTree tree = entry.tree();
        FlowGraph graph = FlowLayout.layout(tree, Sizer.approximate());

        assertEquals(tree.nodes().size(), graph.nodes().size());
        assertEquals(tree.nodes().stream().map(DecisionTree.Node::id).collect(Collectors.toSet()), ids(graph));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void theErrorIsTheTopmostNode(ErrorEntry entry) {
        FlowGraph graph = FlowLayout.layout(entry.tree(), Sizer.approximate());

        FlowGraph.PlacedNode error = graph.nodes().stream()
                .filter(n -> n.kind() == DecisionTree.Kind.ERROR).findFirst().orElseThrow();
        for (FlowGraph.PlacedNode other : graph.nodes()) {
            if (other != error) {
                assertTrue(error.y() < other.y(), () -> other.id() + " is above the error at y=" + other.y());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void oneErrorsChartFlowsDownToItsTwoEnds(ErrorEntry entry) {
        FlowGraph graph = FlowLayout.layout(entry.tree(), Sizer.approximate());

        assertTrue(graph.edges().stream().noneMatch(FlowGraph.PlacedEdge::backward), "no edge goes back up");
        double lowestStep = graph.nodes().stream()
                .filter(n -> n.kind() != DecisionTree.Kind.RESOLVED && n.kind() != DecisionTree.Kind.ESCALATE)
                .mapToDouble(FlowGraph.PlacedNode::y).max().orElseThrow();
        for (String end : List.of(DecisionTree.RESOLVED, DecisionTree.ESCALATE)) {
            assertTrue(graph.node(end).orElseThrow().y() > lowestStep, () -> end + " is not at the bottom");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void noTwoNodesOverlap(ErrorEntry entry) {
        assertNoOverlap(FlowLayout.layout(entry.tree(), Sizer.approximate()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everyEdgeRunsFromItsSourcesBorderToItsTargets(ErrorEntry entry) {
        DecisionTree tree = entry.tree();
        FlowGraph graph = FlowLayout.layout(tree, Sizer.approximate());

        assertEquals(tree.edges().size(), graph.edges().size());
        assertEdgesTouchTheirEnds(graph);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void everythingFitsInsideTheReportedSize(ErrorEntry entry) {
        FlowGraph graph = FlowLayout.layout(entry.tree(), Sizer.approximate());

        for (FlowGraph.PlacedNode node : graph.nodes()) {
            assertTrue(node.x() >= 0 && node.y() >= 0 && node.x() + node.w() <= graph.width()
                    && node.y() + node.h() <= graph.height(), () -> node.id() + " sticks out");
        }
    }

    @Test
    void anArticlesErrorsShareTheirCommonCausesInOneChart() {
        Article agentErrors = BackupArticles.article("vm-agent-errors", "en-US");
        List<DecisionTree> trees = catalog.entries(agentErrors).stream().map(ErrorEntry::tree).toList();
        Set<String> distinct = trees.stream().flatMap(t -> t.nodes().stream()).map(DecisionTree.Node::id)
                .collect(Collectors.toSet());
        int sum = trees.stream().mapToInt(t -> t.nodes().size()).sum();

        FlowGraph merged = FlowLayout.layout(trees, Sizer.approximate());

        assertTrue(trees.size() > 1, "the article has several errors");
        assertTrue(merged.nodes().size() < sum, () -> merged.nodes().size() + " nodes, " + sum + " in the trees");
        assertEquals(distinct.size(), merged.nodes().size());
        assertEquals(distinct, ids(merged));
        long sharedCauses = trees.stream().flatMap(t -> t.nodes().stream())
                .filter(n -> n.kind() == DecisionTree.Kind.CAUSE).collect(Collectors.groupingBy(DecisionTree.Node::id,
                        Collectors.counting())).values().stream().filter(c -> c > 1).count();
        assertTrue(sharedCauses > 0, "some cause belongs to several errors");
        assertNoOverlap(merged);
        assertEdgesTouchTheirEnds(merged);
        assertErrorsOnTopAndEndsAtTheBottom(merged);
    }

    @Test
    void anEdgeTwoErrorsShareIsDrawnOnce() {
        List<DecisionTree> trees = catalog.entries().stream().map(ErrorEntry::tree).toList();

        FlowGraph merged = FlowLayout.layout(trees, Sizer.approximate());

        Set<String> pairs = merged.edges().stream().map(e -> e.from() + " -> " + e.to()).collect(Collectors.toSet());
        assertEquals(pairs.size(), merged.edges().size());
        assertTrue(merged.edges().size() < trees.stream().mapToInt(t -> t.edges().size()).sum());
        assertErrorsOnTopAndEndsAtTheBottom(merged);
        assertEdgesTouchTheirEnds(merged);
    }

    @Test
    void nothingToShowGivesAnEmptyChart() {
        FlowGraph graph = FlowLayout.layout(List.of(), Sizer.approximate());

        assertTrue(graph.nodes().isEmpty());
        assertFalse(graph.width() > 0);
    }

    private static Set<String> ids(FlowGraph graph) {
        return graph.nodes().stream().map(FlowGraph.PlacedNode::id).collect(Collectors.toSet());
    }

    private static void assertErrorsOnTopAndEndsAtTheBottom(FlowGraph graph) {
        double lowestError = graph.nodes().stream().filter(n -> n.kind() == DecisionTree.Kind.ERROR)
                .mapToDouble(FlowGraph.PlacedNode::y).max().orElseThrow();
        double highestEnd = graph.nodes().stream()
                .filter(n -> n.kind() == DecisionTree.Kind.RESOLVED || n.kind() == DecisionTree.Kind.ESCALATE)
                .mapToDouble(FlowGraph.PlacedNode::y).min().orElseThrow();
        for (FlowGraph.PlacedNode node : graph.nodes()) {
            switch (node.kind()) {
                case ERROR, RESOLVED, ESCALATE -> { }
                default -> assertTrue(node.y() > lowestError && node.y() < highestEnd,
                        () -> node.id() + " is not between the errors and the ends");
            }
        }
    }

    private static void assertNoOverlap(FlowGraph graph) {
        List<FlowGraph.PlacedNode> nodes = graph.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                var a = nodes.get(i);
                var b = nodes.get(j);
                boolean apart = a.x() + a.w() <= b.x() || b.x() + b.w() <= a.x()
                        || a.y() + a.h() <= b.y() || b.y() + b.h() <= a.y();
                assertTrue(apart, () -> a.id() + " overlaps " + b.id());
            }
        }
    }

    private static void assertEdgesTouchTheirEnds(FlowGraph graph) {
        for (FlowGraph.PlacedEdge edge : graph.edges()) {
            var from = graph.node(edge.from()).orElseThrow();
            var to = graph.node(edge.to()).orElseThrow();
            assertTrue(edge.points().size() >= 2, () -> edge + " has no route");
            assertTrue(from.onBorder(edge.points().getFirst(), TOLERANCE),
                    () -> edge.from() + " -> " + edge.to() + " starts at " + edge.points().getFirst()
                            + ", not on " + from);
            assertTrue(to.onBorder(edge.points().getLast(), TOLERANCE),
                    () -> edge.from() + " -> " + edge.to() + " ends at " + edge.points().getLast() + ", not on " + to);
        }
    }
}
