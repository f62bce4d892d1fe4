package io.troubleshooter.ui.flowchart;

import io.troubleshooter.ui.i18n.I18n;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.stage.FileChooser;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The flowchart with its toolbar: zoom, fit, this error or the whole article, only the path or every step, the
 * overview map, export as PNG.
 */
public final class FlowchartView extends BorderPane {

    private static final Logger LOG = System.getLogger(FlowchartView.class.getName());
    private static final double WHEEL_ZOOM = 1.1;

    private final FlowchartViewModel vm;
    private final I18n i18n;
    private NodeText nodeText;

    private final FlowCanvas canvas;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final StackPane holder;
    private final ScrollPane scroll = new ScrollPane();
    private final Button zoomIn = iconButton(new FontIcon(MaterialDesignM.MAGNIFY_PLUS_OUTLINE));
    private final Button zoomOut = iconButton(new FontIcon(MaterialDesignM.MAGNIFY_MINUS_OUTLINE));
    private final Button fit = new Button(null, new FontIcon(MaterialDesignF.FIT_TO_PAGE_OUTLINE));
    private final Button fitWidth = new Button(null, new FontIcon(MaterialDesignA.ARROW_EXPAND_HORIZONTAL));
    private final Label zoomLevel = new Label();
    private final ToggleGroup scopes = new ToggleGroup();
    private final ToggleButton thisError = new ToggleButton();
    private final ToggleButton wholeArticle = new ToggleButton();
    private final Button fold = new Button();
    private final ToggleButton minimapShown = new ToggleButton(null, new FontIcon(MaterialDesignM.MAP_OUTLINE));
    private final Button export = new Button(null, new FontIcon(MaterialDesignE.EXPORT_VARIANT));
    private final Label status = new Label();
    private final Label empty = new Label();
    private final FlowMinimap minimap;
    /** A folded cause the engineer just unfolded: shown once the chart is laid out again. */
    private @Nullable String unfolding;

    public FlowchartView(FlowchartViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.canvas = new FlowCanvas(i18n);
        this.holder = new StackPane(new Group(canvas));
        this.minimap = new FlowMinimap(scroll, holder, canvas, vm.minimapShownProperty(), i18n);
        layoutParts();
        bind();
        wireEvents();
        render();
    }

    private void layoutParts() {
        getStyleClass().add("flowchart");
        getStylesheets().add(FlowchartView.class.getResource("/app/styles/flowchart.css").toExternalForm());
        canvas.getTransforms().add(scale);
        holder.getStyleClass().add("flow-holder");
        scroll.setContent(holder);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        scroll.getStyleClass().add("flow-scroll");
        empty.getStyleClass().add("flow-empty");
        empty.setWrapText(true);
        thisError.setToggleGroup(scopes);
        wholeArticle.setToggleGroup(scopes);
        var scopeBox = new HBox(thisError, wholeArticle);
        scopeBox.getStyleClass().add("flow-scope");
        zoomLevel.getStyleClass().add("flow-zoom-level");
        zoomLevel.setMinWidth(44);
        status.getStyleClass().add("flow-status");
        zoomIn.setId("flow-zoom-in");
        zoomOut.setId("flow-zoom-out");
        fit.setId("flow-fit");
        fitWidth.setId("flow-fit-width");
        export.setId("flow-export");
        fold.setId("flow-fold");
        minimapShown.setId("flow-minimap-shown");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var toolbar = new ToolBar(zoomOut, zoomLevel, zoomIn, fit, fitWidth, new Separator(Orientation.VERTICAL),
                scopeBox, fold, new Separator(Orientation.VERTICAL), minimapShown, export, spacer, status);
        toolbar.getStyleClass().add("flow-toolbar");
        CompactTools.keepOnBar(toolbar, List.of(fit, fitWidth, fold, export));
        setTop(toolbar);
        setCenter(new StackPane(scroll, empty, minimap));
    }

