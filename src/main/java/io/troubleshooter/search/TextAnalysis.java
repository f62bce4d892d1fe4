package io.troubleshooter.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How text becomes terms. Prose is stemmed per language and folded to ASCII, so "maquina" finds "máquina" and a
 * pasted message finds its entry in whichever language it is written. Codes are split at case changes so
 * "vss writer" finds ExtensionFailedVssWriterInBadState.
 */
final class TextAnalysis {

    /** A word as typed (folded, case kept) and where it ends in the cleaned text. */
    record Word(String text, int end) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** Languages with a stemmer; any other locale is indexed unstemmed under {@link #OTHER}. */
    static final List<String> LANGUAGES = List.of("es", "pt", "en");
    static final String OTHER = "other";

    private static final int POSITION_GAP = 100;

    private static final int CAMEL_CASE_PARTS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
            | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS;

    static final Analyzer CODE_PARTS = chain(ts -> new LowerCaseFilter(new WordDelimiterGraphFilter(ts,
            CAMEL_CASE_PARTS, null)));

    private static final Analyzer WORDS = chain(ASCIIFoldingFilter::new);

    private TextAnalysis() {
    }

    static String language(String locale) {
        String language = locale == null ? "" : locale.toLowerCase(Locale.ROOT);
        int dash = language.indexOf('-');
        language = dash < 0 ? language : language.substring(0, dash);
        return LANGUAGES.contains(language) ? language : OTHER;
    }

    static Analyzer prose(String language) {
        return switch (language) {
            case "es" -> stemmed(SpanishAnalyzer.getDefaultStopSet(), SpanishLightStemFilter::new);
            case "pt" -> stemmed(PortugueseAnalyzer.getDefaultStopSet(), PortugueseLightStemFilter::new);
            case "en" -> stemmed(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
                    ts -> new PorterStemFilter(new EnglishPossessiveFilter(ts)));
            default -> stemmed(CharArraySet.EMPTY_SET, ts -> ts);
        };
    }

    private static Analyzer stemmed(CharArraySet stopWords, UnaryOperator<TokenStream> stemmer) {
        // Stop words are matched before folding because the stop lists spell them with accents.
        return chain(ts -> stemmer.apply(new ASCIIFoldingFilter(new StopFilter(new LowerCaseFilter(ts), stopWords))));
    }

    private static Analyzer chain(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                // A phrase must not run from the end of one message into the start of the next.
                return POSITION_GAP;
            }
        };
    }

    /**
     * Text as the portal or a clipboard gives it, made safe to analyze: composed accents, no invisible format
     * characters (bidi marks, zero-width spaces) splitting words, control characters as spaces.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        var out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL) {
                out.append(' ');
            } else if (type != Character.FORMAT && type != Character.SURROGATE && type != Character.UNASSIGNED) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The first {@code max} words of already cleaned text. */
    static List<Word> words(String cleaned, int max) {
        var words = new ArrayList<Word>();
        try (TokenStream ts = WORDS.tokenStream("", cleaned)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (words.size() < max && ts.incrementToken()) {
                words.add(new Word(term.toString(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string", e);
        }
        return words;
    }

    /** The distinct terms {@code analyzer} makes of {@code text}, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        var terms = new LinkedHashSet<String>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string", e);
        }
        return List.copyOf(terms);
    }

    /** A message as its folded lowercase words: a pasted message equals its entry's whatever the punctuation. */
    static String exactKey(String text) {
        return String.join(" ", words(clean(text), Integer.MAX_VALUE).stream().map(Word::lower).toList());
    }
}
