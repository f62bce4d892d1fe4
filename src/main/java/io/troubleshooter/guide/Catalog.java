package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.content.Problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Every article and every error entry, with the versions of one error (languages, article versions)
 * grouped by code, or by article and anchor when there is no code. Within a group, each language's
 * newest version comes first; older versions stay reachable.
 */
public final class Catalog {

    /** All versions of one error. */
    public record Group(String key, List<ErrorEntry> versions) {

        /** The newest version in {@code locale}'s language, if any. */
        public Optional<ErrorEntry> best(String locale) {
            String language = language(locale);
            return versions.stream().filter(e -> e.locale().equals(locale)).findFirst()
                    .or(() -> versions.stream().filter(e -> language(e.locale()).equals(language)).findFirst());
        }

        public ErrorEntry newest() {
            return versions.stream().max(Comparator.comparing(ErrorEntry::articleVersion, Article.VERSION_ORDER)).orElseThrow();
        }
    }

    private final List<Article> articles;
    private final Map<Article, List<ErrorEntry>> byArticle;
    private final Map<String, Group> groups;
    private final List<Problem> problems;
    /** Per article, the key of the file it was read from; null when the catalog was made without them. */
    private final @Nullable List<String> fileKeys;
    private volatile @Nullable Map<String, List<ErrorEntry>> byFile;

    private Catalog(List<Article> articles, Map<Article, List<ErrorEntry>> byArticle, Map<String, Group> groups,
                    List<Problem> problems, @Nullable List<String> fileKeys) {
        this.articles = articles;
        this.byArticle = byArticle;
        this.groups = groups;
        this.problems = problems;
        this.fileKeys = fileKeys;
    }

    public static Catalog loadShipped() {
        return build(ContentLoader.loadShipped(), Terms.shipped());
    }

    public static Catalog build(ContentLoader.Loaded loaded, Terms terms) {
        // Articles are read independently: on several cores at once, in the order they were given.
        List<EntryExtractor.Extraction> extractions = loaded.articles().parallelStream()
                .map(article -> EntryExtractor.extract(article, terms)).toList();
        var problems = new ArrayList<>(loaded.problems());
        extractions.forEach(e -> problems.addAll(e.problems()));
        return assemble(loaded.articles(), extractions.stream().map(EntryExtractor.Extraction::entries).toList(),
                problems);
    }

    /**
     * The catalog of articles whose entries are already found ({@code entries.get(i)} are those of article i): how
     * a catalog is made again when one file of many changed.
     */
    public static Catalog assemble(List<Article> articles, List<List<ErrorEntry>> entries, List<Problem> problems) {
        return assemble(articles, entries, problems, null);
    }

    /**
     * As {@link #assemble(List, List, List)}, with the key of the file each article was read from ({@code
     * fileKeys.get(i)} for article i): what {@link #entriesByFile} gives.
     */
    public static Catalog assemble(List<Article> articles, List<List<ErrorEntry>> entries, List<Problem> problems,
                                   @Nullable List<String> fileKeys) {
        var byArticle = new IdentityHashMap<Article, List<ErrorEntry>>();
        var grouped = new LinkedHashMap<String, List<ErrorEntry>>();
        for (int i = 0; i < articles.size(); i++) {
            byArticle.put(articles.get(i), entries.get(i));
            for (ErrorEntry entry : entries.get(i)) {
                grouped.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(entry);
            }
        }
        var groups = new LinkedHashMap<String, Group>();
        Comparator<ErrorEntry> order = Comparator.comparing(ErrorEntry::locale)
                .thenComparing(ErrorEntry::articleVersion, Article.VERSION_ORDER.reversed());
        grouped.forEach((key, list) -> groups.put(key, new Group(key, list.stream().sorted(order).toList())));
        return new Catalog(List.copyOf(articles), byArticle, groups, List.copyOf(problems),
                fileKeys == null ? null : List.copyOf(fileKeys));
    }

    /**
     * The entries of each file read, in the catalog's order, by a key of what the file held: a file read again
     * with other content has another key. A catalog made without file keys is one file, keyed by its entries.
     */
    public Map<String, List<ErrorEntry>> entriesByFile() {
        Map<String, List<ErrorEntry>> files = byFile;
        if (files == null) {
            var grouped = new LinkedHashMap<String, List<ErrorEntry>>();
            if (fileKeys == null) {
                List<List<ErrorEntry>> all = articles.stream().map(this::entries).toList();
                grouped.put(CatalogKeys.of(all), all.stream().flatMap(List::stream).toList());
            } else {
                for (int i = 0; i < articles.size(); i++) {
                    grouped.computeIfAbsent(fileKeys.get(i), k -> new ArrayList<>()).addAll(entries(articles.get(i)));
                }
                grouped.replaceAll((key, list) -> List.copyOf(list));
            }
            files = Collections.unmodifiableMap(grouped);
            byFile = files;
        }
        return files;
    }

    public List<Article> articles() {
        return articles;
    }

    public List<ErrorEntry> entries(Article article) {
        return byArticle.getOrDefault(article, List.of());
    }

    public List<ErrorEntry> entries() {
        return articles.stream().flatMap(a -> entries(a).stream()).toList();
    }

    public List<Group> groups() {
        return List.copyOf(groups.values());
    }

    public Optional<Group> group(String key) {
        return Optional.ofNullable(groups.get(key));
    }

    public Optional<Group> groupOf(ErrorEntry entry) {
        return Optional.ofNullable(groups.get(entry.key())).filter(g -> g.versions().stream().anyMatch(v -> v == entry));
    }

    public List<Problem> problems() {
        return problems;
    }

    static String language(String locale) {
        int dash = locale.indexOf('-');
        return dash < 0 ? locale : locale.substring(0, dash);
    }
}
