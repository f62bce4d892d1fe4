package io.troubleshooter.ui.flowchart;

import io.troubleshooter.flow.CauseFolds;
import io.troubleshooter.flow.FlowGraph;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.ui.i18n.I18n;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.StringBinding;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** The drawn chart at its natural size: a box per node, a route with an arrowhead per edge. */
final class FlowCanvas extends Pane {

    static final String NODE = "flow-node";
    static final String EDGE = "flow-edge";
    static final String CURRENT = "flow-current";
    static final String TAKEN = "flow-taken";
    static final String FOLDED = "flow-folded";

    private final I18n i18n;
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<FlowGraph.PlacedEdge, Node> edges = new HashMap<>();

    FlowCanvas(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("flow-canvas");
    }

    void show(FlowGraph graph, NodeText text, Consumer<String> open) {
        getChildren().clear();
        nodes.clear();
        edges.clear();
        setMinSize(graph.width(), graph.height());
        setPrefSize(graph.width(), graph.height());
        setMaxSize(graph.width(), graph.height());
        var placed = new HashMap<String, FlowGraph.PlacedNode>();
        graph.nodes().forEach(n -> placed.put(n.id(), n));
        for (FlowGraph.PlacedEdge edge : graph.edges()) {
            Node drawn = edge(edge, FlowShapes.attached(edge.points(), placed.get(edge.from()), placed.get(edge.to())));
            edges.put(edge, drawn);
            getChildren().add(drawn);
        }
        for (FlowGraph.PlacedNode node : graph.nodes()) {
            Node drawn = node(node, text, open);
            nodes.put(node.id(), drawn);
            getChildren().add(drawn);
        }
    }

    void highlight(String current, FlowchartViewModel vm) {
        nodes.forEach((id, node) -> {
            mark(node, CURRENT, id.equals(current));
            mark(node, TAKEN, vm.pathProperty().contains(id));
        });
        edges.forEach((edge, node) -> mark(node, TAKEN, vm.taken(edge.from(), edge.to())));
    }

    Node nodeView(String id) {
        return nodes.get(id);
    }

    private Node node(FlowGraph.PlacedNode placed, NodeText text, Consumer<String> open) {
        Optional<CauseFolds.Fold> fold = text.fold(placed.id());
        if (fold.isPresent()) {
            return folded(placed, text, fold.get(), open);
        }
        var source = new DecisionTree.Node(placed.id(), placed.kind(), placed.label(), null);
        NodeText.Fitted fitted = text.fitted(source);
        Shape outline = FlowShapes.outline(placed.kind(), placed.w(), placed.h());
        outline.getStyleClass().add("flow-shape");
        Text label = NodeText.text(fitted);
        label.getStyleClass().add("flow-label");
        Bounds bounds = label.getLayoutBounds();
        label.relocate((placed.w() - bounds.getWidth()) / 2, (placed.h() - bounds.getHeight()) / 2);

        var box = box(placed, open, i18n.text("flowchart.node.tooltip", text.label(source)), outline, label);
        box.getStyleClass().addAll(NODE, FlowShapes.styleClass(placed.kind()));
        return box;
    }

    /** A node's box at its place in the layout, opened by a click, with its words in a tooltip. */
    private static Pane box(FlowGraph.PlacedNode placed, Consumer<String> open, StringBinding tip, Node... drawn) {
        var box = new Pane(drawn);
        box.setId(placed.id());
        box.setUserData(placed.id());
        box.relocate(placed.x(), placed.y());
        box.resize(placed.w(), placed.h());
        box.setPrefSize(placed.w(), placed.h());
        box.setCursor(Cursor.HAND);
        box.setPickOnBounds(false);
        box.setOnMouseClicked(event -> open.accept(placed.id()));
        var tooltip = new Tooltip();
        tooltip.textProperty().bind(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(box, tooltip);
        return box;
    }

    /** A folded cause: a small dashed box with its number and title over how many steps it hides. */
    private Node folded(FlowGraph.PlacedNode placed, NodeText text, CauseFolds.Fold fold, Consumer<String> open) {
        NodeText.Folded words = text.folded(fold);
        Shape outline = FlowShapes.outline(placed.kind(), placed.w(), placed.h());
        outline.getStyleClass().add("flow-shape");
        Text title = NodeText.text(words.title());
        title.getStyleClass().add("flow-label");
        Text steps = NodeText.text(words.steps());
        steps.getStyleClass().add("flow-folded-steps");
        double top = (placed.h() - words.height()) / 2;
        Bounds titleBounds = title.getLayoutBounds();
        title.relocate((placed.w() - titleBounds.getWidth()) / 2, top);
        Bounds stepsBounds = steps.getLayoutBounds();
        steps.relocate((placed.w() - stepsBounds.getWidth()) / 2, placed.h() - top - stepsBounds.getHeight());

        String fullTitle = text.label(new DecisionTree.Node(placed.id(), placed.kind(), fold.title(), null));
        var box = box(placed, open, i18n.text("flowchart.node.folded.tooltip", fold.number(), fullTitle),
                outline, title, steps);
        box.getStyleClass().addAll(NODE, FlowShapes.styleClass(placed.kind()), FOLDED);
        return box;
    }

    private Node edge(FlowGraph.PlacedEdge placed, List<FlowGraph.Point> points) {
        var line = new Polyline();
        points.forEach(p -> line.getPoints().addAll(p.x(), p.y()));
        line.getStyleClass().add("flow-edge-line");
        var arrow = FlowShapes.arrowhead(points);
        arrow.getStyleClass().add("flow-edge-arrow");
        var group = new Group(line, arrow);
        group.getStyleClass().add(EDGE);
        if (placed.backward()) {
            group.getStyleClass().add("flow-edge-back");
        }
        group.setUserData(placed.from() + " -> " + placed.to());
        if (placed.label() != DecisionTree.Label.NEXT) {
            group.getChildren().add(edgeLabel(placed, placed.points().getFirst()));
        }
        return group;
    }

    /** Yes / no / or, beside the route where it leaves its box. */
    private Text edgeLabel(FlowGraph.PlacedEdge placed, FlowGraph.Point start) {
        String kind = placed.label().name().toLowerCase(Locale.ROOT);
        var label = new Text();
        label.textProperty().bind(i18n.text("flowchart.edge." + kind));
        label.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 11));
        label.getStyleClass().addAll("flow-edge-label", "flow-edge-" + kind);
        label.setX(start.x() + 5);
        label.setY(start.y() + 13);
        return label;
    }

    private static void mark(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
