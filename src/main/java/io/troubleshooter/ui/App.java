package io.troubleshooter.ui;

import io.troubleshooter.flow.FlowLayout;
import io.troubleshooter.flow.Sizer;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.incident.DataFolder;
import io.troubleshooter.logging.LogFile;
import io.troubleshooter.search.CatalogSearch;
import io.troubleshooter.search.SearchIndex;
import io.troubleshooter.ui.content.ContentViewModel;
import io.troubleshooter.ui.content.ContentWindow;
import io.troubleshooter.ui.i18n.I18n;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop window: shown first, then filled with the articles loaded in the background. */
public class App extends Application {

    /** Set by {@code --first-frame}: print when the window first shows the loaded content, then exit. */
    static final String FIRST_FRAME = "troubleshooter.firstFrame";
    /** With {@link #FIRST_FRAME}: wait for the frame listing every folder of articles, print "sources-frame". */
    static final String SOURCES_FRAME = "troubleshooter.sourcesFrame";
    static final int RESULTS = 100;
    /** How long closing the window waits for the search index to be saved. */
    private static final long SAVE_INDEX_MILLIS = 5_000;

    private static final Logger LOG = System.getLogger(App.class.getName());

    private static final AtomicReference<CompletableFuture<Catalog>>
            CONTENT = new AtomicReference<>();
    /** Told once the window has laid out a frame showing the loaded content (or why it failed); for the probes. */
    private static final AtomicReference<Consumer<MainViewModel>> CONTENT_SHOWN = new AtomicReference<>();

    /**
     * Starts reading the articles, once, on a thread of its own: called before JavaFX brings up its toolkit, so
     * the reading and the toolkit's start overlap.
     */
    static CompletableFuture<Catalog> loadContent() {
        var fresh = new CompletableFuture<Catalog>();
        if (!CONTENT.compareAndSet(null, fresh)) {
            return CONTENT.get();
        }
        Thread.ofPlatform().daemon().name("content-loader").start(() -> {
            try {
                fresh.complete(Catalog.loadShipped());
            } catch (RuntimeException | Error e) {
                LOG.log(Level.ERROR, "The shipped articles could not be loaded", e);
                fresh.completeExceptionally(e);
            }
        });
        return fresh;
    }

    /** The log file in the data folder ({@code logs/}), from the first thing the app does; once per process. */
    static void startLogging() {
        LogFile.installOnce(DataFolder.resolve().resolve("logs"));
    }

    /**
     * Asks the next window started to call {@code then}, on the FX thread, once a laid-out frame shows the loaded
     * content or why it failed to load: the smoke check uses it to know the window works.
     */
    public static void whenContentShown(Consumer<MainViewModel> then) {
        CONTENT_SHOWN.set(then);
    }

    private CompletableFuture<Catalog> content;

    @Override
    public void init() {
        startLogging();
        content = loadContent();
    }

    private Settings settings;
    private MainViewModel model;
    private ContentViewModel sources;
    private CatalogSearch searches;

    /** Nothing is lost on exit: the open incident and the settings are written before the JVM ends. */
    @Override
    public void stop() {
        if (model != null) {
            model.remember();
            model.incidents().flush();
        }
        if (sources != null) {
            sources.close();
        }
        if (searches != null) {
            searches.close(SAVE_INDEX_MILLIS);
        }
        if (settings != null) {
            settings.flush();
        }
    }

    @Override
    public void start(Stage stage) {
        settings = Settings.load(DataFolder.resolve().resolve("settings.properties"));
        var i18n = new I18n(Locale.ENGLISH);
        Theme.apply(settings.dark().get());
        settings.dark().addListener((obs, old, dark) -> Theme.apply(dark));
        model = new MainViewModel(settings);
        Path cache = model.dataFolder().resolve("cache");
        searches = new CatalogSearch(() -> SearchIndex.open(cache));
        var view = new MainView(model, i18n, url -> getHostServices().showDocument(url));
        var scene = new Scene(view, settings.width().get(), settings.height().get());
        scene.getStylesheets().addAll(Theme.stylesheets());
        stage.titleProperty().bind(i18n.text("app.title"));
        stage.setScene(scene);
        WindowBounds.restore(stage, settings);
        sources = new ContentViewModel(model.dataFolder(), settings, this::showSources);
        ContentWindow.install(scene, sources, i18n);
        if (Boolean.getBoolean(FIRST_FRAME) && Boolean.getBoolean(SOURCES_FRAME)) {
            sources.workingProperty().addListener((obs, was, working) -> {
                if (!working) {
                    afterNextFrame(scene, () -> {
                        System.out.println("sources-frame " + model.catalogProperty().get().articles().size());
                        System.out.flush();
                        Platform.exit();
                    });
                }
            });
        } else if (Boolean.getBoolean(FIRST_FRAME)) {
            afterContentFrame(scene, shown -> {
                System.out.println("first-frame");
                System.out.flush();
                Platform.runLater(Platform::exit);
            });
        }
        Consumer<MainViewModel> shown = CONTENT_SHOWN.getAndSet(null);
        if (shown != null) {
            afterContentFrame(scene, shown);
        }
        if (content.isDone()) {
            // Read while the toolkit started: the window's first frame already lists the errors.
            fill(content, scene);
        }
        stage.show();
        content.whenComplete((catalog, failure) -> Platform.runLater(() -> fill(content, scene)));
    }

