package io.troubleshooter.ui.flowchart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.troubleshooter.flow.CauseFolds;
import io.troubleshooter.flow.FlowGraph;
import io.troubleshooter.flow.ManyCauses;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.ui.i18n.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A chart with many causes in a small window: folded off the path, readable at Fit, and the overview map. */
@ExtendWith(ApplicationExtension.class)
class FlowchartFoldingViewTest {

    private final List<String> opened = new ArrayList<>();
    private final I18n i18n = I18n.english();
    private FlowchartViewModel vm;
    private FlowchartView view;
    private DecisionTree tree;
    private List<String> causes;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        tree = ManyCauses.entry(8, 1).tree();
        causes = CauseFolds.causes(tree);
        vm = new FlowchartViewModel();
        vm.onOpenNodeProperty().set(opened::add);
        vm.errorTreeProperty().set(tree);
        vm.pathProperty().setAll(tree.nodes().getFirst().id(), causes.getFirst());
        vm.currentNodeProperty().set(causes.getFirst());
        view = new FlowchartView(vm, i18n);
        stage.setScene(new Scene(view, 1024, 640));
        stage.show();
    }

    @Test
    void theCausesOffThePathAreFoldedAndTheChartFitsAtAReadableZoom(FxRobot robot) {
        assertEquals(6, robot.lookup(".flow-node.flow-folded").queryAll().size());
        assertEquals("Show all steps", robot.lookup("#flow-fold").queryAs(Button.class).getText());
        assertNull(view.nodeView("step:" + causes.get(4).substring(6) + "/1"), "a folded cause's step is not drawn");

        robot.clickOn("#flow-fit");

        assertTrue(vm.zoom() >= FlowchartViewModel.READABLE_ZOOM, () -> "fit at " + vm.zoom());
        Bounds viewport = robot.lookup(".flow-scroll").queryAs(ScrollPane.class).localToScene(
                robot.lookup(".flow-scroll").queryAs(ScrollPane.class).getLayoutBounds());
        for (Node box : robot.lookup(".flow-node").queryAll()) {
            Bounds onScreen = box.localToScene(box.getLayoutBounds());
            assertTrue(viewport.contains(onScreen), () -> box.getId() + " at " + onScreen + " is off " + viewport);
        }
    }

    @Test
    void showAllStepsDrawsEveryCauseInFullAndIsTooTallToReadWhole(FxRobot robot) {
        robot.clickOn("#flow-fold");

        assertEquals(0, robot.lookup(".flow-node.flow-folded").queryAll().size());
        assertEquals(tree.nodes().size(), robot.lookup(".flow-node").queryAll().size());
        assertEquals("Only the path", robot.lookup("#flow-fold").queryAs(Button.class).getText());
        robot.clickOn("#flow-fit");
        assertTrue(vm.zoom() < FlowchartViewModel.READABLE_ZOOM, () -> "the whole chart fits at " + vm.zoom());

        robot.clickOn("#flow-fold");
        assertEquals(6, robot.lookup(".flow-node.flow-folded").queryAll().size());
    }

    @Test
    void clickingAFoldedCauseDrawsItsStepsWithoutLeavingTheChart(FxRobot robot) {
        String fifth = causes.get(4);
        robot.clickOn("#flow-fit");
        Node folded = view.nodeView(fifth);
        assertTrue(folded.getStyleClass().contains("flow-folded"));

        robot.clickOn(folded);

        assertEquals(List.of(), opened, "the guide was not asked to open it");
        Node unfolded = view.nodeView(fifth);
        assertFalse(unfolded.getStyleClass().contains("flow-folded"));
        assertNotNull(view.nodeView("step:" + fifth.substring(6) + "/1"), "its step is drawn");
        assertEquals(5, robot.lookup(".flow-node.flow-folded").queryAll().size());
    }

    @Test
    void theMapShowsForAChartLargerThanTheViewAndAClickOnItMovesTheView(FxRobot robot) {
        robot.interact(() -> vm.setZoom(1.5));
        Node map = view.minimap();
        assertTrue(map.isVisible(), "the chart is larger than the view at 150%");
        ScrollPane scroll = robot.lookup(".flow-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(0));
        Node drawing = robot.from(map).lookup(".flow-minimap-drawing").query();
        Bounds small = drawing.localToScreen(drawing.getLayoutBounds());

        robot.clickOn(new Point2D(small.getCenterX(), small.getMaxY() - 4));

        assertTrue(scroll.getVvalue() > 0.9, () -> "scrolled to " + scroll.getVvalue());
        Bounds mapOnScreen = map.localToScreen(map.getLayoutBounds());
        Bounds toolbar = robot.lookup(".flow-toolbar").query().localToScreen(
                robot.lookup(".flow-toolbar").query().getLayoutBounds());
        assertFalse(mapOnScreen.intersects(toolbar), "the map leaves the toolbar clear");

        robot.clickOn(".flow-minimap-hide");
        assertFalse(map.isVisible());
        assertFalse(vm.minimapShownProperty().get());
    }

    @Test
    void theMapMovesAsideRatherThanCoverTheNodeTheGuideIsOn(FxRobot robot) {
        // Every step drawn, so the chart stays the same wherever the guide is; its bottom-right corner on screen.
        ScrollPane scroll = robot.lookup(".flow-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            vm.onlyPathProperty().set(false);
            vm.setZoom(2);
        });
        robot.interact(() -> {
            scroll.setHvalue(1);
            scroll.setVvalue(1);
        });
        Node map = view.minimap();
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds corner = sceneBounds(map);
        assertTrue(corner.getMaxX() - viewport.getMinX() > viewport.getMaxX() - corner.getMinX(), "on the right");
        // A node wholly on screen that the map, where it is, covers: the guide moves on to it.
        String underneath = vm.graph().nodes().stream().map(FlowGraph.PlacedNode::id)
                .filter(id -> viewport.contains(sceneBounds(view.nodeView(id))))
                .filter(id -> corner.intersects(sceneBounds(view.nodeView(id))))
                .findFirst().orElseThrow(() -> new AssertionError("no node under the map at " + corner));

        robot.interact(() -> vm.currentNodeProperty().set(underneath));

        Bounds covered = sceneBounds(map);
        assertTrue(map.isVisible());
        assertFalse(covered.intersects(sceneBounds(view.nodeView(underneath))), () -> underneath + " under the map");
        assertTrue(covered.getMinX() - viewport.getMinX() < viewport.getMaxX() - covered.getMaxX(), "on the left");
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "pt-BR"})
    void everyToolStaysOnTheToolbarInEveryLanguage(String language, FxRobot robot) {
        robot.interact(() -> i18n.localeProperty().set(Locale.forLanguageTag(language)));

        Node overflow = robot.lookup(".flow-toolbar .tool-bar-overflow-button").query();
        assertTrue(overflow == null || !overflow.isVisible(), "tools hidden behind the toolbar's overflow menu");
        String showAll = robot.lookup("#flow-fold").queryAs(Button.class).getText();
        assertEquals(i18n.get("flowchart.fold.showAll"), showAll);
        robot.interact(() -> i18n.localeProperty().set(Locale.ENGLISH));
    }

    @Test
    void theMapIsAbsentWhenTheWholeChartIsOnScreen(FxRobot robot) {
        robot.interact(() -> vm.setZoom(1.5));
        assertTrue(view.minimap().isVisible());

        robot.clickOn("#flow-fit");

        assertFalse(view.minimap().isVisible());
    }
}
