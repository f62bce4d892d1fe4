package io.troubleshooter.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.troubleshooter.search.EntryDocuments.CODE;
import static io.troubleshooter.search.EntryDocuments.CODE_INFIX;
import static io.troubleshooter.search.EntryDocuments.CODE_PARTS;
import static io.troubleshooter.search.EntryDocuments.CODE_PREFIX;
import static io.troubleshooter.search.EntryDocuments.COMMANDS;
import static io.troubleshooter.search.EntryDocuments.EXACT_MESSAGE;
import static io.troubleshooter.search.EntryDocuments.NUMERIC_ID;

/**
 * Turns what an engineer types into a Lucene query, built term by term so no input is ever parsed as syntax.
 * Identifiers score in fixed tiers far above prose (an exact code beats a code prefix, which beats a typo, which
 * beats a fragment), and prose relevance orders the entries within a tier.
 */
final class QueryPlanner {

    static final float EXACT = 1000;
    static final float EXACT_MESSAGE_SCORE = 600;
    static final float CODE_PREFIX_SCORE = 400;
    static final float CODE_TYPO = 350;
    static final float ID_PREFIX = 300;
    static final float CODE_FRAGMENT = 250;
    static final float CODE_PREFIX_TYPO = 200;

    /** Longer than any portal message; keeps a pasted log under Lucene's clause limit and within a frame. */
    static final int MAX_WORDS = 32;
    /** Codes are looked up fuzzily only for the first few code-like words: each fuzzy term can expand to 50. */
    static final int MAX_CODE_WORDS = 3;
    private static final int MAX_EXPANSIONS = 50;
    private static final float CODE_PARTS_BOOST = 2;
    private static final float COMMANDS_BOOST = 3;

    private final List<ProseQueries> prose;
    private final QueryBuilder codeParts = new QueryBuilder(TextAnalysis.CODE_PARTS);

    QueryPlanner(Set<String> languages) {
        this.prose = languages.stream().map(ProseQueries::new).toList();
    }

    Optional<Query> plan(String input) {
        String cleaned = TextAnalysis.clean(input);
        List<TextAnalysis.Word> words = TextAnalysis.words(cleaned, MAX_WORDS);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String text = cleaned.substring(0, words.getLast().end());
        var query = new BooleanQuery.Builder();
        identifiers(words).forEach(q -> query.add(q, BooleanClause.Occur.SHOULD));
        String key = String.join(" ", words.stream().map(TextAnalysis.Word::lower).toList());
        query.add(constant(new TermQuery(new Term(EXACT_MESSAGE, key)), EXACT_MESSAGE_SCORE),
                BooleanClause.Occur.SHOULD);
        prose.forEach(language -> language.clauses(text, words.size())
                .forEach(clause -> query.add(clause, BooleanClause.Occur.SHOULD)));
        Query parts = codeParts.createBooleanQuery(CODE_PARTS, text);
        if (parts != null) {
            query.add(new BoostQuery(parts, CODE_PARTS_BOOST), BooleanClause.Occur.SHOULD);
        }
        // A command or a placeholder copied from a ticket (net stop serviceName, SnapshotWithoutThreads).
        Query commands = codeParts.createBooleanQuery(COMMANDS, text, BooleanClause.Occur.MUST);
        if (commands != null) {
            query.add(new BoostQuery(commands, COMMANDS_BOOST), BooleanClause.Occur.SHOULD);
        }
        return Optional.of(query.build());
    }

    /** One clause per distinct word: the best way it names a code or an id. */
    private static List<Query> identifiers(List<TextAnalysis.Word> words) {
        var distinct = new LinkedHashSet<TextAnalysis.Word>();
        var seen = new LinkedHashSet<String>();
        words.stream().filter(w -> seen.add(w.lower())).forEach(distinct::add);
        var clauses = new ArrayList<Query>();
        int codeWords = 0;
        for (TextAnalysis.Word word : distinct) {
            String lower = word.lower();
            var ways = new ArrayList<Query>();
            ways.add(constant(new TermQuery(new Term(CODE, lower)), EXACT));
            if (lower.chars().allMatch(Character::isDigit)) {
                ways.add(constant(new TermQuery(new Term(NUMERIC_ID, lower)), EXACT));
                if (words.size() == 1 && lower.length() >= 2) {
                    ways.add(constant(new PrefixQuery(new Term(NUMERIC_ID, lower)), ID_PREFIX));
                }
            } else if ((words.size() == 1 || camelCase(word.text())) && codeWords++ < MAX_CODE_WORDS) {
                codeLike(lower, ways);
            }
            clauses.add(ways.size() == 1 ? ways.getFirst() : new DisjunctionMaxQuery(ways, 0));
        }
        return clauses;
    }

    private static void codeLike(String lower, List<Query> ways) {
        if (lower.length() >= 2) {
            ways.add(constant(new PrefixQuery(new Term(CODE, lower)), CODE_PREFIX_SCORE));
        }
        if (lower.length() >= EntryDocuments.MIN_INFIX) {
            ways.add(constant(new PrefixQuery(new Term(CODE_INFIX, lower)), CODE_FRAGMENT));
        }
        if (lower.length() >= EntryDocuments.MIN_FUZZY_PREFIX) {
            ways.add(constant(fuzzy(CODE, lower), CODE_TYPO));
            ways.add(constant(fuzzy(CODE_PREFIX, lower), CODE_PREFIX_TYPO));
        }
    }

    /**
     * One edit, not two: for a 30-letter code, building the two-edit automaton alone takes 5 to 12 ms, most of a
     * frame, on every keystroke. A code with two typos is still found by its correctly typed camel-case parts.
     * The first two letters are trusted: it keeps the walk over the code dictionary short.
     */
    private static Query fuzzy(String field, String lower) {
        return new FuzzyQuery(new Term(field, lower), 1, 2, MAX_EXPANSIONS, true);
    }

    /** A word written like a code (UserErrorSkuNotAvailable) rather than like prose (Error, VMSnapshot). */
    static boolean camelCase(String word) {
        for (int i = 1; i < word.length() - 1; i++) {
            if (Character.isLowerCase(word.charAt(i)) && Character.isUpperCase(word.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static Query constant(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

}