    private void bind() {
        scale.xProperty().bind(vm.zoomProperty());
        scale.yProperty().bind(vm.zoomProperty());
        zoomLevel.textProperty().bind(i18n.text("flowchart.zoom.level", vm.zoomProperty().multiply(100)));
        zoomIn.setTooltip(tooltip("flowchart.zoom.in"));
        zoomOut.setTooltip(tooltip("flowchart.zoom.out"));
        zoomIn.disableProperty().bind(vm.zoomProperty().greaterThanOrEqualTo(FlowchartViewModel.MAX_ZOOM));
        zoomOut.disableProperty().bind(vm.zoomProperty().lessThanOrEqualTo(FlowchartViewModel.MIN_ZOOM));
        fit.textProperty().bind(i18n.text("flowchart.zoom.fit"));
        fit.setTooltip(tooltip("flowchart.zoom.fit.tooltip"));
        fitWidth.textProperty().bind(i18n.text("flowchart.zoom.fitWidth"));
        fitWidth.setTooltip(tooltip("flowchart.zoom.fitWidth.tooltip"));
        thisError.textProperty().bind(i18n.text("flowchart.scope.error"));
        thisError.setTooltip(tooltip("flowchart.scope.error.tooltip"));
        wholeArticle.textProperty().bind(i18n.text("flowchart.scope.article"));
        wholeArticle.setTooltip(tooltip("flowchart.scope.article.tooltip"));
        wholeArticle.disableProperty().bind(vm.articleAvailableProperty().not());
        fold.textProperty().bind(Bindings.when(vm.onlyPathProperty())
                .then(i18n.text("flowchart.fold.showAll")).otherwise(i18n.text("flowchart.fold.onlyPath")));
        var foldTip = new Tooltip();
        foldTip.textProperty().bind(Bindings.when(vm.onlyPathProperty())
                .then(i18n.text("flowchart.fold.showAll.tooltip"))
                .otherwise(i18n.text("flowchart.fold.onlyPath.tooltip")));
        fold.setTooltip(foldTip);
        fold.disableProperty().bind(vm.foldableProperty().not());
        showFoldIcon(vm.onlyPathProperty().get());
        minimapShown.selectedProperty().bindBidirectional(vm.minimapShownProperty());
        minimapShown.setTooltip(tooltip("flowchart.minimap.tooltip"));
        export.textProperty().bind(i18n.text("flowchart.export"));
        export.setTooltip(tooltip("flowchart.export.tooltip"));
        empty.textProperty().bind(i18n.text("flowchart.empty"));
        selectScope(vm.scopeProperty().get());
        measureInCurrentLanguage();
    }

