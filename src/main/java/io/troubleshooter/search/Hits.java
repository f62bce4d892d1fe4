package io.troubleshooter.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Matching documents mapped back to the entries they were made of, through their file key and position. */
final class Hits {

    private Hits() {
    }

    static List<SearchIndex.Hit> of(IndexSearcher searcher, TopDocs top, Scope scope, int limit) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        var hits = new ArrayList<SearchIndex.Hit>(Math.min(limit, top.scoreDocs.length));
        for (ScoreDoc doc : top.scoreDocs) {
            if (hits.size() == limit) {
                break;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc.doc, leaves));
            int local = doc.doc - leaf.docBase;
            SortedDocValues file = leaf.reader().getSortedDocValues(EntryDocuments.FILE);
            NumericDocValues position = leaf.reader().getNumericDocValues(EntryDocuments.POSITION);
            if (file == null || position == null || !file.advanceExact(local) || !position.advanceExact(local)) {
                continue;
            }
            String key = file.lookupOrd(file.ordValue()).utf8ToString();
            scope.entry(key, position.longValue()).ifPresent(e -> hits.add(new SearchIndex.Hit(e, doc.score)));
        }
        return hits;
    }
}
