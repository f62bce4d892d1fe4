package io.troubleshooter.ui.flowchart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.testing.TestArticles;
import io.troubleshooter.ui.i18n.I18n;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FlowchartViewTest {


    private final List<String> opened = new ArrayList<>();
    private FlowchartViewModel vm;
    private FlowchartView view;
    private DecisionTree tree;
    private List<DecisionTree> article;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ErrorEntry entry = TestArticles.entry(TestArticles.VSS_WRITER);
        tree = entry.tree();
        article = TestArticles.articleTrees(entry);
        vm = new FlowchartViewModel();
        vm.errorTreeProperty().set(tree);
        vm.articleTreesProperty().set(article);
        vm.onOpenNodeProperty().set(opened::add);
        vm.pathProperty().setAll(id(0), id(1), id(2));
        vm.currentNodeProperty().set(id(2));
        view = new FlowchartView(vm, I18n.english());
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    private String id(int index) {
        return tree.nodes().get(index).id();
    }

    @Test
    void drawsOneBoxPerNodeOfTheTree(FxRobot robot) {
        Set<Node> boxes = robot.lookup(".flow-node").queryAll();

        assertEquals(tree.nodes().size(), boxes.size());
        assertEquals(tree.nodes().stream().map(DecisionTree.Node::id).collect(Collectors.toSet()),
                boxes.stream().map(Node::getId).collect(Collectors.toSet()));
        assertEquals(tree.nodes().stream().filter(n -> n.kind() == DecisionTree.Kind.CAUSE).count(),
                robot.lookup(".flow-node.flow-cause").queryAll().size());
    }

    @Test
    void clickingACauseOpensItInTheGuide(FxRobot robot) {
        String cause = tree.nodes().stream().filter(n -> n.kind() == DecisionTree.Kind.CAUSE).findFirst()
                .orElseThrow().id();

        robot.clickOn(view.nodeView(cause));

        assertEquals(List.of(cause), opened);
    }

    @Test
    void theNodeTheGuideIsOnAndThePathTakenStandOut(FxRobot robot) {
        assertTrue(view.nodeView(id(2)).getStyleClass().contains("flow-current"));
        assertEquals(1, robot.lookup(".flow-current").queryAll().size());
        assertEquals(Set.of(id(0), id(1), id(2)),
                robot.lookup(".flow-node.flow-taken").queryAll().stream().map(Node::getId).collect(Collectors.toSet()));
        assertEquals(2, robot.lookup(".flow-edge.flow-taken").queryAll().size());

        robot.interact(() -> vm.currentNodeProperty().set(id(3)));

        assertFalse(view.nodeView(id(2)).getStyleClass().contains("flow-current"));
        assertTrue(view.nodeView(id(3)).getStyleClass().contains("flow-current"));
    }

    @Test
    void ctrlAndTheWheelZoomAroundThePointer(FxRobot robot) {
        Label level = robot.lookup(".flow-zoom-level").queryAs(Label.class);
        assertEquals("100%", level.getText());
        Node chart = view.nodeView(id(1)).getParent();
        Point2D pointer = centreOnScreen(view.nodeView(id(1)));
        robot.moveTo(pointer);

        Point2D before = chart.screenToLocal(pointer);
        robot.press(KeyCode.CONTROL).scroll(2, VerticalDirection.UP).release(KeyCode.CONTROL);
        double afterTwo = vm.zoom();
        Point2D afterFirst = chart.localToScreen(before);
        Point2D middle = chart.screenToLocal(pointer);
        robot.press(KeyCode.CONTROL).scroll(4, VerticalDirection.DOWN).release(KeyCode.CONTROL);
        Point2D afterSecond = chart.localToScreen(middle);

        assertEquals(2, Math.abs(Math.log(afterTwo) / Math.log(1.1)), 1e-6, () -> "two notches, 10% each: " + afterTwo);
        assertEquals(1 / afterTwo, vm.zoom(), 1e-6, "four notches back end as far the other way");
        assertEquals(Math.round(vm.zoom() * 100) + "%", level.getText());
        // The chart is taller than the window: zooming in, it can scroll so what was under the pointer stays there.
        // (It is narrower than the window, so it stays centred across.)
        Point2D zoomedIn = afterTwo > 1 ? afterFirst : afterSecond;
        assertEquals(pointer.getY(), zoomedIn.getY(), 1.5, () -> "the point under the pointer moved to " + zoomedIn);
    }

    @Test
    void withoutCtrlTheWheelScrollsInsteadOfZooming(FxRobot robot) {
        ScrollPane scroller = robot.lookup(".flow-scroll").queryAs(ScrollPane.class);
        assertTrue(vm.graph().height() > scroller.getViewportBounds().getHeight(),
                () -> "the chart is taller than the window: " + vm.graph().height() + " in "
                        + scroller.getViewportBounds());
        // Half way down, so the wheel can move it either way (the headless robot's wheel turns by a pixel a notch).
        robot.interact(() -> scroller.setVvalue(0.5));
        Node chart = scroller.getContent();
        double before = chart.localToScreen(chart.getLayoutBounds()).getMinY();

        robot.moveTo(scroller).scroll(3, VerticalDirection.DOWN);

        assertEquals(1.0, vm.zoom());
        assertEquals("100%", robot.lookup(".flow-zoom-level").queryAs(Label.class).getText());
        assertNotEquals(0.5, scroller.getVvalue(), "the chart scrolled");
        double moved = chart.localToScreen(chart.getLayoutBounds()).getMinY() - before;
        assertTrue(Math.abs(moved) >= 2, () -> "the chart moved on screen by " + moved + " px");
    }

    private static Point2D centreOnScreen(Node node) {
        var bounds = node.localToScreen(node.getLayoutBounds());
        return new Point2D(bounds.getCenterX(), bounds.getCenterY());
    }

    @Test
    void labelsStayInsideTheirBoxes(FxRobot robot) {
        for (Node box : robot.lookup(".flow-node").queryAll()) {
            var label = robot.from(box).lookup(".flow-label").queryAs(Text.class);
            var text = label.getBoundsInParent();
            var outline = box.getLayoutBounds();
            assertTrue(outline.contains(text), () -> box.getId() + ": " + text + " outside " + outline);
            assertFalse(label.getText().isBlank(), box.getId());
        }
    }

    @Test
    void decisionsAndEndsSpeakTheUisLanguage(FxRobot robot) {
        assertEquals("Resolved?", labelOf(robot, decisionId()));
        assertEquals("Resolved", labelOf(robot, DecisionTree.RESOLVED));
        assertEquals("Escalate to support", labelOf(robot, DecisionTree.ESCALATE));
        Set<String> edgeLabels = robot.lookup(".flow-edge-label").queryAll().stream()
                .map(n -> ((Text) n).getText()).collect(Collectors.toSet());
        assertEquals(Set.of("Yes", "No"), edgeLabels);
    }

    @Test
    void theWholeArticleDrawsASharedCauseOnce(FxRobot robot) {
        robot.clickOn(robot.lookup(".flow-scope .toggle-button").nth(1).queryAs(Node.class));
        // Every step drawn: the article has enough causes that only the path folds some.
        robot.clickOn("#flow-fold");

        Set<String> distinct = article.stream().flatMap(t -> t.nodes().stream()).map(DecisionTree.Node::id)
                .collect(Collectors.toSet());
        assertEquals(FlowchartViewModel.Scope.ARTICLE, vm.scopeProperty().get());
        assertEquals(distinct.size(), robot.lookup(".flow-node").queryAll().size());
        assertTrue(distinct.size() < article.stream().mapToInt(t -> t.nodes().size()).sum());
    }

    @Test
    void exportWritesAPictureTwiceTheChartsSize(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("chart.png");

        assertTrue(export(file));

        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "a readable PNG");
        assertEquals(Math.round(2 * vm.graph().width()), image.getWidth(), 2);
        assertEquals(Math.round(2 * vm.graph().height()), image.getHeight(), 2);
        assertEquals("Saved chart.png", robot.lookup(".flow-status").queryAs(Label.class).getText());
    }

    @Test
    void aFailedExportIsReportedNotThrown(FxRobot robot, @TempDir Path dir) throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");

        assertFalse(export(notADirectory.resolve("chart.png")));

        assertTrue(robot.lookup(".flow-status").queryAs(Label.class).getText().startsWith("The image was not saved"));
    }

    private boolean export(Path file) throws InterruptedException, ExecutionException {
        return WaitForAsyncUtils.asyncFx(() -> view.exportPng(file)).get();
    }

    private String decisionId() {
        return tree.nodes().stream().filter(n -> n.kind() == DecisionTree.Kind.DECISION).findFirst().orElseThrow().id();
    }

    private String labelOf(FxRobot robot, String nodeId) {
        return robot.from(view.nodeView(nodeId)).lookup(".flow-label").queryAs(Text.class).getText();
    }
}
