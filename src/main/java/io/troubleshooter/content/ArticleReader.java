package io.troubleshooter.content;

import org.jspecify.annotations.Nullable;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads one file into its article versions: one, or two when a machine translation carries its
 * English original in {@code sxs-lookup} spans. Never throws on bad input; problems say what was wrong.
 */
public final class ArticleReader {

    /** What the content manifest says about a file; any field may be null. */
    public record Hints(String articleId, String locale, LocalDate date) {
        public static final Hints NONE = new Hints(null, null, null);
    }

    public record Result(List<Article> articles, List<Problem> problems) implements Serializable {
        public Result {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    private ArticleReader() {
    }

    /** Stack for the rare file whose nesting needs more than a thread's usual stack to parse. */
    private static final long DEEP_STACK = 512L << 20;

    public static Result read(ContentFiles files, String relative, byte[] bytes, Hints hints) {
        try {
            return readOnce(files, relative, bytes, hints);
        } catch (StackOverflowError e) {
            return readWithDeepStack(files, relative, bytes, hints);
        }
    }

    /** Reads again on a thread of its own with a large stack; a file that still overflows it is reported. */
    private static Result readWithDeepStack(ContentFiles files, String relative, byte[] bytes, Hints hints) {
        String path = files.describe(relative);
        var result = new AtomicReference<Result>();
        var reader = new Thread(null, () -> {
            try {
                result.set(readOnce(files, relative, bytes, hints));
            } catch (StackOverflowError e) {
                result.set(null);
            }
        }, "article-reader-deep", DEEP_STACK);
        reader.start();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (result.get() != null) {
            return result.get();
        }
        return new Result(List.of(), List.of(Problem.error(path, 1,
                "The article could not be read: it is nested too deeply.")));
    }

    private static Result readOnce(ContentFiles files, String relative, byte[] bytes, Hints hints) {
        String path = files.describe(relative);
        var problems = new ArrayList<Problem>();
        try {
            SourceText.Decoded decoded = SourceText.decode(path, bytes);
            problems.addAll(decoded.problems());
            if (!decoded.usable()) {
                return new Result(List.of(), problems);
            }
            FrontMatter meta = FrontMatter.read(decoded.text());
            if (!meta.present()) {
                problems.add(Problem.warning(path, 1, "No front matter: title, date and locale are guessed."));
            }
            String locale = first(hints.locale(), meta.locale(), Locales.fromName(path), "en-US");
            String id = first(hints.articleId(), assetId(meta), idFromName(relative));
            var date = hints.date() != null ? hints.date() : meta.date();
            var articles = new ArrayList<Article>();
            boolean paired = DocfxText.hasOriginal(meta.body());
            articles.add(version(files, path, id, locale, date, meta, DocfxText.Variant.TRANSLATION,
                    paired ? "en-US" : null, problems));
            if (paired && !locale.startsWith("en")) {
                articles.add(version(files, path, id, "en-US", date, meta, DocfxText.Variant.ORIGINAL, locale,
                        new ArrayList<>()));
            }
            return new Result(List.copyOf(articles), problems);
        } catch (RuntimeException e) {
            problems.add(Problem.error(path, 1, "The article could not be read: " + e));
            return new Result(List.of(), problems);
        }
    }

    private static Article version(ContentFiles files, String path, String id, String locale, LocalDate date,
                                   FrontMatter meta, DocfxText.Variant variant, String pairedLocale, List<Problem> problems) {
        String text = DocfxText.prepare(InputBounds.bound(meta.body(), path, problems), variant, path, problems);
        var reader = new MarkdownReader(new Includes(files, locale, path, problems));
        List<Section> sections = reader.readSections(text);
        String title = sections.stream().filter(s -> s.level() == 1).findFirst().map(Section::title)
                .orElse(cleanTitle(meta.get("title")));
        if (title == null || title.isBlank()) {
            title = id;
        }
        return new Article(id, locale, title, date, path, Map.copyOf(meta.values()), List.copyOf(sections),
                List.copyOf(problems), pairedLocale);
    }

    private static @Nullable String cleanTitle(String title) {
        if (title == null) {
            return null;
        }
        int bar = title.lastIndexOf(" | ");
        return (bar > 0 ? title.substring(0, bar) : title).strip();
    }

    /** The article's stable id across languages and versions, when its front matter gives one. */
    private static String assetId(FrontMatter meta) {
        String raw = meta.get("ms.assetid");
        return raw == null || raw.isBlank() ? null : raw.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code es-ES/backup-azure-vms-troubleshoot.2021-06-02.md} and {@code ..._articles_backup_x.md} both give the article name. */
    static String idFromName(String relative) {
        String slashed = relative.replace('\\', '/');
        int under = slashed.lastIndexOf("articles/");
        if (under == 0 || under > 0 && slashed.charAt(under - 1) == '/') {
            // A clone of a docs repository: the path under articles/ names the article in every language.
            return slashed.substring(under + "articles/".length()).replaceFirst("(?i)\\.(md|markdown|txt)$", "");
        }
        String name = Path.of(relative).getFileName().toString();
        name = name.replaceFirst("(?i)\\.(md|markdown|txt)$", "").replaceFirst("\\.\\d{4}-\\d{2}-\\d{2}$", "");
        int articles = name.lastIndexOf("__articles_");
        if (articles >= 0) {
            name = name.substring(articles + "__articles_".length());
            name = name.substring(name.lastIndexOf('_') + 1);
        }
        return name;
    }

    @SafeVarargs
    private static <T> @Nullable T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
