package io.troubleshooter.search;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The window's search, one index kept in step with the catalogs shown: each catalog asks for a sync (in the
 * order asked, on a thread of its own) and gets a search that waits for it, then finds only that catalog's
 * listed entries. The index is opened, and the syncs start, once {@link #start} is called (after the window's
 * first frame) or a query needs them. An index that fails is replaced by one in memory, made again from the last
 * catalog; when even that fails, the queries say so.
 */
public final class CatalogSearch implements AutoCloseable {

    private static final Logger LOG = System.getLogger(CatalogSearch.class.getName());

    /** The files a catalog asked for and the scope its searches use. */
    private record Asked(Map<String, List<ErrorEntry>> files, boolean complete, Scope scope) { }

    private final Supplier<SearchIndex> opener;
    private final CountDownLatch started = new CountDownLatch(1);
    private final ExecutorService syncs = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("search-index").unstarted(r));
    private volatile @Nullable SearchIndex index;
    private volatile SearchIndex.@Nullable Sync last;
    /** The last catalog synced, for an index made again in memory; only touched on the sync thread. */
    private @Nullable Asked synced;

    /** {@code opener} gives the index to use: on disk ({@link SearchIndex#open}) or in memory. */
    public CatalogSearch(Supplier<SearchIndex> opener) {
        this.opener = opener;
        syncs.execute(() -> {
            try {
                started.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Opens the index and runs the syncs asked so far; returns at once. */
    public void start() {
        started.countDown();
    }

    /**
     * The search over {@code listed} (entries of {@code catalog}) once the index holds the catalog's files;
     * {@code complete} says the catalog holds every file there is, so the index may forget the others.
     */
    public Function<String, List<ErrorEntry>> searchFor(Catalog catalog, boolean complete, List<ErrorEntry> listed,
                                                        int limit) {
        CompletableFuture<Asked> ready = CompletableFuture.supplyAsync(() -> {
            Map<String, List<ErrorEntry>> files = catalog.entriesByFile();
            var asked = new Asked(files, complete, Scope.of(files, listed));
            sync(asked);
            return asked;
        }, syncs);
        return query -> {
            start();
            Asked asked;
            try {
                asked = ready.join();
            } catch (CompletionException e) {
                throw new IllegalStateException("search index failed", e.getCause());
            }
            return search(query, limit, asked);
        };
    }

    private List<ErrorEntry> search(String query, int limit, Asked asked) {
        SearchIndex current = index;
        try {
            return current.search(query, limit, asked.scope()).stream().map(SearchIndex.Hit::entry).toList();
        } catch (RuntimeException e) {
            if (!current.onDisk()) {
                throw e;
            }
            LOG.log(Level.WARNING, "The search index on disk failed; it is made again in memory", e);
            CompletableFuture.runAsync(() -> {
                if (index == current) {
                    replace(current);
                }
            }, syncs).join();
            return index.search(query, limit, asked.scope()).stream().map(SearchIndex.Hit::entry).toList();
        }
    }

    /** On the sync thread: brings the index to the catalog asked for, opening it first if need be. */
    private void sync(Asked asked) {
        if (index == null) {
            index = opener.get();
        }
        SearchIndex current = index;
        try {
            last = current.sync(asked.files(), asked.complete());
        } catch (RuntimeException e) {
            if (!current.onDisk()) {
                throw logged(asked, e);
            }
            LOG.log(Level.WARNING, "The search index on disk could not be updated; it is made again in memory", e);
            synced = asked;
            replace(current);
            return;
        }
        synced = asked;
        // Saved after the searches waiting for this sync have gone on: they need not wait for the disk.
        syncs.execute(() -> {
            if (index != current) {
                return;
            }
            try {
                current.commit();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The search index could not be saved; the next start updates it again", e);
            }
        });
    }

    /** An index in memory instead of {@code failed}, holding the last catalog synced. */
    private void replace(SearchIndex failed) {
        try {
            failed.close();
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "Closing the failed search index", e);
        }
        var fresh = SearchIndex.inMemory();
        index = fresh;
        if (synced != null) {
            try {
                last = fresh.sync(synced.files(), true);
            } catch (RuntimeException e) {
                throw logged(synced, e);
            }
        }
    }

    private static RuntimeException logged(Asked asked, RuntimeException e) {
        LOG.log(Level.ERROR, "The search index could not be built from " + asked.scope().size() + " errors", e);
        return e;
    }

    /** What the last sync did, if one ran. */
    public SearchIndex.@Nullable Sync lastSync() {
        return last;
    }

    /** Saves the index and closes it, waiting at most {@code millis} for a sync under way. */
    public void close(long millis) {
        started.countDown();
        syncs.execute(() -> {
            SearchIndex current = index;
            if (current != null) {
                try {
                    current.close();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The search index could not be saved on exit", e);
                }
            }
        });
        syncs.shutdown();
        try {
            syncs.awaitTermination(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(10_000);
    }
}
