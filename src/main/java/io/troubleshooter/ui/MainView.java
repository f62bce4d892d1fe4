package io.troubleshooter.ui;

import io.troubleshooter.guide.PlaceholderValue;
import io.troubleshooter.guide.VisibleText;
import io.troubleshooter.ui.article.ArticleView;
import io.troubleshooter.ui.article.BlockRenderer;
import io.troubleshooter.ui.browse.BrowseView;
import io.troubleshooter.ui.command.CommandActions;
import io.troubleshooter.ui.command.CommandContext;
import io.troubleshooter.ui.command.CommandView;
import io.troubleshooter.ui.diagnostics.Diagnostics;
import io.troubleshooter.ui.flowchart.FlowchartView;
import io.troubleshooter.ui.guide.GuideView;
import io.troubleshooter.ui.i18n.I18n;
import io.troubleshooter.ui.incident.ChecklistView;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: the error list on the left, the error open in the centre as Guide, Flowchart and Article. */
public final class MainView extends StackPane {

    private final MainViewModel model;
    private final I18n i18n;
    private final BrowseView browse;
    private final GuideView guide;
    private final TabPane tabs = new TabPane();
    private final Tab guideTab = new Tab();
    private final Tab flowTab = new Tab();
    private final Tab articleTab = new Tab();
    private final Toast toast = new Toast();
    private final Dialogs dialogs;
    private final IncidentActions incidentActions;
    private final Map<Tab, Supplier<Node>> unbuilt = new HashMap<>();

