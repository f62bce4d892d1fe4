package io.troubleshooter.search;

import io.troubleshooter.content.Block;
import io.troubleshooter.guide.Cause;
import io.troubleshooter.guide.ErrorEntry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** One Lucene document per error entry; the field names are shared with {@link QueryPlanner}. */
final class EntryDocuments {

    /** The key of the file the entry was read from: a file read again with other content has another. */
    static final String FILE = "file";
    /** Where the entry is among its file's entries; with {@link #FILE}, what a hit is mapped back through. */
    static final String POSITION = "position";
    /** Whole codes, lowercase. */
    static final String CODE = "code";
    /** Every prefix of a code from {@link #MIN_FUZZY_PREFIX} characters: a typo in a half-typed code still matches. */
    static final String CODE_PREFIX = "code_prefix";
    /** Every suffix of a code: a prefix query on them finds a fragment anywhere in the code. */
    static final String CODE_INFIX = "code_infix";
    static final String CODE_PARTS = "code_parts";
    static final String NUMERIC_ID = "numeric_id";
    static final String EXACT_MESSAGE = "exact_message";
    /** The text of the entry's commands and the names of their placeholders, cut like codes into their parts. */
    static final String COMMANDS = "commands";

    static final int MIN_FUZZY_PREFIX = 6;
    static final int MIN_INFIX = 3;

    private EntryDocuments() {
    }

    static String messageField(String language) {
        return "message_" + language;
    }

    static String bodyField(String language) {
        return "body_" + language;
    }

    static Analyzer analyzer() {
        var perField = new HashMap<String, Analyzer>();
        for (String language : languages()) {
            Analyzer prose = TextAnalysis.prose(language);
            perField.put(messageField(language), prose);
            perField.put(bodyField(language), prose);
        }
        return new PerFieldAnalyzerWrapper(TextAnalysis.CODE_PARTS, perField);
    }

    static List<String> languages() {
        var all = new ArrayList<>(TextAnalysis.LANGUAGES);
        all.add(TextAnalysis.OTHER);
        return all;
    }

    static Document of(ErrorEntry entry, String file, int position) {
        var doc = new Document();
        doc.add(new StringField(FILE, file, Field.Store.NO));
        doc.add(new SortedDocValuesField(FILE, new BytesRef(file)));
        doc.add(new NumericDocValuesField(POSITION, position));
        for (String code : entry.codes()) {
            String lower = code.toLowerCase(Locale.ROOT);
            doc.add(new StringField(CODE, lower, Field.Store.NO));
            for (int end = MIN_FUZZY_PREFIX; end < lower.length(); end++) {
                doc.add(new StringField(CODE_PREFIX, lower.substring(0, end), Field.Store.NO));
            }
            for (int start = 1; start <= lower.length() - MIN_INFIX; start++) {
                doc.add(new StringField(CODE_INFIX, lower.substring(start), Field.Store.NO));
            }
            doc.add(new TextField(CODE_PARTS, code, Field.Store.NO));
        }
        for (String id : entry.numericIds()) {
            doc.add(new StringField(NUMERIC_ID, id, Field.Store.NO));
        }
        var messages = new LinkedHashSet<String>(entry.messages());
        if (entry.title() != null) {
            messages.add(entry.title());
        }
        String language = TextAnalysis.language(entry.locale());
        for (String message : messages) {
            doc.add(new StringField(EXACT_MESSAGE, TextAnalysis.exactKey(message), Field.Store.NO));
            doc.add(new TextField(messageField(language), TextAnalysis.clean(message), Field.Store.NO));
        }
        for (Cause cause : entry.causes()) {
            cause.allSteps().flatMap(step -> step.commands().stream()).forEach(command -> {
                doc.add(new TextField(COMMANDS, command.text(), Field.Store.NO));
                command.placeholders().forEach(p -> doc.add(new TextField(COMMANDS, p.name(), Field.Store.NO)));
            });
        }
        for (String text : body(entry)) {
            doc.add(new TextField(bodyField(language), TextAnalysis.clean(text), Field.Store.NO));
        }
        return doc;
    }

    /** What the article says about the error, and the titles of its causes: what an engineer recognises. */
    private static List<String> body(ErrorEntry entry) {
        var texts = new ArrayList<String>();
        paragraphs(entry.description(), texts);
        for (Cause cause : entry.causes()) {
            if (cause.title() != null) {
                texts.add(cause.title());
            }
            paragraphs(cause.intro(), texts);
        }
        return texts;
    }

    private static void paragraphs(List<Block> blocks, List<String> into) {
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph p -> into.add(p.text());
                case Block.ListBlock l -> l.items().forEach(item -> paragraphs(item.blocks(), into));
                case Block.Alert a -> paragraphs(a.blocks(), into);
                case Block.Quote q -> paragraphs(q.blocks(), into);
                case Block.Include i -> paragraphs(i.blocks(), into);
                default -> { }
            }
        }
    }
}
