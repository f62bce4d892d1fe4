package io.troubleshooter.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * The prose part of a query in one language: relevance (BM25 on messages and on the article's text), the
 * message as a phrase, and coverage, the number of the query's words an entry contains.
 * <p>
 * Coverage is what makes a pasted message find its entry in the language it is written in: BM25 alone favours
 * the language with the most entries, because a term is rarer, so worth more, in a larger field.
 */
final class ProseQueries {

    private static final float MESSAGE_BOOST = 3;
    private static final float BODY_BOOST = 1;
    private static final float PHRASE_BOOST = 6;
    private static final float COVERAGE_IN_MESSAGE = 4;
    private static final float COVERAGE_IN_BODY = 2;
    private static final int PHRASE_SLOP = 2;

    private final String language;
    private final Analyzer analyzer;
    private final QueryBuilder builder;

    ProseQueries(String language) {
        this.language = language;
        this.analyzer = TextAnalysis.prose(language);
        this.builder = new QueryBuilder(analyzer);
    }

    /** The clauses to add to the query for {@code text}, which has {@code words} words. */
    List<Query> clauses(String text, int words) {
        String message = EntryDocuments.messageField(language);
        String body = EntryDocuments.bodyField(language);
        var clauses = new ArrayList<Query>();
        boost(builder.createBooleanQuery(message, text), MESSAGE_BOOST, clauses);
        boost(builder.createBooleanQuery(body, text), BODY_BOOST, clauses);
        if (words > 1) {
            boost(builder.createPhraseQuery(message, text, PHRASE_SLOP), PHRASE_BOOST, clauses);
        }
        var coverage = new BooleanQuery.Builder();
        List<String> terms = TextAnalysis.terms(analyzer, text);
        for (String term : terms) {
            coverage.add(new DisjunctionMaxQuery(List.of(
                    constant(new TermQuery(new Term(message, term)), COVERAGE_IN_MESSAGE),
                    constant(new TermQuery(new Term(body, term)), COVERAGE_IN_BODY)), 0), BooleanClause.Occur.SHOULD);
        }
        if (!terms.isEmpty()) {
            clauses.add(coverage.build());
        }
        return clauses;
    }

    private static Query constant(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    private static void boost(Query query, float boost, List<Query> into) {
        if (query != null) {
            into.add(new BoostQuery(query, boost));
        }
    }
}
