package io.troubleshooter.incident;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.ArticleReader;
import io.troubleshooter.content.VersionStore;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.EntryExtractor;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Terms;
import io.troubleshooter.guide.TreeChanges;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The article version an incident's error was walked on, kept in the data folder, and what the content now
 * loaded says about it: a newer version of the article, or the same version's file changed in place, with what
 * changed in the error's tree.
 */
public final class WalkedVersion {

    private static final System.Logger LOG = System.getLogger(WalkedVersion.class.getName());

    /** The version now in the content ({@code version}) and the causes it changed against the walked one. */
    public record News(String version, List<TreeChanges.Change> changes) { }

    private static final String SHIPPED = "content/";

    private final VersionStore store;
    private final Terms terms;
    private final Map<ErrorRef, Optional<ErrorEntry>> parsed = new ConcurrentHashMap<>();

    public WalkedVersion(VersionStore store, Terms terms) {
        this.store = store;
        this.terms = terms;
    }

    /** Keeps the walked version's text and returns the error referring to it; as it was when it cannot be kept. */
    public ErrorRef keep(ErrorRef ref, byte[] text) {
        try {
            return ref.withTextHash(store.keep(text));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "The article version of " + ref.contentVersion()
                    + " could not be kept: " + e.getMessage());
            return ref;
        }
    }

    /**
     * Keeps the text of the file {@code entry} was read from (a file of a folder, or the shipped content) and
     * returns its hash; empty when the file cannot be read any more.
     */
    public Optional<String> keep(ErrorEntry entry) {
        try {
            Optional<byte[]> text = textOf(entry.articlePath());
            return text.isEmpty() ? Optional.empty() : Optional.of(store.keep(text.get()));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "The article version " + entry.articlePath()
                    + " could not be kept: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<byte[]> textOf(String articlePath) throws IOException {
        if (articlePath.startsWith(SHIPPED)) {
            try (InputStream in = WalkedVersion.class.getClassLoader().getResourceAsStream(articlePath)) {
                if (in != null) {
                    return Optional.of(in.readAllBytes());
                }
            }
        }
        Path file = Path.of(articlePath);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    /**
     * The error as it was walked: read again from the kept text when there is one (the file may have changed or
     * gone since), else the same version in {@code catalog}; empty when neither has it.
     */
    public Optional<ErrorEntry> walked(ErrorRef ref, Catalog catalog) {
        return kept(ref).or(() -> exact(ref, catalog));
    }

    /** What is newer in {@code catalog} than the version {@code ref} was walked on; empty when nothing is. */
    public Optional<News> news(ErrorRef ref, Catalog catalog) {
        Optional<ErrorEntry> walked = walked(ref, catalog);
        if (walked.isEmpty()) {
            return Optional.empty();
        }
        var newer = TreeChanges.newer(catalog, walked.get());
        if (newer.isPresent()) {
            return Optional.of(new News(newer.get().articleVersion(), TreeChanges.between(walked.get(), newer.get())));
        }
        // The same version's file edited in place: only its kept text tells.
        return exact(ref, catalog).map(now -> new News(now.articleVersion(), TreeChanges.between(walked.get(), now)))
                .filter(n -> !n.changes().isEmpty());
    }

    private Optional<ErrorEntry> kept(ErrorRef ref) {
        if (ref.textHash() == null) {
            return Optional.empty();
        }
        // A kept text never changes under its hash: it is parsed once, not for every title asked of it.
        return parsed.computeIfAbsent(ref.withTextHash(ref.textHash()), this::parse);
    }

    private Optional<ErrorEntry> parse(ErrorRef ref) {
        var hints = new ArticleReader.Hints(ref.articleId(), ref.locale(), date(ref.articleVersion()));
        return store.articles(ref.textHash(), ref.locale() + "/" + ref.articleId() + ".md", hints)
                .flatMap(read -> read.articles().stream()
                        .filter(a -> a.locale().equals(ref.locale()))
                        .flatMap(a -> EntryExtractor.extract(a, terms).entries().stream())
                        .filter(e -> e.key().equals(ref.key()) && e.anchor().equals(ref.anchor()))
                        .findFirst());
    }

    private static Optional<ErrorEntry> exact(ErrorRef ref, Catalog catalog) {
        return catalog.group(ref.key()).flatMap(g -> g.versions().stream()
                .filter(e -> e.articleId().equals(ref.articleId()) && e.locale().equals(ref.locale())
                        && e.articleVersion().equals(ref.articleVersion()) && e.anchor().equals(ref.anchor()))
                .findFirst());
    }

    private static @Nullable LocalDate date(String version) {
        if (Article.UNDATED.equals(version)) {
            return null;
        }
        try {
            return LocalDate.parse(version);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
