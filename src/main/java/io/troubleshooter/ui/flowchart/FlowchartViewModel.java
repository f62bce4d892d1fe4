package io.troubleshooter.ui.flowchart;

import io.troubleshooter.flow.FlowGraph;
import io.troubleshooter.flow.FlowLayout;
import io.troubleshooter.flow.Sizer;
import io.troubleshooter.guide.DecisionTree;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The flowchart of the error the guide is on, or of every error in its article. In: the trees, the node the
 * guide is on and the nodes taken so far. Out: the laid-out chart, the zoom, and the node the user opened.
 */
public final class FlowchartViewModel {

    public enum Scope { ERROR, ARTICLE }

    public static final double MIN_ZOOM = 0.2;
    public static final double MAX_ZOOM = 3.0;
    /** The smallest zoom at which a node's text can still be read; *Fit width* never goes below it. */
    public static final double READABLE_ZOOM = 0.6;
    private static final double ZOOM_STEP = 1.25;

    private final ObjectProperty<DecisionTree> errorTree = new SimpleObjectProperty<>(this, "errorTree");
    private final ObjectProperty<List<DecisionTree>> articleTrees =
            new SimpleObjectProperty<>(this, "articleTrees", List.of());
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.ERROR);
    private final StringProperty currentNode = new SimpleStringProperty(this, "currentNode");
    private final ObservableList<String> path = FXCollections.observableArrayList();
    private final ObjectProperty<Consumer<String>> onOpenNode = new SimpleObjectProperty<>(this, "onOpenNode");
    private final ObjectProperty<Sizer> sizer = new SimpleObjectProperty<>(this, "sizer", Sizer.approximate());
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private final ReadOnlyObjectWrapper<FlowGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph", FlowGraph.EMPTY);
    private final BooleanBinding articleAvailable;

    public FlowchartViewModel() {
        articleAvailable = Bindings.createBooleanBinding(() -> article().size() > 1, articleTrees);
        errorTree.addListener((obs, old, now) -> relayout());
        articleTrees.addListener((obs, old, now) -> relayout());
        scope.addListener((obs, old, now) -> relayout());
        sizer.addListener((obs, old, now) -> relayout());
    }

    /** The tree of the error the guide is on. */
    public ObjectProperty<DecisionTree> errorTreeProperty() {
        return errorTree;
    }

    /** The trees of every error in the same article, for {@link Scope#ARTICLE}. */
    public ObjectProperty<List<DecisionTree>> articleTreesProperty() {
        return articleTrees;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** Whether there is an article-wide chart to switch to: the article has more than this error. */
    public BooleanBinding articleAvailableProperty() {
        return articleAvailable;
    }

    /** The id of the node the guide is on, or null. */
    public StringProperty currentNodeProperty() {
        return currentNode;
    }

    /** The ids of the nodes taken so far, in order. */
    public ObservableList<String> pathProperty() {
        return path;
    }

    /** Called with a node's id when the user opens it in the chart. */
    public ObjectProperty<Consumer<String>> onOpenNodeProperty() {
        return onOpenNode;
    }

    /** How boxes are measured; the view sets one that measures its real fonts and words. */
    public ObjectProperty<Sizer> sizerProperty() {
        return sizer;
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double zoom() {
        return zoom.get();
    }

    public ReadOnlyObjectProperty<FlowGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public FlowGraph graph() {
        return graph.get();
    }

    public void open(String nodeId) {
        Consumer<String> hook = onOpenNode.get();
        if (hook != null && graph.get().node(nodeId).isPresent()) {
            hook.accept(nodeId);
        }
    }

    public void zoomIn() {
        setZoom(zoom.get() * ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() / ZOOM_STEP);
    }

    public void zoomBy(double factor) {
        setZoom(zoom.get() * factor);
    }

    public void setZoom(double value) {
        zoom.set(Math.clamp(value, MIN_ZOOM, MAX_ZOOM));
    }

    /** Zooms so the whole chart fits a viewport of this size, never enlarging past its natural size. */
    public void fit(double viewportWidth, double viewportHeight) {
        FlowGraph chart = graph.get();
        if (chart.width() <= 0 || chart.height() <= 0 || viewportWidth <= 0 || viewportHeight <= 0) {
            return;
        }
        setZoom(Math.min(1.0, Math.min(viewportWidth / chart.width(), viewportHeight / chart.height())));
    }

    /**
     * Zooms so the chart's width fits the viewport, never below {@link #READABLE_ZOOM} nor past its natural size:
     * a large chart stays readable and scrolls, down and, when still wider, across.
     */
    public void fitWidth(double viewportWidth) {
        FlowGraph chart = graph.get();
        if (chart.width() <= 0 || viewportWidth <= 0) {
            return;
        }
        setZoom(Math.clamp(viewportWidth / chart.width(), READABLE_ZOOM, 1.0));
    }

    /** Whether the edge from {@code from} to {@code to} is a step of the path taken. */
    public boolean taken(String from, String to) {
        for (int i = 0; i + 1 < path.size(); i++) {
            if (path.get(i).equals(from) && path.get(i + 1).equals(to)) {
                return true;
            }
        }
        return false;
    }

    /** The trees on display for the current scope. */
    public List<DecisionTree> shownTrees() {
        if (scope.get() == Scope.ARTICLE && article().size() > 1) {
            return article();
        }
        DecisionTree tree = errorTree.get();
        return tree == null ? List.of() : List.of(tree);
    }

    private List<DecisionTree> article() {
        return articleTrees.get() == null ? List.of() : articleTrees.get();
    }

    private void relayout() {
        List<DecisionTree> trees = shownTrees();
        // Nothing to lay out yet (the window's first frame): skip FlowLayout, whose first use loads ELK.
        graph.set(trees.isEmpty() ? FlowGraph.EMPTY
                : FlowLayout.layout(trees, Objects.requireNonNull(sizer.get(), "sizer")));
    }
}