    static final KeyCombination KEY_QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination KEY_LIST = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination KEY_COPY_ALL =
            new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    public MainView(MainViewModel model, I18n i18n, Consumer<String> openInBrowser) {
        this.model = model;
        this.i18n = i18n;
        this.dialogs = new Dialogs(i18n, this);
        i18n.localeProperty().bind(model.languageProperty());
        getStyleClass().add("main-view");
        var commands = new CommandContext(i18n, model.placeholders(), new CommandActions() {
            @Override
            public void copied(String text, int warnings) {
                model.copied(text, warnings);
            }

            @Override
            public boolean confirmEmpty(List<String> placeholders) {
                return dialogs.confirmEmptyPlaceholders(placeholders);
            }

            @Override
            public void refused(String placeholder, PlaceholderValue.Refusal why) {
                showRefused(placeholder, why);
            }
        });
        model.placeholders().refusedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showRefused(now.placeholder(), now.why());
            }
        });
        var renderer = new BlockRenderer(commands, target -> followLink(target, openInBrowser));
        model.articleView().onExternalLinkProperty().set(url -> openLink(url, openInBrowser));
        browse = new BrowseView(model.browse(), i18n);
        guide = new GuideView(model.guide(), i18n, renderer, commands);

        guideTab.setId("tab-guide");
        guideTab.setGraphic(new FontIcon("mdi2m-map-marker-path"));
        model.incidents().kept().useCatalog(model.catalogProperty()::get);
        model.catalogProperty().addListener((obs, old, now) -> model.incidents().kept().contentChanged());
        var checklist = new ChecklistView(model.incidents(), model.guide(), i18n, model.incidentWords()::checklistEntry,
                model.incidentWords()::incidentNodeText);
        var guideSplit = new SplitPane(guide);
        guideSplit.getStyleClass().add("guide-split");
        model.incidents().sessionProperty().addListener((obs, old, now) -> {
            if (now != null && !guideSplit.getItems().contains(checklist)) {
                guideSplit.getItems().add(checklist);
                guideSplit.setDividerPositions(0.64);
            } else if (now == null) {
                guideSplit.getItems().remove(checklist);
            }
        });
        guideTab.setContent(guideSplit);
        flowTab.setId("tab-flowchart");
        flowTab.setGraphic(new FontIcon("mdi2s-sitemap-outline"));
        buildWhenShown(flowTab, () -> new FlowchartView(model.flowchart(), i18n));
        articleTab.setId("tab-article");
        articleTab.setGraphic(new FontIcon("mdi2f-file-document-outline"));
        buildWhenShown(articleTab, () -> new ArticleView(model.articleView(), commands));
        tabs.getTabs().addAll(guideTab, flowTab, articleTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("view-tabs");

        var centre = new BorderPane(tabs);
        centre.setTop(new VBox(new EntryHeader(model, i18n), new IncidentBar(model, i18n)));
        centre.getStyleClass().add("centre");
        var split = new ListSplit(browse, centre, model.settings());
        var root = new BorderPane(split);
        incidentActions = new IncidentActions(model, i18n, this, toast);
        root.setTop(new TopBar(model, i18n, incidentActions, this::copyDiagnostics));
        root.setBottom(new WindowStatusBar(model, i18n, toast));
        var status = new StatusOverlay(model, i18n);
        getChildren().addAll(root, status);

        guideTab.textProperty().bind(i18n.text("view.guide"));
        flowTab.textProperty().bind(i18n.text("view.flowchart"));
        articleTab.textProperty().bind(i18n.text("view.article"));
        tabs.getSelectionModel().select(model.viewProperty().get().ordinal());
        buildContent(tabs.getSelectionModel().getSelectedItem());
        model.beforeShowing(view -> buildContent(tabs.getTabs().get(view.ordinal())));

        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) ->
                model.viewProperty().set(MainViewModel.View.values()[now.intValue()]));
        model.viewProperty().addListener((obs, old, now) -> tabs.getSelectionModel().select(now.ordinal()));
        model.copiedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                toast.show(i18n.get("command.copied", abbreviate(now.text())));
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                keys(scene);
            }
        });
    }

    /**
     * The Flowchart and Article views are made the first time they are shown: the window opens sooner, and a
     * view nobody looks at costs nothing.
     */
    private void buildWhenShown(Tab tab, Supplier<Node> content) {
        unbuilt.put(tab, content);
    }

    private void buildContent(Tab tab) {
        var content = unbuilt.remove(tab);
        if (content != null) {
            tab.setContent(content.get());
        }
    }

    public BrowseView browse() {
        return browse;
    }

    public TabPane tabs() {
        return tabs;
    }

    private void followLink(String target, Consumer<String> openInBrowser) {
        if (target.startsWith("#")) {
            model.showAnchor(target.substring(1));
        } else {
            openLink(target, openInBrowser);
        }
    }

    private void showRefused(String placeholder, PlaceholderValue.Refusal why) {
        toast.show(i18n.get("placeholder.refused." + why.name().toLowerCase(Locale.ROOT), placeholder));
    }

    /** A web link opens in the browser; anything else is shown, not opened. */
    private void openLink(String target, Consumer<String> openInBrowser) {
        Links.resolve(target).ifPresentOrElse(openInBrowser,
                () -> toast.show(i18n.get("link.refused", VisibleText.of(target))));
    }

    private void keys(Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            model.settings().listShown().set(true);
            browse.focusSearch();
        });
        accelerators.put(KEY_LIST, () -> model.settings().listShown().set(!model.settings().listShown().get()));
        accelerators.put(KEY_QUIT, () -> scene.getWindow().hide());
        accelerators.put(KEY_COPY_ALL, this::copyAllCommands);
        guide.installKeys(accelerators);
        accelerators.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), model::back);
        accelerators.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), incidentActions::exportPdf);
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                () -> model.viewProperty().set(MainViewModel.View.GUIDE));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                () -> model.viewProperty().set(MainViewModel.View.FLOWCHART));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
                () -> model.viewProperty().set(MainViewModel.View.ARTICLE));
    }

    /**
     * Ctrl+Shift+C: every command of the cause on screen, in the order shown, one a line, with the placeholders as
     * filled; asks once when some are still empty.
     */
    void copyAllCommands() {
        var cards = guide.commandsOnScreen();
        if (cards.isEmpty()) {
            toast.show(i18n.get("command.copyAll.none"));
            return;
        }
        var missing = cards.stream().flatMap(c -> c.model().missing().stream()).distinct().toList();
        if (!missing.isEmpty() && !dialogs.confirmEmptyPlaceholders(missing)) {
            return;
        }
        String text = cards.stream().map(c -> c.model().shownText().get()).collect(Collectors.joining("\n"));
        var content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        model.copied(text, cards.stream().mapToInt(CommandView::warnings).sum());
    }

    /** Puts what a bug report needs on the clipboard: versions, languages, folders, content, the log's end. */
    void copyDiagnostics() {
        var report = Diagnostics.collect(i18n.locale(), model.dataFolder(),
                Optional.ofNullable(model.catalogProperty().get()));
        var content = new ClipboardContent();
        content.putString(report.text());
        Clipboard.getSystemClipboard().setContent(content);
        toast.show(i18n.get("diagnostics.copied"));
    }

    static String abbreviate(String text) {
        String oneLine = text.replace("\n", " ⏎ ");
        return oneLine.length() <= 90 ? oneLine : oneLine.substring(0, 87) + "…";
    }

    IncidentActions incidentActions() {
        return incidentActions;
    }

    Label toast() {
        return toast;
    }
}
