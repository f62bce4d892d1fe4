package io.troubleshooter.ui.article;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Section;
import io.troubleshooter.ui.command.CommandContext;
import io.troubleshooter.ui.i18n.I18n;

import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One article as the engineer reads it: title, date and language, then every section with its
 * heading, all in one scrolling page. Links inside the article scroll to their target; others go to
 * the view model. The page is built once per article; a language switch only re-binds UI words.
 */
public final class ArticleView extends BorderPane {

    private static final String ARTICLE_CSS = "/app/styles/article.css";
    private static final String COMMAND_CSS = "/app/styles/command.css";

    private final ArticleViewModel model;
    private final CommandContext commands;
    private final I18n i18n;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label missing = new Label();
    private final ToggleButton originalToggle = new ToggleButton();
    /** An anchor the view model knows but the page has no node for; should not happen, shown rather than thrown. */
    private final StringProperty unresolved = new SimpleStringProperty(this, "unresolved");
    private final VBox page = new VBox();
    private final StackPane pageHolder = new StackPane(page);
    private final ScrollPane scroller = new ScrollPane(pageHolder);
    private BlockRenderer renderer;
    private Article built;
    private boolean everBuilt;

    public ArticleView(ArticleViewModel model, CommandContext commands) {
        this.model = model;
        this.commands = commands;
        this.i18n = commands.i18n();
        createParts();
        layOut();
        bind();
        wireEvents();
        build(model.article());
    }

    public ArticleViewModel model() {
        return model;
    }

    /** The node rendered for {@code anchor} (a section heading or an {@code <a name>} target), if any. */
    public Optional<Node> anchorNode(String anchor) {
        return renderer == null ? Optional.empty() : renderer.anchor(anchor);
    }

    /** Back to where the reader was before following the last link inside the article. */
    public boolean back() {
        return model.back();
    }

    private void createParts() {
        getStyleClass().add("md-article-view");
        getStylesheets().addAll(stylesheet(ARTICLE_CSS), stylesheet(COMMAND_CSS), MonospaceFont.stylesheet());
        title.getStyleClass().add("md-title");
        title.setWrapText(true);
        meta.getStyleClass().add("md-meta");
        meta.setMaxWidth(Double.MAX_VALUE);
        missing.getStyleClass().add("md-anchor-missing");
        missing.setGraphic(new FontIcon("mdi2l-link-variant-off"));
        missing.setWrapText(true);
        missing.setMaxWidth(Double.MAX_VALUE);
        originalToggle.setId("article-original");
        originalToggle.getStyleClass().add("md-original-toggle");
        originalToggle.setGraphic(new FontIcon("mdi2c-compare-horizontal"));
        page.getStyleClass().add("md-page");
        pageHolder.getStyleClass().add("md-page-holder");
        scroller.getStyleClass().add("md-scroller");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    }

