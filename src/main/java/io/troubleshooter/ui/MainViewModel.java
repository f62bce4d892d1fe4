package io.troubleshooter.ui;

import io.troubleshooter.content.Article;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.incident.DataFolder;
import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.ui.article.ArticleViewModel;
import io.troubleshooter.ui.browse.BrowseViewModel;
import io.troubleshooter.ui.command.PlaceholderValues;
import io.troubleshooter.ui.flowchart.FlowchartViewModel;
import io.troubleshooter.ui.guide.GuideViewModel;
import io.troubleshooter.ui.i18n.Languages;
import io.troubleshooter.ui.incident.IncidentViewModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.jspecify.annotations.Nullable;

/**
 * The window's state: the catalog, the error list, the error open and the walk through it, which of
 * the three views is showing, and where Back goes.
 */
public final class MainViewModel {

    public enum View { GUIDE, FLOWCHART, ARTICLE }

    public enum Status { LOADING, READY, FAILED }

    /**
     * Why an error comes on screen, which decides the walk it shows: picked from the list (its own walk, fresh
     * unless it belongs to the open incident), Back (the walk and node it was left at), the same error in the
     * language just chosen (the walk and node on screen), restored (the incident's or the remembered walk).
     */
    public enum Reason { PICK, BACK, LANGUAGE, RESTORE }

    /** A command put on the clipboard: each copy is a new event, even of the same text. */
    public record Copied(String text, int warnings, long serial) { }

