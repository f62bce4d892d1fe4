package io.troubleshooter.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Loads articles from the shipped content or from folders; one bad file never stops the others. */
public final class ContentLoader {

    public static final String MANIFEST = "manifest.json";

    /** The manifest shipped beside the articles: which file is which article, language and version. */
    public record Manifest(int schemaVersion, List<Entry> articles, List<String> includes) {
        public record Entry(String file, String article, String locale, String date, String source) { }
    }

    public record Loaded(List<Article> articles, List<Problem> problems) { }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ContentLoader() {
    }

    public static Loaded loadShipped() {
        var problems = new ArrayList<Problem>();
        Manifest manifest;
        try (var in = ContentLoader.class.getClassLoader().getResourceAsStream("content/" + MANIFEST)) {
            if (in == null) {
                problems.add(Problem.error("content/" + MANIFEST, 1, "The shipped content has no manifest."));
                return new Loaded(List.of(), problems);
            }
            manifest = JSON.readValue(in, Manifest.class);
        } catch (IOException e) {
            problems.add(Problem.error("content/" + MANIFEST, 1, "The content manifest cannot be read: " + e.getMessage()));
            return new Loaded(List.of(), problems);
        }
        var files = ContentFiles.classpath(manifest.includes() == null ? List.of() : manifest.includes());
        return load(files, manifest, problems);
    }

    public static Loaded loadDirectories(List<Path> roots) {
        var articles = new ArrayList<Article>();
        var problems = new ArrayList<Problem>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                Path parent = root.toAbsolutePath().getParent();
                var files = ContentFiles.directory(parent);
                readInto(files, parent.relativize(root.toAbsolutePath()).toString(), ArticleReader.Hints.NONE,
                        articles, problems);
                continue;
            }
            if (!Files.isDirectory(root)) {
                problems.add(Problem.error(root.toString(), 1, "No such file or folder."));
                continue;
            }
            var files = ContentFiles.directory(root);
            Path manifestFile = root.resolve(MANIFEST);
            try {
                if (Files.isRegularFile(manifestFile)) {
                    Loaded loaded = load(files, JSON.readValue(manifestFile.toFile(), Manifest.class), problems);
                    articles.addAll(loaded.articles());
                } else {
                    for (String rel : ContentFiles.articleFiles(root)) {
                        readInto(files, rel, ArticleReader.Hints.NONE, articles, problems);
                    }
                }
            } catch (IOException e) {
                problems.add(Problem.error(root.toString(), 1, "The folder cannot be read: " + e.getMessage()));
            }
        }
        return new Loaded(List.copyOf(articles), List.copyOf(problems));
    }

    private static Loaded load(ContentFiles files, Manifest manifest, List<Problem> problems) {
        var articles = new ArrayList<Article>();
        for (Manifest.Entry entry : manifest.articles()) {
            LocalDate date = null;
            try {
                date = entry.date() == null ? null : LocalDate.parse(entry.date());
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(Problem.warning(files.describe(entry.file()), 1, "Manifest date " + entry.date()
                        + " is not yyyy-MM-dd; the front matter's date is used."));
            }
            var hints = new ArticleReader.Hints(entry.article(), entry.locale(), date);
            readInto(files, entry.file(), hints, articles, problems);
        }
        return new Loaded(List.copyOf(articles), List.copyOf(problems));
    }

    private static void readInto(ContentFiles files, String rel, ArticleReader.Hints hints,
                                 List<Article> articles, List<Problem> problems) {
        byte[] bytes;
        try {
            bytes = files.read(rel);
        } catch (IOException e) {
            problems.add(Problem.error(files.describe(rel), 1, e.getMessage()));
            return;
        }
        if (bytes == null) {
            problems.add(Problem.error(files.describe(rel), 1, "The file listed in the manifest does not exist."));
            return;
        }
        ArticleReader.Result result = ArticleReader.read(files, rel, bytes, hints);
        articles.addAll(result.articles());
        problems.addAll(result.problems());
    }
}
