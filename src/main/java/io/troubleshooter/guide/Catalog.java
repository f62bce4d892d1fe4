package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.content.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private Catalog(List<Article> articles, Map<Article, List<ErrorEntry>> byArticle, Map<String, Group> groups,
                    List<Problem> problems) {
        this.articles = articles;
        this.byArticle = byArticle;
        this.groups = groups;
        this.problems = problems;
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
        return new Catalog(List.copyOf(articles), byArticle, groups, List.copyOf(problems));
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
