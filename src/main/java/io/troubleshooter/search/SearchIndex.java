package io.troubleshooter.search;

import io.troubleshooter.guide.ErrorEntry;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The error list's search: codes (exact, prefix, fragment, with typos), numeric ids, and messages pasted in
 * Spanish, Portuguese or English. Built once in memory; {@link #search} may be called from any thread.
 */
public final class SearchIndex {

    /** One matching entry; a higher score is a better match. */
    public record Hit(ErrorEntry entry, float score) { }

    private final List<ErrorEntry> entries;
    private final IndexSearcher searcher;
    private final QueryPlanner planner;

    private SearchIndex(List<ErrorEntry> entries, IndexSearcher searcher, QueryPlanner planner) {
        this.entries = entries;
        this.searcher = searcher;
        this.planner = planner;
    }

    public static SearchIndex build(List<ErrorEntry> entries) {
        List<ErrorEntry> copy = List.copyOf(entries);
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(EntryDocuments.analyzer()))) {
            for (int i = 0; i < copy.size(); i++) {
                writer.addDocument(EntryDocuments.of(copy.get(i), i));
            }
            // One segment: fewer term dictionaries to walk per keystroke.
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("building the search index in memory", e);
        }
        try {
            var searcher = new IndexSearcher(DirectoryReader.open(directory));
            // Every keystroke is a new query: caching clauses would cost time and memory without ever paying off.
            searcher.setQueryCache(null);
            return new SearchIndex(copy, searcher, new QueryPlanner(languages(copy)));
        } catch (IOException e) {
            throw new UncheckedIOException("opening the search index in memory", e);
        }
    }

    /** Prose is only searched in the languages the entries are written in. */
    private static Set<String> languages(List<ErrorEntry> entries) {
        var languages = new LinkedHashSet<String>();
        entries.forEach(e -> languages.add(TextAnalysis.language(e.locale())));
        return languages;
    }

    public int size() {
        return entries.size();
    }

    /** The best {@code limit} matches, best first; none for a blank query. Any input is searched as plain text. */
    public List<Hit> search(String query, int limit) {
        if (limit <= 0 || query == null || query.isBlank()) {
            return List.of();
        }
        Optional<Query> planned = planner.plan(query);
        if (planned.isEmpty()) {
            return List.of();
        }
        try {
            ScoreDoc[] docs = searcher.search(planned.get(), limit).scoreDocs;
            StoredFields stored = searcher.storedFields();
            var hits = new ArrayList<Hit>(docs.length);
            for (ScoreDoc doc : docs) {
                int ordinal = stored.document(doc.doc, Set.of(EntryDocuments.ORDINAL))
                        .getField(EntryDocuments.ORDINAL).numericValue().intValue();
                hits.add(new Hit(entries.get(ordinal), doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index in memory", e);
        }
    }
}
