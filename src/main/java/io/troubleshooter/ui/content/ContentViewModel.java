package io.troubleshooter.ui.content;

import io.troubleshooter.content.FolderWatcher;
import io.troubleshooter.guide.Terms;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.SourceCatalog;
import io.troubleshooter.ui.Settings;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.jspecify.annotations.Nullable;

/**
 * The content the window shows and where it comes from: the shipped articles, the engineer's own articles folder
 * in the data folder, and the folders added in settings. Folders are read in the background, in order, the
 * catalog shown growing as each is read; afterwards they are watched, and a file that changes is read again on
 * its own. Every catalog made is handed to {@code publish} on the FX thread, saying whether it is complete: a
 * catalog made while folders are still being read lacks their files.
 */
public final class ContentViewModel {

    /** Told each catalog made, on the FX thread, and whether every folder asked for has been read into it. */
    public interface Publisher {
        void publish(Catalog catalog, boolean complete);
    }

    private static final Logger LOG = System.getLogger(ContentViewModel.class.getName());
    /** The root the shipped content is listed under. */
    static final Path SHIPPED = Path.of("content");

    private final SourceCatalog sources;
    private final Path ownFolder;
    private final Settings settings;
    private final Publisher publish;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("content-sources").unstarted(r));
    private final AtomicBoolean publishPending = new AtomicBoolean();
    private final ObservableList<SourceCatalog.Source> folders = FXCollections.observableArrayList();
    private final ObservableList<SourceCatalog.Source> foldersShown = FXCollections.unmodifiableObservableList(folders);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper reading = new ReadOnlyStringWrapper(this, "reading", "");
    private final boolean shipped;
    private @Nullable FolderWatcher watcher;
    private final AtomicInteger queued = new AtomicInteger();

    public ContentViewModel(Path dataFolder, Settings settings, Publisher publish) {
        this(dataFolder, settings, publish, true);
    }

    /** Without the shipped content: for a window that shows only a team's articles (tests). */
    ContentViewModel(Path dataFolder, Settings settings, Publisher publish, boolean shipped) {
        this.shipped = shipped;
        this.ownFolder = dataFolder.resolve("articles").toAbsolutePath().normalize();
        this.settings = settings;
        this.publish = publish;
        this.sources = new SourceCatalog(Terms.shipped(), SourceCatalog.openCache(dataFolder.resolve("cache")));
    }

    /** Reads the shipped content and every folder, then watches them; returns at once. */
    public void start() {
        try {
            Files.createDirectories(ownFolder);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The own articles folder " + ownFolder + " cannot be made", e);
        }
        try {
            watcher = new FolderWatcher((root, file) -> reader.execute(() -> {
                if (sources.refresh(file)) {
                    publishSoon();
                }
            }));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Folders are not watched; changes show after a restart", e);
        }
        if (shipped) {
            submit(sources::loadShipped, null);
        }
        for (Path folder : folderPaths()) {
            load(folder);
        }
        settings.sourceFolders().addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(f -> forget(Path.of(f)));
                change.getAddedSubList().forEach(f -> load(Path.of(f)));
            }
        });
    }

    /** The own folder first, then those added in settings. */
    public List<Path> folderPaths() {
        var out = new ArrayList<Path>();
        out.add(ownFolder);
        settings.sourceFolders().stream().map(f -> Path.of(f).toAbsolutePath().normalize())
                .filter(p -> !out.contains(p)).forEach(out::add);
        return out;
    }

    public Path ownFolder() {
        return ownFolder;
    }

    private void load(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        submit(() -> {
            Platform.runLater(() -> reading.set(root.toString()));
            sources.load(root, (done, total) -> {
                if (done == total || done % 50 == 0) {
                    Platform.runLater(() -> progress.set(total == 0 ? 1 : (double) done / total));
                }
            });
            if (watcher != null) {
                watcher.watch(root);
            }
        }, root);
    }

    private void forget(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        submit(() -> {
            if (watcher != null) {
                watcher.unwatch(root);
            }
            sources.remove(root);
        }, null);
    }

    private void submit(Runnable work, @Nullable Path folder) {
        queued.incrementAndGet();
        Platform.runLater(() -> working.set(true));
        reader.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Articles " + (folder == null ? "" : "in " + folder + " ") + "could not be read",
                        e);
            } finally {
                queued.decrementAndGet();
                publishSoon();
            }
        });
    }

    /** One catalog for however many changes came meanwhile: made off the FX thread, shown on it. */
    private void publishSoon() {
        if (publishPending.compareAndSet(false, true)) {
            reader.execute(() -> {
                publishPending.set(false);
                Catalog catalog = sources.catalog();
                List<SourceCatalog.Source> now = new ArrayList<>();
                sources.shipped().ifPresent(shipped -> now.add(shippedSource(shipped)));
                now.addAll(sources.sources());
                boolean idle = queued.get() == 0;
                Platform.runLater(() -> {
                    folders.setAll(now);
                    publish.publish(catalog, idle);
                    if (idle) {
                        working.set(false);
                        reading.set("");
                    }
                });
            });
        }
    }

    /**
     * Copies article files, or folders of them, into the own articles folder, where they are read like any other;
     * a name already there gets a number. Returns what could not be copied, with the reason.
     */
    public List<String> addArticles(List<Path> chosen) {
        var failed = new ArrayList<String>();
        var copied = new ArrayList<Path>();
        for (Path from : chosen) {
            try {
                Path to = free(ownFolder.resolve(from.getFileName().toString()));
                if (Files.isDirectory(from)) {
                    copyTree(from, to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
                copied.add(to);
            } catch (IOException | RuntimeException e) {
                failed.add(from + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
        submit(() -> copied.forEach(sources::refresh), null);
        return failed;
    }

    /** Whether a file was added through {@link #addArticles} (it lies in the own folder) and so can be removed. */
    public boolean removable(Path file) {
        return file.toAbsolutePath().normalize().startsWith(ownFolder);
    }

    /** Deletes an article added to the own folder; false when it is not one or could not be deleted. */
    public boolean removeArticle(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!removable(absolute)) {
            return false;
        }
        try {
            Files.deleteIfExists(absolute);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove " + absolute, e);
            return false;
        }
        submit(() -> sources.refresh(absolute), null);
        return true;
    }

    private static Path free(Path wanted) {
        if (!Files.exists(wanted)) {
            return wanted;
        }
        String name = wanted.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; ; i++) {
            Path next = wanted.resolveSibling(stem + "-" + i + ext);
            if (!Files.exists(next)) {
                return next;
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** The shipped content as a source whose files are its articles, each with its own entries and problems. */
    private static SourceCatalog.Source shippedSource(SourceCatalog.FileRead shipped) {
        var files = new ArrayList<SourceCatalog.FileRead>();
        for (int i = 0; i < shipped.articles().size(); i++) {
            var article = shipped.articles().get(i);
            var problems = shipped.problems().stream().filter(p -> p.path().equals(article.path())).toList();
            files.add(new SourceCatalog.FileRead(SHIPPED, article.path(), article.path(), "", List.of(article),
                    List.of(shipped.entries().get(i)), problems));
        }
        return new SourceCatalog.Source(SHIPPED, files, List.of());
    }

    /** The rows of the sources: the shipped content, the own folder, then the folders added, in that order. */
    public List<ContentRow.Folder> rows() {
        return folders.stream().map(s -> new ContentRow.Folder(s.root(), s.root().equals(ownFolder),
                s.root().equals(SHIPPED), s.files().size(), s.files().stream().mapToInt(f -> f.articles().size())
                .sum())).toList();
    }

    /** A source's files in name order, each saying whether it can be removed. */
    public List<ContentRow.File> files(ContentRow.Folder folder) {
        return folders.stream().filter(s -> s.root().equals(folder.root())).findFirst()
                .map(s -> s.files().stream().map(f -> new ContentRow.File(f, removable(f.source()
                        .resolve(f.relative())) && !folder.shipped())).toList()).orElse(List.of());
    }

    /** Reads a folder beside the others from now on; remembered in the settings. */
    public void readFolder(Path folder) {
        String path = folder.toAbsolutePath().normalize().toString();
        if (!settings.sourceFolders().contains(path) && !folder.toAbsolutePath().normalize().equals(ownFolder)) {
            settings.sourceFolders().add(path);
        }
    }

    /** Stops reading a folder added in settings; its files are left as they are. */
    public void stopReading(Path folder) {
        settings.sourceFolders().remove(folder.toAbsolutePath().normalize().toString());
    }

    /** The folders read, each with its files, as last published. */
    public ObservableList<SourceCatalog.Source> folders() {
        return foldersShown;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** Of the folder being read, the part read (0 to 1). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The folder being read, empty when none. */
    public ReadOnlyStringProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** Waits for the work asked so far (tests, the bench); false when it did not end in time. */
    public boolean awaitIdle(long millis) throws InterruptedException {
        var done = new CountDownLatch(1);
        reader.execute(done::countDown);
        return done.await(millis, TimeUnit.MILLISECONDS);
    }

    public void close() {
        reader.shutdownNow();
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "Watcher not closed", e);
            }
        }
    }
}