    private void layOut() {
        StackPane.setAlignment(page, Pos.TOP_CENTER);
        // Above the page, not in it: reachable wherever the page is scrolled to.
        var bar = new HBox(originalToggle);
        bar.getStyleClass().add("md-article-bar");
        bar.visibleProperty().bind(originalToggle.visibleProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        setTop(new VBox(bar, missing));
        setCenter(scroller);
    }

    private void bind() {
        var known = model.missingAnchorProperty();
        StringBinding missingAnchor = Bindings.createStringBinding(
                () -> known.get() != null ? known.get() : unresolved.get(), known, unresolved);
        missing.visibleProperty().bind(missingAnchor.isNotNull());
        missing.managedProperty().bind(missing.visibleProperty());
        missing.textProperty().bind(i18n.text("article.anchor.missing", missingAnchor));
        model.scrollProperty().bindBidirectional(scroller.vvalueProperty());
        originalToggle.textProperty().bind(i18n.text("article.original.show"));
        var tip = new Tooltip();
        tip.textProperty().bind(i18n.text("article.original.tooltip"));
        originalToggle.setTooltip(tip);
        originalToggle.selectedProperty().bindBidirectional(model.showOriginalProperty());
        originalToggle.visibleProperty().bind(model.originalProperty().isNotNull());
        originalToggle.managedProperty().bind(originalToggle.visibleProperty());
    }

    private void wireEvents() {
        model.articleProperty().addListener((obs, old, now) -> {
            unresolved.set(null);
            build(now);
        });
        InvalidationListener rebuild = obs -> {
            everBuilt = false;
            build(model.article());
        };
        model.showOriginalProperty().addListener(rebuild);
        model.originalProperty().addListener(obs -> {
            if (model.showOriginalProperty().get()) {
                rebuild.invalidated(obs);
            }
        });
        model.requestProperty().addListener((obs, old, now) -> {
            unresolved.set(null);
            if (now != null) {
                // After the next layout, so that a page built in the same pulse has its final heights.
                Platform.runLater(() -> reveal(now));
            }
        });
    }

    private void build(Article article) {
        if (everBuilt && article == built) {
            return;
        }
        everBuilt = true;
        built = article;
        Article original = model.showOriginalProperty().get() ? model.originalProperty().get() : null;
        renderer = new BlockRenderer(commands, model::followLink);
        var children = new ArrayList<Node>();
        if (article == null) {
            title.setText("");
            meta.textProperty().unbind();
            meta.setText("");
            page.getChildren().setAll(children);
            return;
        }
        title.setText(article.title());
        meta.textProperty().bind(metaText(article));
        children.add(title);
        children.add(meta);
        for (Section section : article.sections()) {
            if (isTitle(article, section)) {
                renderer.registerAnchor(section.anchor(), title);
            } else {
                var heading = renderer.heading(section.level(), section.heading());
                heading.getProperties().put("md-anchor", section.anchor());
                renderer.registerAnchor(section.anchor(), heading);
                children.add(heading);
            }
            if (!section.blocks().isEmpty()) {
                Optional<Section> originalSection = Optional.ofNullable(original)
                        .flatMap(english -> OriginalBeside.matching(article, section, english));
                children.add(originalSection
                        .map(english -> OriginalBeside.render(renderer, section.blocks(), english.blocks()))
                        .orElseGet(() -> renderer.render(section.blocks())));
            }
        }
        page.getChildren().setAll(children);
        scroller.setVvalue(scroller.getVmin());
    }

    /** The level-1 heading repeats the title shown above it; it is not shown twice. */
    private static boolean isTitle(Article article, Section section) {
        return section.level() == 1 && article.indexOf(section) == 0 && section.title().equals(article.title());
    }

    private StringBinding metaText(Article article) {
        return Bindings.createStringBinding(() -> {
            Locale ui = i18n.locale();
            String language = Locale.forLanguageTag(article.locale()).getDisplayName(ui);
            return article.date() == null
                    ? i18n.get("article.meta.undated", language)
                    : i18n.get("article.meta", article.date().format(new DateTimeFormatterBuilder()
                            .appendLocalized(FormatStyle.LONG, null).toFormatter(ui)), language);
        }, i18n.localeProperty());
    }

    /**
     * Scrolls to the place asked for, unless another was asked for since, or another article shown: a request
     * made for the page before is not looked for in this one.
     */
    private void reveal(ArticleViewModel.ScrollRequest request) {
        if (model.requestProperty().get() != request) {
            return;
        }
        Node node = renderer.anchor(request.anchor()).orElse(null);
        if (node == null) {
            unresolved.set(request.anchor());
            return;
        }
        if (node.getScene() == null) {
            // The view was just made for its first showing and is not in the window yet: scroll once it is.
            revealWhenShown(node, request);
            return;
        }
        scroller.applyCss();
        scroller.layout();
        Bounds inPage = pageHolder.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double range = pageHolder.getLayoutBounds().getHeight() - scroller.getViewportBounds().getHeight();
        double fraction = range <= 0 ? 0 : Math.clamp(inPage.getMinY() / range, 0, 1);
        scroller.setVvalue(scroller.getVmin() + fraction * (scroller.getVmax() - scroller.getVmin()));
    }

    private void revealWhenShown(Node node, ArticleViewModel.ScrollRequest request) {
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(() -> reveal(request));
                }
            }
        });
    }

    private static String stylesheet(String path) {
        var url = ArticleView.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Missing stylesheet on the classpath: " + path);
        }
        return url.toExternalForm();
    }
}
