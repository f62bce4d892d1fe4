package io.troubleshooter.content;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Tells which files of the watched folders were added, changed or removed, on a thread of its own: every folder
 * below a watched one is watched too, and a folder added later is watched as soon as it appears. A burst of events
 * for one file (an editor saving in several writes) is told once per batch. When the system drops events, the
 * whole folder is told as changed.
 */
public final class FolderWatcher implements Closeable {

    private static final Logger LOG = System.getLogger(FolderWatcher.class.getName());
    /** How long a batch waits for one more event after the last. */
    private static final Duration SETTLE = Duration.ofMillis(15);
    /** How long a batch gathers events at most, so a folder being copied is still told as it goes. */
    private static final Duration BATCH_LIMIT = Duration.ofMillis(250);

    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Map<Path, Path> rootOf = new ConcurrentHashMap<>();
    private final BiConsumer<Path, Path> changed;
    private final Thread thread;

    /** {@code changed} gets the watched folder and the file (or, when events were lost, the folder itself). */
    public FolderWatcher(BiConsumer<Path, Path> changed) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.changed = changed;
        this.thread = Thread.ofPlatform().daemon().name("folder-watcher").start(this::run);
    }

    /** Watches a folder and every folder below it; a folder that cannot be watched is logged and left. */
    public void watch(Path root) {
        Path normal = root.toAbsolutePath().normalize();
        register(normal, normal);
    }

    public void unwatch(Path root) {
        Path normal = root.toAbsolutePath().normalize();
        keys.entrySet().removeIf(e -> {
            if (rootOf.get(e.getValue()) != null && rootOf.get(e.getValue()).equals(normal)) {
                e.getKey().cancel();
                rootOf.remove(e.getValue());
                return true;
            }
            return false;
        });
    }

    private void register(Path root, Path start) {
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), SourceFolder.MAX_DEPTH,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (rootOf.containsKey(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            try {
                                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                                keys.put(key, dir);
                                rootOf.put(dir, root);
                            } catch (IOException e) {
                                LOG.log(Level.WARNING, "Folder " + dir + " is not watched: " + e);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Folder " + start + " is not watched: " + e);
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                var batch = new LinkedHashSet<Path>();
                collect(key, batch);
                // What follows within a moment goes in the same batch: a save that truncates, then writes, is told
                // as two events; one re-read of the file written is enough.
                long until = System.nanoTime() + BATCH_LIMIT.toNanos();
                for (WatchKey more = service.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS); more != null;
                        more = System.nanoTime() < until ? service.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS)
                                : service.poll()) {
                    collect(more, batch);
                }
                for (Path path : batch) {
                    Path dir = Files.isDirectory(path) ? path : path.getParent();
                    Path root = rootOf.getOrDefault(path, rootOf.get(dir));
                    if (root != null) {
                        tell(root, path);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path dir = keys.get(key);
        if (dir == null) {
            key.cancel();
            return;
        }
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                batch.add(rootOf.getOrDefault(dir, dir));
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                register(rootOf.get(dir), path);
                batch.add(path);
            } else {
                batch.add(path);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
            rootOf.remove(dir);
        }
    }

    private void tell(Path root, Path path) {
        try {
            changed.accept(root, path);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "A change to " + path + " could not be taken in", e);
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