    /** Puts the articles (or why they failed) into the window; the warm-ups start once that is on screen. */
    private void fill(CompletableFuture<Catalog> loaded, Scene scene) {
        if (model.statusProperty().get() != MainViewModel.Status.LOADING) {
            return;
        }
        Catalog catalog;
        try {
            catalog = loaded.join();
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            model.failed(cause.getMessage() == null ? cause.toString() : cause.getMessage());
            return;
        }
        try {
            // The folders are not read yet: the index keeps what it holds of them.
            model.setCatalog(catalog, listed -> searches.searchFor(catalog, false, listed, RESULTS));
        } catch (RuntimeException e) {
            // Said in the window rather than lost: the window is up, or about to be, either way.
            LOG.log(Level.ERROR, "The loaded articles could not be shown", e);
            model.failed(e.getMessage() == null ? e.toString() : e.getMessage());
            return;
        }
        if (Boolean.getBoolean(FIRST_FRAME) && !Boolean.getBoolean(SOURCES_FRAME)) {
            // The process ends at this frame; its AOT training run should not record the warm-ups' classes.
            return;
        }
        afterNextFrame(scene, () -> {
            sources.start();
            searches.start();
            warmUpLayout(catalog);
        });
    }

    /**
     * The catalog of the shipped content and the folders of articles, each time a folder is read or a file changes;
     * the search index is brought to it file by file, not built again.
     */
    private void showSources(Catalog catalog, boolean complete) {
        try {
            model.setCatalog(catalog, listed -> searches.searchFor(catalog, complete, listed, RESULTS));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "The articles read from the folders could not be shown", e);
        }
    }

    /** Calls {@code then} once a laid-out frame no longer says the content is loading. */
    private void afterContentFrame(Scene scene, Consumer<MainViewModel> then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (model.statusProperty().get() != MainViewModel.Status.LOADING) {
                scene.removePostLayoutPulseListener(listener[0]);
                then.accept(model);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Runs {@code then} once the next frame is laid out, so nothing competes with drawing it. */
    private static void afterNextFrame(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** The first flowchart layout loads ELK (about a second); done in the background once the window is up. */
    static void warmUpLayout(Catalog catalog) {
        Thread.ofPlatform().daemon().name("layout-warm-up").priority(Thread.MIN_PRIORITY).start(() -> {
            try {
                catalog.entries().stream().findFirst()
                        .ifPresent(entry -> FlowLayout.layout(entry.tree(), Sizer.approximate()));
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, "The flowchart warm-up failed; the first flowchart will be slow to show", e);
            }
        });
    }

    /**
     * Ranked search over the listed errors: codes (typos, fragments), numeric ids, pasted messages, in an index
     * built for them alone in memory (a window without a data folder). The index (Lucene, about a second on first
     * use) is built in the background so the list shows at once; a query typed before it is ready waits for it.
     */
    static Function<String, List<ErrorEntry>> search(List<ErrorEntry> entries) {
        var index = indexTask(entries);
        Thread.ofPlatform().daemon().name("search-index").start(index);
        return search(index);
    }

    /** Builds the search index; a failure is logged where it happens, and every query then fails saying so. */
    private static FutureTask<SearchIndex> indexTask(List<ErrorEntry> entries) {
        return new FutureTask<>(() -> {
            try {
                return SearchIndex.build(entries);
            } catch (RuntimeException | Error e) {
                LOG.log(Level.ERROR, "The search index could not be built from " + entries.size() + " errors", e);
                throw e;
            }
        });
    }

    /** Queries the index {@code index} builds; the first query builds it if no thread has started it yet. */
    private static Function<String, List<ErrorEntry>> search(FutureTask<SearchIndex> index) {
        return query -> {
            index.run();
            try {
                return index.get().search(query, RESULTS).stream().map(SearchIndex.Hit::entry).toList();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            } catch (ExecutionException e) {
                throw new IllegalStateException("search index failed", e.getCause());
            }
        };
    }
}
