package io.troubleshooter.ui.flowchart;

import io.troubleshooter.flow.FlowGraph;
import io.troubleshooter.ui.i18n.I18n;

import java.util.HashMap;
import java.util.Map;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The whole chart in small in a corner of the view, with a frame around the part on screen: pressing or dragging
 * on it moves the view there. It shows only while the chart is larger than the window and the engineer wants it,
 * and moves to the other corner rather than cover the node the guide is on.
 */
final class FlowMinimap extends StackPane {

    static final double MAX_WIDTH = 200;
    static final double MAX_HEIGHT = 150;
    static final double MIN_WIDTH = 90;
    static final double MIN_HEIGHT = 110;
    private static final double PAD = 6;
    private static final String CURRENT = "flow-minimap-current";
    /** Clear of the scroll bars. */
    private static final double MARGIN = 22;

    private final ScrollPane scroll;
    private final Region holder;
    private final FlowCanvas chart;
    private final BooleanProperty wanted;
    private final Pane drawing = new Pane();
    private final Group shapes = new Group();
    private final Rectangle frame = new Rectangle();
    private final Button hide = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
    private final Map<String, Node> boxes = new HashMap<>();
    private FlowGraph graph = FlowGraph.EMPTY;
    private double scaleX = 1;
    private double scaleY = 1;
    private @Nullable String current;

