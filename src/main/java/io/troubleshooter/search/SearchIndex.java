package io.troubleshooter.search;

import io.troubleshooter.guide.ErrorEntry;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The error list's search: codes (exact, prefix, fragment, with typos), numeric ids, and messages pasted in
 * Spanish, Portuguese or English. Each document carries the key of the file its entry was read from, so the index
 * follows the files: {@link #sync} deletes the documents of files gone or changed and adds those of new ones, and
 * the searches after it see the change. Kept in memory, or on disk ({@link #open}) so a restart reuses it.
 * {@link #search} may be called from any thread, also while a sync runs.
 */
public final class SearchIndex implements Closeable {

    /** One matching entry; a higher score is a better match. */
    public record Hit(ErrorEntry entry, float score) { }

    /** What a sync did: files whose documents were added or deleted, documents added, and how long it took. */
    public record Sync(int filesAdded, int filesRemoved, int documentsAdded, double millis) {

        public boolean changed() {
            return filesAdded > 0 || filesRemoved > 0;
        }
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean onDisk;
    /** The files the index holds documents of; written under the lock, read by searches. */
    private final Set<String> keys;
    private volatile Set<String> indexed;
    /** The files last synced, and the scope of {@link #search(String, int)} over them, made when first needed. */
    private volatile Map<String, List<ErrorEntry>> syncedFiles = Map.of();
    private volatile @Nullable Scope synced;

    SearchIndex(Directory directory, IndexWriter writer, SearcherManager searchers, boolean onDisk,
                Set<String> keys) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.onDisk = onDisk;
        this.keys = new HashSet<>(keys);
        this.indexed = Set.copyOf(keys);
    }

    /** An index of {@code entries} in memory, as one file. */
    public static SearchIndex build(List<ErrorEntry> entries) {
        SearchIndex index = inMemory();
        index.sync(Map.of("", List.copyOf(entries)), true);
        // One segment: fewer term dictionaries to walk per keystroke.
        index.merge();
        return index;
    }

    /** An empty index in memory: what a window without a data folder, or whose index on disk fails, uses. */
    public static SearchIndex inMemory() {
        return IndexFolder.inMemory();
    }

    /**
     * The index kept under {@code cacheRoot} for this build (other builds' are deleted). One that is corrupt or
     * written by something else is discarded and built again; one another window holds is left to it, and this
     * one is kept in memory. Never fails: the worst case is an index in memory, said in the log.
     */
    public static SearchIndex open(Path cacheRoot) {
        return IndexFolder.open(cacheRoot);
    }

    public boolean onDisk() {
        return onDisk;
    }

    /** Entries of the files last synced. */
    public int size() {
        return scope().size();
    }

    private Scope scope() {
        Scope scope = synced;
        if (scope == null) {
            scope = Scope.of(syncedFiles, null);
            synced = scope;
        }
        return scope;
    }

    /**
     * Brings the index to {@code files} (each file's key and its entries, in order): adds the documents of keys it
     * does not hold and, when {@code complete} says these are all the files there are, deletes those of other keys.
     * A file that changed has a new key, so its old entries go and its new ones come. The searches after this
     * returns see the result; on disk it is kept by the next {@link #commit}.
     */
    public synchronized Sync sync(Map<String, List<ErrorEntry>> files, boolean complete) {
        long start = System.nanoTime();
        int removed = 0;
        int added = 0;
        int documents = 0;
        try {
            if (complete) {
                for (String key : List.copyOf(keys)) {
                    if (!files.containsKey(key)) {
                        writer.deleteDocuments(new Term(EntryDocuments.FILE, key));
                        keys.remove(key);
                        removed++;
                    }
                }
            }
            for (Map.Entry<String, List<ErrorEntry>> file : files.entrySet()) {
                List<ErrorEntry> entries = file.getValue();
                if (entries.isEmpty() || keys.contains(file.getKey())) {
                    continue;
                }
                for (int i = 0; i < entries.size(); i++) {
                    writer.addDocument(EntryDocuments.of(entries.get(i), file.getKey(), i));
                }
                keys.add(file.getKey());
                added++;
                documents += entries.size();
            }
            if (added > 0 || removed > 0) {
                searchers.maybeRefreshBlocking();
                indexed = Set.copyOf(keys);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("updating the search index " + where(), e);
        }
        syncedFiles = files;
        synced = null;
        return new Sync(added, removed, documents, (System.nanoTime() - start) / 1e6);
    }

    /** Keeps what was synced on disk (atomically: a crash leaves the previous commit); nothing in memory. */
    public synchronized void commit() {
        if (!onDisk || !writer.hasUncommittedChanges()) {
            return;
        }
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("saving the search index " + where(), e);
        }
    }

    private synchronized void merge() {
        try {
            writer.forceMerge(1);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("merging the search index " + where(), e);
        }
    }

    /** The best {@code limit} matches among the files last synced, best first; none for a blank query. */
    public List<Hit> search(String query, int limit) {
        return search(query, limit, scope());
    }

    /**
     * The best {@code limit} matches among {@code scope}'s entries, best first; none for a blank query. Any input is
     * searched as plain text.
     */
    public List<Hit> search(String query, int limit, Scope scope) {
        if (limit <= 0 || query == null || query.isBlank()) {
            return List.of();
        }
        Optional<Query> planned = scope.planner().plan(query);
        if (planned.isEmpty()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // Documents of files the scope does not hold (a catalog still being read, a file just changed)
                // must not take the places of the scope's own.
                boolean restrict = !scope.files().keySet().containsAll(indexed);
                List<Hit> hits = search(searcher, planned.get(), limit, scope, restrict);
                if (hits.size() < limit && !restrict && !scope.files().keySet().containsAll(indexed)) {
                    hits = search(searcher, planned.get(), limit, scope, true);
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index " + where(), e);
        }
    }

    private static List<Hit> search(IndexSearcher searcher, Query planned, int limit, Scope scope, boolean restrict)
            throws IOException {
        Query query = planned;
        if (restrict) {
            var keys = new ArrayList<BytesRef>();
            scope.files().keySet().forEach(k -> keys.add(new BytesRef(k)));
            query = new BooleanQuery.Builder().add(planned, BooleanClause.Occur.MUST)
                    .add(new TermInSetQuery(EntryDocuments.FILE, keys), BooleanClause.Occur.FILTER).build();
        }
        // Entries the scope holds but does not show (older versions) may come first: asked for as well.
        TopDocs top = searcher.search(query, limit + scope.hidden());
        return Hits.of(searcher, top, scope, limit);
    }

    private String where() {
        return onDisk ? "on disk" : "in memory";
    }

    Directory directory() {
        return directory;
    }

    @Override
    public synchronized void close() {
        try (directory; writer; searchers) {
            if (onDisk && writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("closing the search index " + where(), e);
        }
    }
}
