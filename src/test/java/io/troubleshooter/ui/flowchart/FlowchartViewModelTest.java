package io.troubleshooter.ui.flowchart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.troubleshooter.flow.CauseFolds;
import io.troubleshooter.flow.FlowGraph;
import io.troubleshooter.flow.ManyCauses;
import io.troubleshooter.flow.Sizer;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.testing.TestArticles;
import io.troubleshooter.ui.Settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        vm.onlyPathProperty().set(false);
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

    @Test
    void theCausesOffThePathOfAManyCauseErrorAreFoldedAndFollowTheWalk() {
        DecisionTree many = ManyCauses.entry(8, 2).tree();
        List<String> causes = CauseFolds.causes(many);
        vm.errorTreeProperty().set(many);
        vm.pathProperty().setAll(many.nodes().getFirst().id(), causes.get(0));
        vm.currentNodeProperty().set(causes.get(0));

        assertTrue(vm.foldableProperty().get());
        assertEquals(Set.copyOf(causes.subList(2, 8)), foldedIn(vm.graph()));
        assertEquals(4, count(vm.graph(), DecisionTree.Kind.STEP));

        vm.currentNodeProperty().set(causes.get(1));
        assertEquals(Set.copyOf(causes.subList(3, 8)), foldedIn(vm.graph()), "the cause after the one on screen opens");

        vm.toggleOnlyPath();
        assertFalse(vm.onlyPathProperty().get());
        assertEquals(many.nodes().size(), vm.graph().nodes().size(), "every step drawn");
        assertEquals(Set.of(), foldedIn(vm.graph()));
    }

    @Test
    void openingAFoldedCauseUnfoldsItRatherThanOpeningItInTheGuide() {
        DecisionTree many = ManyCauses.entry(6, 3).tree();
        List<String> causes = CauseFolds.causes(many);
        var opened = new ArrayList<String>();
        vm.onOpenNodeProperty().set(opened::add);
        vm.errorTreeProperty().set(many);
        assertTrue(vm.fold(causes.get(4)).isPresent());
        int before = count(vm.graph(), DecisionTree.Kind.STEP);

        vm.open(causes.get(4));

        assertEquals(List.of(), opened);
        assertTrue(vm.fold(causes.get(4)).isEmpty());
        assertEquals(before + 3, count(vm.graph(), DecisionTree.Kind.STEP));
        vm.open(causes.get(4));
        assertEquals(List.of(causes.get(4)), opened, "once unfolded, it opens in the guide");

        vm.toggleOnlyPath();
        vm.toggleOnlyPath();
        assertTrue(vm.fold(causes.get(4)).isPresent(), "only the path folds it again");
    }

    @Test
    void theWholeArticleFoldsTheCausesOffThisErrorsPath() {
        vm.errorTreeProperty().set(tree);
        vm.articleTreesProperty().set(article);
        vm.scopeProperty().set(FlowchartViewModel.Scope.ARTICLE);

        assertTrue(vm.foldableProperty().get(), "the article's errors have more causes than this one");
        Set<String> folded = foldedIn(vm.graph());
        assertFalse(folded.isEmpty());
        assertFalse(folded.contains(CauseFolds.causes(tree).getFirst()), "the first cause of this error is open");
        long distinct = article.stream().flatMap(t -> t.nodes().stream()).map(DecisionTree.Node::id).distinct().count();
        assertTrue(vm.graph().nodes().size() < distinct);
    }

    @Test
    void anErrorWithFewCausesIsDrawnWhole() {
        vm.errorTreeProperty().set(tree);

        assertFalse(vm.foldableProperty().get());
        assertTrue(vm.onlyPathProperty().get());
        assertEquals(tree.nodes().size(), vm.graph().nodes().size());
    }

    @Test
    void theChoicesOfOnlyThePathAndTheMapAreRemembered(@TempDir Path dir) {
        Path file = dir.resolve("settings.properties");
        Settings settings = Settings.load(file);
        assertTrue(settings.flowchartOnlyPath().get());
        assertTrue(settings.flowchartMinimap().get());

        settings.flowchartOnlyPath().set(false);
        settings.flowchartMinimap().set(false);
        settings.flush();

        Settings again = Settings.load(file);
        assertFalse(again.flowchartOnlyPath().get());
        assertFalse(again.flowchartMinimap().get());
    }

    /** The causes drawn without their steps: no route leads from them to a step. */
    private static Set<String> foldedIn(FlowGraph graph) {
        return graph.nodes().stream().filter(n -> n.kind() == DecisionTree.Kind.CAUSE)
                .filter(n -> graph.edges().stream().filter(e -> e.from().equals(n.id()))
                        .noneMatch(e -> graph.node(e.to()).orElseThrow().kind() == DecisionTree.Kind.STEP))
                .map(FlowGraph.PlacedNode::id).collect(Collectors.toSet());
    }

    private static int count(FlowGraph graph, DecisionTree.Kind kind) {
        return (int) graph.nodes().stream().filter(n -> n.kind() == kind).count();
    }
}