    FlowMinimap(ScrollPane scroll, Region holder, FlowCanvas chart, BooleanProperty wanted, I18n i18n) {
        this.scroll = scroll;
        this.holder = holder;
        this.chart = chart;
        this.wanted = wanted;
        getStyleClass().add("flow-minimap");
        frame.getStyleClass().add("flow-minimap-frame");
        frame.setMouseTransparent(true);
        drawing.getChildren().addAll(shapes, frame);
        drawing.getStyleClass().add("flow-minimap-drawing");
        drawing.setCursor(Cursor.CROSSHAIR);
        hide.getStyleClass().addAll("button-icon", "flat", "flow-minimap-hide");
        hide.setFocusTraversable(false);
        var tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.text("flowchart.minimap.hide"));
        hide.setTooltip(tooltip);
        hide.setOnAction(e -> wanted.set(false));
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, new Insets(0, MARGIN, MARGIN, MARGIN));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var header = new HBox(spacer, hide);
        header.getStyleClass().add("flow-minimap-header");
        getChildren().add(new VBox(header, drawing));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setVisible(false);
        drawing.addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveTo);
        drawing.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveTo);
        for (Observable o : new Observable[] {scroll.hvalueProperty(), scroll.vvalueProperty(),
                scroll.viewportBoundsProperty(), holder.layoutBoundsProperty(), chart.localToSceneTransformProperty(),
                wanted}) {
            o.addListener(x -> update());
        }
        scroll.heightProperty().addListener((obs, old, now) -> {
            if (Math.abs(now.doubleValue() - old.doubleValue()) > 1) {
                show(graph);
            }
        });
    }

    /** Draws a new chart in small. */
    void show(FlowGraph shown) {
        graph = shown;
        shapes.getChildren().clear();
        boxes.clear();
        // A tall chart gets a taller map, up to two fifths of the view, and is widened rather than drawn as a sliver.
        double maxHeight = Math.clamp(scroll.getHeight() * 0.4, MIN_HEIGHT, 2 * MAX_HEIGHT);
        scaleY = shown.width() <= 0 || shown.height() <= 0 ? 1
                : Math.min(MAX_WIDTH / shown.width(), maxHeight / shown.height());
        scaleX = shown.width() <= 0 ? 1 : Math.max(scaleY, Math.min(MIN_WIDTH, MAX_WIDTH) / shown.width());
        for (FlowGraph.PlacedEdge edge : shown.edges()) {
            var line = new Polyline();
            edge.points().forEach(p -> line.getPoints().addAll(p.x() * scaleX + PAD, p.y() * scaleY + PAD));
            line.getStyleClass().add("flow-minimap-edge");
            shapes.getChildren().add(line);
        }
        for (FlowGraph.PlacedNode node : shown.nodes()) {
            var box = new Rectangle(node.x() * scaleX + PAD, node.y() * scaleY + PAD,
                    Math.max(2, node.w() * scaleX), Math.max(2, node.h() * scaleY));
            box.getStyleClass().addAll("flow-minimap-node", FlowShapes.styleClass(node.kind()));
            boxes.put(node.id(), box);
            shapes.getChildren().add(box);
        }
        double w = shown.width() * scaleX + 2 * PAD;
        double h = shown.height() * scaleY + 2 * PAD;
        drawing.setMinSize(w, h);
        drawing.setPrefSize(w, h);
        drawing.setMaxSize(w, h);
        markCurrent(current);
        update();
    }

    /** Marks the node the guide is on. */
    void markCurrent(@Nullable String id) {
        current = id;
        boxes.forEach((key, box) -> {
            box.getStyleClass().remove(CURRENT);
            if (key.equals(id)) {
                box.getStyleClass().add(CURRENT);
            }
        });
        update();
    }

    /** The part of the chart on screen, in the chart's own coordinates. */
    Bounds visiblePart() {
        Bounds viewport = scroll.getViewportBounds();
        double left = scroll.getHvalue() * Math.max(0, holder.getWidth() - viewport.getWidth());
        double top = scroll.getVvalue() * Math.max(0, holder.getHeight() - viewport.getHeight());
        return chart.sceneToLocal(holder.localToScene(new BoundingBox(left, top, viewport.getWidth(),
                viewport.getHeight())));
    }

    /** Scrolls the view so the chart's point {@code (x, y)} is in its middle, as far as the chart allows. */
    void centreOn(double x, double y) {
        Point2D at = holder.sceneToLocal(chart.localToScene(x, y));
        Bounds viewport = scroll.getViewportBounds();
        double extraWidth = holder.getWidth() - viewport.getWidth();
        double extraHeight = holder.getHeight() - viewport.getHeight();
        if (extraWidth > 0) {
            scroll.setHvalue(Math.clamp((at.getX() - viewport.getWidth() / 2) / extraWidth, 0, 1));
        }
        if (extraHeight > 0) {
            scroll.setVvalue(Math.clamp((at.getY() - viewport.getHeight() / 2) / extraHeight, 0, 1));
        }
    }

    private void moveTo(MouseEvent event) {
        centreOn((event.getX() - PAD) / scaleX, (event.getY() - PAD) / scaleY);
        event.consume();
    }

    private void update() {
        if (holder.getScene() == null || graph.nodes().isEmpty()) {
            setVisible(false);
            return;
        }
        Bounds visible = visiblePart();
        boolean allOnScreen = visible.getMinX() <= 0.5 && visible.getMinY() <= 0.5
                && visible.getMaxX() >= graph.width() - 0.5 && visible.getMaxY() >= graph.height() - 0.5;
        setVisible(wanted.get() && !allOnScreen);
        double x = Math.max(0, visible.getMinX());
        double y = Math.max(0, visible.getMinY());
        frame.setX(x * scaleX + PAD);
        frame.setY(y * scaleY + PAD);
        frame.setWidth(Math.max(2, (Math.min(graph.width(), visible.getMaxX()) - x) * scaleX));
        frame.setHeight(Math.max(2, (Math.min(graph.height(), visible.getMaxY()) - y) * scaleY));
        if (isVisible()) {
            keepClearOf(current);
        }
    }

    /** Moves to the bottom-left corner when the bottom-right one would cover the node, and back. */
    private void keepClearOf(@Nullable String id) {
        Node node = id == null ? null : chart.nodeView(id);
        Pos corner = Pos.BOTTOM_RIGHT;
        if (node != null && getParent() != null) {
            Bounds box = getParent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double w = prefWidth(-1);
            double h = prefHeight(-1);
            Bounds parent = getParent().getLayoutBounds();
            var rightCorner = new BoundingBox(parent.getWidth() - w - MARGIN, parent.getHeight() - h - MARGIN, w, h);
            if (rightCorner.intersects(box)) {
                corner = Pos.BOTTOM_LEFT;
            }
        }
        if (StackPane.getAlignment(this) != corner) {
            StackPane.setAlignment(this, corner);
        }
    }

}
