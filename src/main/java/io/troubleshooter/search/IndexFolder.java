package io.troubleshooter.search;

import io.troubleshooter.content.EngineVersion;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Where a {@link SearchIndex} lives: in memory, or in a folder of the data folder's cache named by the engine
 * build. An index on disk is only used when this build wrote it (its commit says so), it passes Lucene's
 * checksums and no other window holds it; otherwise it is discarded and made again, or left to the other window.
 */
final class IndexFolder {

    private static final Logger LOG = System.getLogger(IndexFolder.class.getName());
    static final String PREFIX = "search-";
    /** Raised when what a document holds changes in a way the class files below do not show. */
    private static final int FORMAT = 1;
    private static final String WRITTEN_BY = "writtenBy";
    private static final String MARK = mark();

    private IndexFolder() {
    }

    static SearchIndex inMemory() {
        try {
            return open(new ByteBuffersDirectory(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("making a search index in memory", e);
        }
    }

    static SearchIndex open(Path cacheRoot) {
        Path folder = cacheRoot.resolve(PREFIX + EngineVersion.current());
        removeOtherBuilds(cacheRoot, folder);
        try {
            return onDisk(folder);
        } catch (LockObtainFailedException e) {
            LOG.log(Level.WARNING, "The search index " + folder + " is used by another window on the same data "
                    + "folder; this window keeps its own in memory");
            return inMemory();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The search index " + folder + " cannot be used and is made again: " + e);
        }
        try {
            deleteTree(folder);
            return onDisk(folder);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The search index cannot be kept in " + folder + "; it is kept in memory", e);
            return inMemory();
        }
    }

    private static SearchIndex onDisk(Path folder) throws IOException {
        Files.createDirectories(folder);
        return open(FSDirectory.open(folder), true);
    }

    private static SearchIndex open(Directory directory, boolean onDisk) throws IOException {
        IndexWriter writer = null;
        SearcherManager searchers = null;
        try {
            var config = new IndexWriterConfig(EntryDocuments.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(32);
            writer = new IndexWriter(directory, config);
            Map<String, String> written = new HashMap<>();
            Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
            if (data != null) {
                data.forEach(e -> written.put(e.getKey(), e.getValue()));
            }
            if (DirectoryReader.indexExists(directory) && !MARK.equals(written.get(WRITTEN_BY))) {
                throw new IOException("written by another build (" + written.get(WRITTEN_BY) + ")");
            }
            writer.setLiveCommitData(Map.of(WRITTEN_BY, MARK).entrySet());
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader,
                                                 IndexReader previous) {
                    var searcher = new IndexSearcher(reader);
                    // Every keystroke is a new query: caching clauses would cost time and memory, never paying off.
                    searcher.setQueryCache(null);
                    return searcher;
                }
            });
            Set<String> keys = keys(searchers);
            return new SearchIndex(directory, writer, searchers, onDisk, keys);
        } catch (IOException | RuntimeException e) {
            closeQuietly(searchers);
            closeQuietly(writer);
            closeQuietly(directory);
            throw e;
        }
    }

    /** The files the index holds live documents of, after checking every file of it against its checksum. */
    private static Set<String> keys(SearcherManager searchers) throws IOException {
        var keys = new HashSet<String>();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
                Terms terms = leaf.reader().terms(EntryDocuments.FILE);
                if (terms == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                TermsEnum each = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef key = each.next(); key != null; key = each.next()) {
                    postings = each.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            keys.add(key.utf8ToString());
                            break;
                        }
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return keys;
    }

    /**
     * Which build wrote an index: Lucene's version, the format, and the classes that say what a document holds
     * (in a developer's build the engine version does not cover them).
     */
    private static String mark() {
        var bytes = new ByteArrayOutputStream();
        for (Class<?> type : new Class<?>[]{EntryDocuments.class, TextAnalysis.class}) {
            try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                if (in != null) {
                    bytes.writeBytes(in.readAllBytes());
                }
            } catch (IOException e) {
                bytes.writeBytes(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            }
        }
        return Version.LATEST + "-" + FORMAT + "-" + EngineVersion.hash(bytes.toByteArray()).substring(0, 16);
    }

    private static void removeOtherBuilds(Path cacheRoot, Path keep) {
        if (!Files.isDirectory(cacheRoot)) {
            return;
        }
        try (Stream<Path> siblings = Files.list(cacheRoot)) {
            siblings.filter(p -> p.getFileName().toString().startsWith(PREFIX) && !p.equals(keep)).forEach(p -> {
                try {
                    deleteTree(p);
                } catch (IOException e) {
                    LOG.log(Level.DEBUG, "Could not delete the search index of another build " + p, e);
                }
            });
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Could not list " + cacheRoot, e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static void closeQuietly(@Nullable AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.log(Level.DEBUG, "Closing after a failure", e);
        }
    }
}
