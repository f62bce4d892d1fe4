package io.troubleshooter.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.troubleshooter.content.Article;
import io.troubleshooter.content.ArticleReader;
import io.troubleshooter.content.ContentFiles;
import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.EntryExtractor;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Terms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The shipped articles repeated until there are as many as asked for, each copy read and extracted as the app
 * does. Every copy after the first gives its codes and numeric ids new values (a word pair from the same
 * vocabulary inserted into each code), so the index holds as many distinct codes as a real corpus would.
 */
final class SyntheticCorpus {

    private static final List<String> WORDS = List.of("Disk", "Vault", "Policy", "Restore", "Network", "Agent",
            "Storage", "Quota", "Region", "Snapshot", "Job", "Key", "Cache", "Tier", "Lock", "Share", "Blob", "Queue",
            "Token", "Plan", "Zone", "Host", "Guest", "Image");
    private static final Pattern CAMEL_BOUNDARY = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    private record Source(ContentLoader.Manifest.Entry entry, String text) { }

    private SyntheticCorpus() {
    }

    static List<ErrorEntry> entries(int articles) {
        List<Source> sources = shipped();
        Pattern identifiers = identifiers();
        ContentFiles noIncludes = ContentFiles.directory(Path.of("/nonexistent-bench-includes"));
        Terms terms = Terms.shipped();
        var entries = new ArrayList<ErrorEntry>();
        int read = 0;
        for (int copy = 0; read < articles; copy++) {
            for (Source source : sources) {
                if (read >= articles) {
                    break;
                }
                String text = copy == 0 ? source.text() : rename(identifiers, source.text(), copy);
                var entry = source.entry();
                var hints = new ArticleReader.Hints(entry.article() + "-" + copy, entry.locale(),
                        LocalDate.parse(entry.date()));
                var result = ArticleReader.read(noIncludes, copy + "/" + entry.file(),
                        text.getBytes(StandardCharsets.UTF_8), hints);
                int wanted = Math.min(result.articles().size(), articles - read);
                for (Article article : result.articles().subList(0, wanted)) {
                    entries.addAll(EntryExtractor.extract(article, terms).entries());
                    read++;
                }
            }
        }
        return entries;
    }

    /** Every shipped code and numeric id, longest first: BackUpOperationFailedV2 is not BackUpOperationFailed. */
    private static Pattern identifiers() {
        var names = new TreeSet<String>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
        Catalog.loadShipped().entries().forEach(e -> {
            names.addAll(e.codes());
            names.addAll(e.numericIds());
        });
        return Pattern.compile("\\b(?:" + names.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b");
    }

    private static String rename(Pattern identifiers, String text, int copy) {
        String pair = WORDS.get(copy % WORDS.size()) + WORDS.get(copy / WORDS.size() % WORDS.size());
        return identifiers.matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(renamed(match.group(), pair, copy)));
    }

    static String renamed(String identifier, String pair, int copy) {
        if (identifier.chars().allMatch(Character::isDigit)) {
            return String.valueOf(Long.parseLong(identifier) + copy);
        }
        String[] parts = CAMEL_BOUNDARY.split(identifier);
        int at = 1 + Math.floorMod(identifier.hashCode() + copy, parts.length);
        var name = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i == at) {
                name.append(pair);
            }
            name.append(parts[i]);
        }
        return at >= parts.length ? name.append(pair).toString() : name.toString();
    }

    private static List<Source> shipped() {
        var json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        ClassLoader loader = SyntheticCorpus.class.getClassLoader();
        var sources = new ArrayList<Source>();
        try (InputStream in = loader.getResourceAsStream("content/" + ContentLoader.MANIFEST)) {
            var manifest = json.readValue(in, ContentLoader.Manifest.class);
            for (var entry : manifest.articles()) {
                try (InputStream file = loader.getResourceAsStream("content/" + entry.file())) {
                    sources.add(new Source(entry, new String(file.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the shipped articles", e);
        }
        return sources;
    }
}
