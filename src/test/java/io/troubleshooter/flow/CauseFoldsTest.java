package io.troubleshooter.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Folding the causes off the path, and laying the folded ones out in rows. */
class CauseFoldsTest {

    private static DecisionTree tree;
    private static List<String> causes;

    @BeforeAll
    static void write() {
        ErrorEntry entry = ManyCauses.entry(8, 2);
        tree = entry.tree();
        causes = CauseFolds.causes(tree);
    }

    @Test
    void aWalkKeepsOpenTheCausesOnItsPathTheOneOnScreenAndTheNext() {
        String error = tree.nodes().getFirst().id();
        assertEquals(Set.of(causes.get(0)), CauseFolds.open(tree, List.of(), null), "nothing walked yet");
        assertEquals(Set.of(causes.get(0)), CauseFolds.open(tree, List.of(error), error));
        assertEquals(Set.of(causes.get(0), causes.get(1)),
                CauseFolds.open(tree, List.of(error, causes.get(0)), causes.get(0)));
        List<String> path = List.of(error, causes.get(0), "decision:" + causes.get(0).substring(6), causes.get(1),
                "decision:" + causes.get(1).substring(6), causes.get(2));
        assertEquals(Set.of(causes.get(0), causes.get(1), causes.get(2), causes.get(3)),
                CauseFolds.open(tree, path, causes.get(2)));
        assertEquals(Set.of(causes.get(0), causes.get(5), causes.get(6)),
                CauseFolds.open(tree, List.of(error, causes.get(0)), causes.get(5)), "a cause opened out of turn");
        assertEquals(Set.of(causes.get(0)), CauseFolds.open(tree, List.of(error, causes.get(0), DecisionTree.RESOLVED),
                DecisionTree.RESOLVED), "a walk that ended");
    }

    @Test
    void aFoldedCauseIsOneBoxWithItsNumberAndTitleAndNoSteps() {
        CauseFolds.Folded folded = CauseFolds.fold(List.of(tree), Set.of(causes.get(0), causes.get(1)));
        DecisionTree small = folded.trees().getFirst();

        assertEquals(Set.copyOf(causes.subList(2, 8)), folded.folds().keySet());
        CauseFolds.Fold fifth = folded.folds().get(causes.get(4));
        assertEquals(5, fifth.number());
        assertEquals("Part 5 of the VM is not ready", fifth.title());
        assertEquals(2, fifth.steps());
        Set<String> ids = small.nodes().stream().map(DecisionTree.Node::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(causes), "every cause keeps its box");
        long steps = small.nodes().stream().filter(n -> n.kind() == DecisionTree.Kind.STEP).count();
        assertEquals(4, steps, "the steps of the two open causes only");
        assertEquals(2, small.nodes().stream().filter(n -> n.kind() == DecisionTree.Kind.DECISION).count());
        for (int i = 2; i < 7; i++) {
            assertTrue(small.edges().contains(new DecisionTree.Edge(causes.get(i), causes.get(i + 1),
                    DecisionTree.Label.NEXT)), "folded causes follow one another");
        }
        assertTrue(small.edges().contains(new DecisionTree.Edge(causes.get(7), DecisionTree.ESCALATE,
                DecisionTree.Label.NEXT)));
        assertFalse(small.edges().stream().anyMatch(e -> folded.folds().containsKey(e.from())
                && e.to().equals(DecisionTree.RESOLVED)), "a folded cause has no answer of its own");
    }

    @Test
    void anErrorWithFewCausesIsNotFolded() {
        DecisionTree few = ManyCauses.entry(CauseFolds.MANY_CAUSES - 1, 2).tree();

        CauseFolds.Folded folded = CauseFolds.fold(List.of(few), Set.of());

        assertTrue(folded.folds().isEmpty());
        assertEquals(List.of(few), folded.trees());
    }

    @Test
    void foldedCausesThatFollowOneAnotherLieInRowsWithoutOverlapping() {
        CauseFolds.Folded folded = CauseFolds.fold(List.of(tree), Set.of(causes.get(0), causes.get(1)));
        FlowGraph column = FlowLayout.layout(folded.trees(), Sizer.approximate());
        FlowGraph rows = FlowLayout.layout(folded.trees(), Sizer.approximate(), folded.folds().keySet());

        assertEquals(column.nodes().size(), rows.nodes().size());
        List<FlowGraph.PlacedNode> boxes = rows.nodes().stream().filter(n -> folded.folds().containsKey(n.id()))
                .toList();
        long rowCount = boxes.stream().map(FlowGraph.PlacedNode::y).distinct().count();
        assertTrue(rowCount <= boxes.size() / 2, () -> "six folded boxes in " + rowCount + " rows");
        assertTrue(rows.height() < column.height() - 200, () -> rows.height() + " against " + column.height());
        for (FlowGraph.PlacedNode a : rows.nodes()) {
            for (FlowGraph.PlacedNode b : rows.nodes()) {
                boolean apart = a == b || a.x() + a.w() <= b.x() || b.x() + b.w() <= a.x()
                        || a.y() + a.h() <= b.y() || b.y() + b.h() <= a.y();
                assertTrue(apart, () -> a.id() + " overlaps " + b.id());
            }
        }
        for (FlowGraph.PlacedEdge edge : rows.edges()) {
            FlowGraph.PlacedNode from = rows.node(edge.from()).orElseThrow();
            FlowGraph.PlacedNode to = rows.node(edge.to()).orElseThrow();
            assertTrue(from.onBorder(edge.points().getFirst(), 0.5), () -> edge + " leaves " + from);
            assertTrue(to.onBorder(edge.points().getLast(), 0.5), () -> edge + " reaches " + to);
        }
    }
}