    private final Settings settings;
    private final Path dataFolder;
    private final BrowseViewModel browse = new BrowseViewModel();
    private final GuideViewModel guide = new GuideViewModel();
    private final ArticleViewModel articleView = new ArticleViewModel();
    private final FlowchartViewModel flowchart = new FlowchartViewModel();
    private boolean flowchartStale = true;
    /** Where the article should open the next time it is looked at, and where if the article lacks that place. */
    private final ArticlePlaces articlePlaces = new ArticlePlaces(articleView);
    private final PlaceholderValues placeholders = new PlaceholderValues();
    private final IncidentViewModel incidents;
    private final IncidentSync incidentSync;
    private final IncidentWords incidentWords;
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.LOADING);
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>(this, "article");
    private final ObjectProperty<View> view = new SimpleObjectProperty<>(this, "view", View.GUIDE);
    private final ReadOnlyObjectWrapper<Copied> copied = new ReadOnlyObjectWrapper<>(this, "copied");
    private final ReadOnlyObjectWrapper<String> anchor = new ReadOnlyObjectWrapper<>(this, "anchor");
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");
    private final ReadOnlyObjectWrapper<String> missingLanguage = new ReadOnlyObjectWrapper<>(this, "missingLanguage");
    private final ReadOnlyBooleanWrapper outsideIncident = new ReadOnlyBooleanWrapper(this, "outsideIncident");
    private Consumer<View> beforeShowing = v -> { };
    private final Navigator navigator;

    public MainViewModel(Settings settings) {
        this.settings = settings;
        this.dataFolder = settings.folder().orElseGet(DataFolder::resolve);
        this.incidents = new IncidentViewModel(dataFolder);
        this.incidentWords = new IncidentWords(incidents, catalog::get, language::get, guide.entryProperty()::get);
        language.set(Languages.initial(settings.language().get(), Locale.getDefault()));
        language.addListener((obs, old, now) -> {
            settings.language().set(now.toLanguageTag());
            followLanguage();
        });
        // A pick in the list; a navigation shows its entry in the Guide first, so its own selection is not one.
        browse.selectedProperty().addListener((obs, old, now) -> {
            if (now != guide.entryProperty().get()) {
                navigate(now, Reason.PICK);
            }
        });
        flowchart.onOpenNodeProperty().set(id -> {
            guide.openNode(id);
            view.set(View.GUIDE);
        });
        flowchart.onlyPathProperty().bindBidirectional(settings.flowchartOnlyPath());
        flowchart.minimapShownProperty().bindBidirectional(settings.flowchartMinimap());
        guide.currentNodeProperty().addListener((obs, old, now) -> flowchart.currentNodeProperty().set(now));
        guide.pathNodes().addListener((ListChangeListener<String>) c ->
                flowchart.pathProperty().setAll(guide.pathNodes()));
        incidentSync = new IncidentSync(this);
        navigator = new Navigator(guide, incidentSync, settings, placeholders);
        guide.entryProperty().addListener((obs, old, now) -> updateOutsideIncident());
        incidents.sessionProperty().addListener((obs, old, now) -> {
            updateOutsideIncident();
            settings.openIncident().set(now == null ? "" : now.id());
        });
        guide.revisionProperty().addListener((obs, old, now) -> remember());
        copied.addListener((obs, old, now) -> remember());
        view.addListener((obs, old, now) -> {
            beforeShowing.accept(now);
            if (now == View.FLOWCHART) {
                showTreesIfStale();
            } else if (now == View.ARTICLE) {
                showArticle();
            }
        });
    }

    /**
     * Called with a view just before the model fills it (lays out the flowchart, scrolls the article): the window
     * makes views on first use, and a view must exist to receive what the model tells it.
     */
    public void beforeShowing(Consumer<View> prepare) {
        beforeShowing = Objects.requireNonNull(prepare);
    }

    /** The UI's language; the content follows it where the article exists in it. */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /**
     * The UI language the error on screen has no version in (its tag), or null: then the content stays in its
     * own language and a badge says so.
     */
    public ReadOnlyObjectProperty<String> missingLanguageProperty() {
        return missingLanguage.getReadOnlyProperty();
    }

    /** The same error in the UI's language, newest version, keeping the walk; a badge when there is none. */
    private void followLanguage() {
        ErrorEntry entry = browse.selectedProperty().get();
        Catalog loaded = catalog.get();
        if (entry == null || loaded == null) {
            updateMissingLanguage();
            return;
        }
        var target = loaded.group(entry.key()).flatMap(g -> g.best(language.get().toLanguageTag()));
        if (target.isPresent() && target.get() != entry) {
            navigate(target.get(), Reason.LANGUAGE);
        }
        updateMissingLanguage();
    }

    private void updateMissingLanguage() {
        ErrorEntry entry = browse.selectedProperty().get();
        Catalog loaded = catalog.get();
        String ui = language.get().getLanguage();
        boolean missing = entry != null && loaded != null && !Languages.sameLanguage(entry.locale(), ui)
                && loaded.group(entry.key()).flatMap(g -> g.best(language.get().toLanguageTag())).isEmpty();
        missingLanguage.set(missing ? language.get().toLanguageTag() : null);
    }

    public FlowchartViewModel flowchart() {
        return flowchart;
    }

    /** The flowchart is laid out when it is looked at, so opening an error never waits for a layout. */
    private void showTreesIfStale() {
        if (!flowchartStale) {
            return;
        }
        flowchartStale = false;
        ErrorEntry entry = browse.selectedProperty().get();
        Catalog loaded = catalog.get();
        Article source = article.get();
        flowchart.articleTreesProperty().set(entry == null || loaded == null || source == null ? List.of()
                : loaded.entries(source).stream().map(ErrorEntry::tree).toList());
        flowchart.errorTreeProperty().set(entry == null ? null : entry.tree());
        flowchart.currentNodeProperty().set(guide.currentNodeProperty().get());
        flowchart.pathProperty().setAll(guide.pathNodes());
    }

    public BrowseViewModel browse() {
        return browse;
    }

    public GuideViewModel guide() {
        return guide;
    }

    public ArticleViewModel articleView() {
        return articleView;
    }

    public IncidentViewModel incidents() {
        return incidents;
    }

    /**
     * True while an incident is open and the error on screen is not one of its errors: what is done here stays
     * here, and a bar says so.
     */
    public ReadOnlyBooleanProperty outsideIncidentProperty() {
        return outsideIncident.getReadOnlyProperty();
    }

    private void updateOutsideIncident() {
        ErrorEntry shown = guide.entryProperty().get();
        outsideIncident.set(shown != null && incidents.sessionProperty().get() != null
                && incidentSync.walkFor(shown).isEmpty());
    }

    /** Keeps where the window is (error, node on screen, walk, placeholder values) for the next start. */
    public void remember() {
        navigator.remember();
    }

    /** Adds the error on screen to the open incident, with what was done on it so far. */
    public boolean addToIncident() {
        boolean added = incidentSync.addToIncident();
        updateOutsideIncident();
        return added;
    }

    /** Back to the open incident's error and its walk; Back returns to the error left, with its walk. */
    public void backToIncident() {
        ErrorEntry entry = incidentWords.incidentEntry();
        if (entry != null) {
            navigate(entry, Reason.PICK);
        }
    }

    /** Starts an incident about the error on screen with what has been done so far. */
    public boolean newIncident(IncidentInfo info) {
        return incidentSync.create(info).isPresent();
    }

    /** Opens a saved incident where it was left. */
    public boolean openIncident(String id) {
        return incidentSync.open(id);
    }

    /** The open incident's errors and nodes in the UI's language, never as stored ids. */
    public IncidentWords incidentWords() {
        return incidentWords;
    }

    public PlaceholderValues placeholders() {
        return placeholders;
    }

    /** Where the settings, incidents and log are kept. */
    public Path dataFolder() {
        return dataFolder;
    }

    public Settings settings() {
        return settings;
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the content could not be loaded, for the message shown instead of the list. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The article of the error open. */
    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public ObjectProperty<View> viewProperty() {
        return view;
    }

    /** The last text put on the clipboard, for the confirmation. */
    public ReadOnlyObjectProperty<Copied> copiedProperty() {
        return copied.getReadOnlyProperty();
    }

    /** A command copied from a card showing {@code warnings} warnings: copying it counts as having read them. */
    public void copied(String text, int warnings) {
        Copied last = copied.get();
        copied.set(new Copied(text, warnings, last == null ? 1 : last.serial() + 1));
    }

    public void copied(String text) {
        copied(text, 0);
    }

    /** The anchor the Article view is asked to show, e.g. after a {@code #anchor} link in the Guide. */
    public ReadOnlyObjectProperty<String> anchorProperty() {
        return anchor.getReadOnlyProperty();
    }

    public void showAnchor(String id) {
        anchor.set(id);
        articlePlaces.forget();
        view.set(View.ARTICLE);
        showArticle();
        articleView.scrollTo(id);
    }

    /** Shows the loaded content and reopens the error open last time, when it still exists. */
    public void setCatalog(Catalog loaded, Function<List<ErrorEntry>, Function<String, List<ErrorEntry>>> searchFor) {
        catalog.set(loaded);
        articlePlaces.index(loaded);
        List<Article> current = ArticlePlaces.current(loaded);
        List<ErrorEntry> listed = current.stream().flatMap(a -> loaded.entries(a).stream()).toList();
        browse.setEntries(listed, e -> articlePlaces.of(e).map(Article::title)
                .orElse(e.articleId()), searchFor.apply(listed));
        status.set(Status.READY);
        navigator.resumeFrom(settings.resume().get());
        try {
            String incident = settings.openIncident().get();
            if (incident != null && !incident.isBlank() && openIncident(incident)) {
                return;
            }
            String last = settings.lastEntry().get();
            if (last != null && !last.isBlank()) {
                listed.stream().filter(e -> Navigator.remembered(e).equals(last)).findFirst().ifPresent(e -> {
                    navigate(e, Reason.RESTORE);
                    navigator.restorePlaceholders(e);
                });
            }
        } finally {
            navigator.resumed();
        }
    }

    public void failed(String message) {
        failure.set(message);
        status.set(Status.FAILED);
    }

    /** Alt+Left: back to where the article was before a link, one cause in the Guide, or to the error before. */
    public boolean back() {
        if (view.get() == View.ARTICLE && articleView.back()) {
            return true;
        }
        if (view.get() == View.GUIDE && guide.back()) {
            return true;
        }
        var target = navigator.backTarget();
        target.ifPresent(entry -> navigate(entry, Reason.BACK));
        return target.isPresent();
    }

    /**
     * Puts the error's article into the Article view, and scrolls to where it should open. Done when the view is
     * looked at: building a long article's page is the costliest thing on screen, and a hidden page has no layout
     * to scroll in.
     */
    private void showArticle() {
        articlePlaces.show(article.get());
    }

    /**
     * Puts {@code next} on screen for {@code reason}: the walk it shows (see {@link Reason}), Back's history, the
     * article and the flowchart follow. An error of the open incident always shows the incident's walk.
     */
    public void navigate(@Nullable ErrorEntry next, Reason reason) {
        var place = navigator.placeFor(next, reason);
        guide.show(next, place.walk(), place.node());
        browse.selectedProperty().set(next);
        updateMissingLanguage();
        article.set(articlePlaces.of(next).orElse(null));
        // The article opens at the section of the cause on screen after a switch of language, else of the error.
        articlePlaces.openAt(next, guide.currentCause().filter(c -> reason == Reason.LANGUAGE).orElse(null));
        if (view.get() == View.ARTICLE) {
            showArticle();
        }
        if (next != null) {
            settings.lastEntry().set(Navigator.remembered(next));
        }
        flowchartStale = true;
        if (view.get() == View.FLOWCHART) {
            showTreesIfStale();
        }
    }
}
