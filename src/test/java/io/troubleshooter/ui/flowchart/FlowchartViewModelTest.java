package io.troubleshooter.ui.flowchart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.troubleshooter.flow.FlowGraph;
import io.troubleshooter.flow.Sizer;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.testing.TestArticles;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The flowchart's state, without a window. */
class FlowchartViewModelTest {

    private static DecisionTree tree;
    private static List<DecisionTree> article;

    private FlowchartViewModel vm;

    @BeforeAll
    static void load() {
        ErrorEntry entry = TestArticles.entry(TestArticles.VSS_WRITER);
        tree = entry.tree();
        article = TestArticles.articleTrees(entry);
    }

    @BeforeEach
    void create() {
        vm = new FlowchartViewModel();
    }

    @Test
    void showsNothingUntilGivenAnError() {
        assertTrue(vm.graph().nodes().isEmpty());

        vm.errorTreeProperty().set(tree);

        assertEquals(tree.nodes().size(), vm.graph().nodes().size());
    }

    @Test
    void theWholeArticleScopeMergesItsErrorsAndSwitchesBack() {
        vm.errorTreeProperty().set(tree);
        vm.articleTreesProperty().set(article);
        assertTrue(vm.articleAvailableProperty().get());

        vm.scopeProperty().set(FlowchartViewModel.Scope.ARTICLE);
        long distinct = article.stream().flatMap(t -> t.nodes().stream()).map(DecisionTree.Node::id).distinct().count();
        assertTrue(distinct < article.stream().mapToInt(t -> t.nodes().size()).sum(), "the errors share causes");
        assertEquals(distinct, vm.graph().nodes().size());

        vm.scopeProperty().set(FlowchartViewModel.Scope.ERROR);
        assertEquals(tree.nodes().size(), vm.graph().nodes().size());
    }

    @Test
    void anArticleWithOneErrorOffersNoArticleScope() {
        vm.errorTreeProperty().set(tree);
        vm.articleTreesProperty().set(List.of(tree));
        vm.scopeProperty().set(FlowchartViewModel.Scope.ARTICLE);

        assertFalse(vm.articleAvailableProperty().get());
        assertEquals(tree.nodes().size(), vm.graph().nodes().size());
    }

    @Test
    void openingANodeCallsTheHookWithItsIdButIgnoresUnknownIds() {
        var opened = new ArrayList<String>();
        vm.onOpenNodeProperty().set(opened::add);
        vm.errorTreeProperty().set(tree);

        vm.open(tree.nodes().get(1).id());
        vm.open("cause:not-in-this-chart");

        assertEquals(List.of(tree.nodes().get(1).id()), opened);
    }

    @Test
    void zoomStaysWithinItsLimits() {
        for (int i = 0; i < 20; i++) {
            vm.zoomIn();
        }
        assertEquals(FlowchartViewModel.MAX_ZOOM, vm.zoom());
        for (int i = 0; i < 40; i++) {
            vm.zoomOut();
        }
        assertEquals(FlowchartViewModel.MIN_ZOOM, vm.zoom());
    }

    @Test
    void fitShrinksATallChartToTheViewportButNeverEnlargesASmallOne() {
        vm.errorTreeProperty().set(tree);
        FlowGraph graph = vm.graph();

        vm.fit(graph.width() * 10, graph.height() / 4);
        assertEquals(0.25, vm.zoom(), 1e-9);

        vm.fit(graph.width() * 10, graph.height() * 10);
        assertEquals(1.0, vm.zoom());
    }

    @Test
    void fitWidthKeepsALargeChartReadableAndNeverEnlargesASmallOne() {
        vm.errorTreeProperty().set(tree);
        FlowGraph graph = vm.graph();

        vm.fitWidth(graph.width() / 10);
        assertEquals(FlowchartViewModel.READABLE_ZOOM, vm.zoom(), 1e-9);

        vm.fitWidth(graph.width() * 0.8);
        assertEquals(0.8, vm.zoom(), 1e-9);

        vm.fitWidth(graph.width() * 10);
        assertEquals(1.0, vm.zoom());
    }

    @Test
    void anEdgeIsTakenWhenThePathGoesFromItsSourceStraightToItsTarget() {
        vm.pathProperty().setAll("a", "b", "c");

        assertTrue(vm.taken("a", "b"));
        assertTrue(vm.taken("b", "c"));
        assertFalse(vm.taken("a", "c"));
        assertFalse(vm.taken("b", "a"));
    }

    @Test
    void theSizerDecidesTheBoxes() {
        vm.errorTreeProperty().set(tree);
        assertTrue(vm.graph().nodes().stream().noneMatch(n -> n.w() == 100 && n.h() == 40), "before: approximate");

        vm.sizerProperty().set(node -> new Sizer.Size(100, 40));

        assertEquals(tree.nodes().size(), vm.graph().nodes().size());
        assertTrue(vm.graph().nodes().stream().allMatch(n -> n.w() == 100 && n.h() == 40), vm.graph()::toString);
    }
}