    private void wireEvents() {
        zoomIn.setOnAction(e -> vm.zoomIn());
        zoomOut.setOnAction(e -> vm.zoomOut());
        fit.setOnAction(e -> fitToWindow());
        fitWidth.setOnAction(e -> fitToWidth());
        export.setOnAction(e -> chooseAndExport());
        fold.setOnAction(e -> vm.toggleOnlyPath());
        vm.onlyPathProperty().addListener((obs, old, now) -> showFoldIcon(now));
        scopes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                scopes.selectToggle(old);
            } else {
                vm.scopeProperty().set(now == wholeArticle ? FlowchartViewModel.Scope.ARTICLE
                        : FlowchartViewModel.Scope.ERROR);
            }
        });
        vm.scopeProperty().addListener((obs, old, now) -> selectScope(now));
        vm.graphProperty().addListener((Observable o) -> render());
        vm.currentNodeProperty().addListener((obs, old, now) -> {
            highlight();
            minimap.markCurrent(now);
            reveal(now);
        });
        vm.pathProperty().addListener((Observable o) -> highlight());
        i18n.localeProperty().addListener((obs, old, now) -> measureInCurrentLanguage());
        scroll.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.isControlDown() && event.getDeltaY() != 0) {
                zoomAround(event.getDeltaY() > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, event.getSceneX(), event.getSceneY());
                event.consume();
            }
        });
    }

    /** Zooms so the chart's width is in view at a size still readable, from its top; the rest scrolls. */
    public void fitToWidth() {
        vm.fitWidth(scroll.getViewportBounds().getWidth());
        scroll.setHvalue(0);
        scroll.setVvalue(0);
    }

    /** Zooms so the whole chart is in view. */
    public void fitToWindow() {
        Bounds viewport = scroll.getViewportBounds();
        vm.fit(viewport.getWidth(), viewport.getHeight());
        scroll.setHvalue(0);
        scroll.setVvalue(0);
    }

    /**
     * Writes the chart, at twice its natural size, as a PNG. Failures are shown in the toolbar, not thrown.
     *
     * @return whether the file was written
     */
    public boolean exportPng(Path file) {
        try {
            PngExport.write(canvas, vm.graph().width(), vm.graph().height(), file);
            status.textProperty().bind(i18n.text("flowchart.export.saved", String.valueOf(file.getFileName())));
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The flowchart could not be saved to " + file, e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            status.textProperty().bind(i18n.text("flowchart.export.failed", reason));
            return false;
        }
    }

    /** The drawn box of a node, for tests and for callers that want to point at it. */
    public Node nodeView(String id) {
        return canvas.nodeView(id);
    }

    private void chooseAndExport() {
        var chooser = new FileChooser();
        chooser.setTitle(i18n.get("flowchart.export.title"));
        chooser.setInitialFileName("flowchart.png");
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(i18n.get("flowchart.export.filter"), "*.png"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            exportPng(file.toPath());
        }
    }

    /** Measures labels in the current language; the view model lays the chart out again with them. */
    private void measureInCurrentLanguage() {
        nodeText = new NodeText(i18n, vm::fold);
        vm.sizerProperty().set(nodeText);
    }

    private void render() {
        var graph = vm.graph();
        canvas.show(graph, nodeText, this::open);
        empty.setVisible(graph.nodes().isEmpty());
        scroll.setVisible(!graph.nodes().isEmpty());
        highlight();
        scroll.setHvalue(0);
        scroll.setVvalue(0);
        minimap.markCurrent(vm.currentNodeProperty().get());
        minimap.show(graph);
        String unfolded = unfolding;
        unfolding = null;
        reveal(unfolded != null && graph.node(unfolded).isPresent() ? unfolded : vm.currentNodeProperty().get());
    }

    /** A click on a box: a folded cause unfolds where it is, any other node opens in the guide. */
    private void open(String id) {
        if (vm.fold(id).isPresent()) {
            unfolding = id;
        }
        vm.open(id);
    }

    private void showFoldIcon(boolean onlyPath) {
        fold.setGraphic(new FontIcon(onlyPath ? MaterialDesignU.UNFOLD_MORE_HORIZONTAL
                : MaterialDesignU.UNFOLD_LESS_HORIZONTAL));
    }

    /** The overview map, for tests: shown or not, and where it is. */
    Node minimap() {
        return minimap;
    }

    private void highlight() {
        canvas.highlight(vm.currentNodeProperty().get(), vm);
    }

    private void zoomAround(double factor, double sceneX, double sceneY) {
        Point2D anchor = canvas.sceneToLocal(sceneX, sceneY);
        vm.zoomBy(factor);
        scroll.layout();
        Point2D moved = canvas.localToScene(anchor);
        scrollBy(moved.getX() - sceneX, moved.getY() - sceneY);
    }

    /** Scrolls the node to the middle of the viewport when it is out of view, as far as the chart allows. */
    private void reveal(String id) {
        Node node = id == null ? null : canvas.nodeView(id);
        if (node == null || getScene() == null) {
            return;
        }
        scroll.layout();
        Bounds box = holder.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        Bounds viewport = scroll.getViewportBounds();
        double extraWidth = Math.max(0, holder.getWidth() - viewport.getWidth());
        double extraHeight = Math.max(0, holder.getHeight() - viewport.getHeight());
        double left = scroll.getHvalue() * extraWidth;
        double top = scroll.getVvalue() * extraHeight;
        boolean inView = box.getMinX() >= left && box.getMaxX() <= left + viewport.getWidth()
                && box.getMinY() >= top && box.getMaxY() <= top + viewport.getHeight();
        if (!inView) {
            scrollBy(box.getCenterX() - left - viewport.getWidth() / 2,
                    box.getCenterY() - top - viewport.getHeight() / 2);
        }
    }

    private void scrollBy(double dx, double dy) {
        Bounds viewport = scroll.getViewportBounds();
        double extraWidth = holder.getWidth() - viewport.getWidth();
        double extraHeight = holder.getHeight() - viewport.getHeight();
        if (extraWidth > 0) {
            scroll.setHvalue(Math.clamp(scroll.getHvalue() + dx / extraWidth, 0, 1));
        }
        if (extraHeight > 0) {
            scroll.setVvalue(Math.clamp(scroll.getVvalue() + dy / extraHeight, 0, 1));
        }
    }

    private void selectScope(FlowchartViewModel.Scope scope) {
        scopes.selectToggle(scope == FlowchartViewModel.Scope.ARTICLE ? wholeArticle : thisError);
    }

    private Tooltip tooltip(String key) {
        var tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.text(key));
        return tooltip;
    }

    private static Button iconButton(FontIcon icon) {
        var button = new Button(null, icon);
        button.getStyleClass().add("button-icon");
        return button;
    }
}
