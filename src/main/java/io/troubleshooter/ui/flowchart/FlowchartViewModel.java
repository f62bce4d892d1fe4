package io.troubleshooter.ui.flowchart;

import io.troubleshooter.flow.CauseFolds;
import io.troubleshooter.flow.FlowGraph;
import io.troubleshooter.flow.FlowLayout;
import io.troubleshooter.flow.Sizer;
import io.troubleshooter.guide.DecisionTree;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.jspecify.annotations.Nullable;

/**
 * The flowchart of the error the guide is on, or of every error in its article. In: the trees, the node the
 * guide is on and the nodes taken so far. Out: the laid-out chart, the zoom, and the node the user opened.
 * With <em>only the path</em> on, the causes off the path of a long chart are laid out folded, one small box each
 * ({@link CauseFolds}); opening a folded box unfolds it.
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
    private final BooleanProperty onlyPath = new SimpleBooleanProperty(this, "onlyPath", true);
    private final BooleanProperty minimapShown = new SimpleBooleanProperty(this, "minimapShown", true);
    private final ReadOnlyBooleanWrapper foldable = new ReadOnlyBooleanWrapper(this, "foldable");
    private final ObservableSet<String> unfolded = FXCollections.observableSet();
    private Map<String, CauseFolds.Fold> folds = Map.of();
    /** What the chart on display was laid out from, so a move along the path that folds nothing new keeps it. */
    private @Nullable LayoutInputs laidOut;

    private record LayoutInputs(List<DecisionTree> trees, Set<String> folded, boolean rows, Sizer sizer) { }

    public FlowchartViewModel() {
        articleAvailable = Bindings.createBooleanBinding(() -> article().size() > 1, articleTrees);
        errorTree.addListener((obs, old, now) -> {
            unfolded.clear();
            relayout();
        });
        for (Observable input : new Observable[] {articleTrees, scope, sizer, onlyPath, currentNode, path, unfolded}) {
            input.addListener(o -> relayout());
        }
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

    /** Whether the causes off the path are folded (when the chart has enough causes for it to matter). */
    public BooleanProperty onlyPathProperty() {
        return onlyPath;
    }

    /** Whether the overview map may show (it shows only while the chart is larger than the window). */
    public BooleanProperty minimapShownProperty() {
        return minimapShown;
    }

    /** Whether the chart on display has enough causes for folding to apply. */
    public ReadOnlyBooleanProperty foldableProperty() {
        return foldable.getReadOnlyProperty();
    }

    /** What a folded box of the chart on display stands for; empty for a node drawn in full. */
    public Optional<CauseFolds.Fold> fold(String nodeId) {
        return Optional.ofNullable(folds.get(nodeId));
    }

    /** Folds the causes off the path again, or draws every cause with its steps. */
    public void toggleOnlyPath() {
        if (onlyPath.get()) {
            onlyPath.set(false);
        } else {
            unfolded.clear();
            onlyPath.set(true);
        }
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

    /** Opens a node in the guide; a folded cause is unfolded in the chart instead. */
    public void open(String nodeId) {
        if (folds.containsKey(nodeId)) {
            unfolded.add(nodeId);
            return;
        }
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
        foldable.set(CauseFolds.worthFolding(trees));
        CauseFolds.Folded folded = onlyPath.get() ? CauseFolds.fold(trees, openCauses())
                : new CauseFolds.Folded(trees, Map.of());
        // One error's folded causes lie in rows; an article's errors already lie side by side, so theirs stay in
        // columns, which keeps the whole article narrower.
        boolean rows = trees.size() == 1;
        var inputs = new LayoutInputs(trees, folded.folds().keySet(), rows,
                Objects.requireNonNull(sizer.get(), "sizer"));
        if (inputs.equals(laidOut)) {
            return;
        }
        laidOut = inputs;
        folds = folded.folds();
        // Nothing to lay out yet (the window's first frame): skip FlowLayout, whose first use loads ELK.
        graph.set(trees.isEmpty() ? FlowGraph.EMPTY
                : FlowLayout.layout(folded.trees(), inputs.sizer(), rows ? inputs.folded() : Set.of()));
    }

    /** The causes drawn in full: those the walk is on (see {@link CauseFolds#open}) and those the user unfolded. */
    private Set<String> openCauses() {
        DecisionTree tree = errorTree.get();
        var open = new HashSet<>(unfolded);
        if (tree != null) {
            open.addAll(CauseFolds.open(tree, List.copyOf(path), currentNode.get()));
        }
        return open;
    }
}
