package io.troubleshooter.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
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

        /**
         * Reads manifest.json with the streaming parser: it runs before the window's first frame, where the
         * data binder's own start-up would cost more than the whole file. Unknown fields are skipped.
         */
        public static Manifest read(InputStream in) throws IOException {
            try (JsonParser p = JSON.createParser(in)) {
                expect(p, p.nextToken(), JsonToken.START_OBJECT, "the manifest");
                int schema = 0;
                List<Entry> articles = List.of();
                List<String> includes = List.of();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    switch (field) {
                        case "schemaVersion" -> {
                            expect(p, value, JsonToken.VALUE_NUMBER_INT, field);
                            schema = p.getIntValue();
                        }
                        case "articles" -> articles = entries(p, value);
                        case "includes" -> includes = strings(p, value, field);
                        default -> p.skipChildren();
                    }
                }
                return new Manifest(schema, articles, includes);
            }
        }

        private static List<Entry> entries(JsonParser p, JsonToken start) throws IOException {
            expect(p, start, JsonToken.START_ARRAY, "articles");
            var out = new ArrayList<Entry>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(p, t, JsonToken.START_OBJECT, "an article");
                var fields = new java.util.HashMap<String, String>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                        fields.put(field, p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
                out.add(new Entry(fields.get("file"), fields.get("article"), fields.get("locale"), fields.get("date"),
                        fields.get("source")));
            }
            return out;
        }

        private static List<String> strings(JsonParser p, JsonToken start, String field) throws IOException {
            if (start == JsonToken.VALUE_NULL) {
                return List.of();
            }
            expect(p, start, JsonToken.START_ARRAY, field);
            var out = new ArrayList<String>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(p, t, JsonToken.VALUE_STRING, field);
                out.add(p.getText());
            }
            return out;
        }

        private static void expect(JsonParser p, JsonToken actual, JsonToken expected, String what)
                throws JsonParseException {
            if (actual != expected) {
                throw new JsonParseException(p, what + ": " + describe(expected) + " expected, "
                        + (actual == null ? "the end of the file" : describe(actual)) + " found");
            }
        }

        private static String describe(JsonToken token) {
            return switch (token) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "a list";
                case VALUE_STRING -> "a text";
                case VALUE_NUMBER_INT -> "a whole number";
                default -> token.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            };
        }
    }

    public record Loaded(List<Article> articles, List<Problem> problems) {

        /** These articles and problems followed by {@code more}'s. */
        public Loaded plus(Loaded more) {
            var a = new ArrayList<>(articles);
            a.addAll(more.articles());
            var p = new ArrayList<>(problems);
            p.addAll(more.problems());
            return new Loaded(List.copyOf(a), List.copyOf(p));
        }
    }

    private static final JsonFactory JSON = new JsonFactory();

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
            manifest = Manifest.read(in);
        } catch (IOException e) {
            problems.add(Problem.error("content/" + MANIFEST, 1, "The content manifest cannot be read: " + e.getMessage()));
            return new Loaded(List.of(), problems);
        }
        var files = ContentFiles.classpath(manifest.includes() == null ? List.of() : manifest.includes());
        return load(files, manifest, problems);
    }

    private static Manifest readManifest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Manifest.read(in);
        }
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
            Path manifestFile = root.resolve(MANIFEST);
            if (Files.isRegularFile(manifestFile)) {
                try {
                    Loaded loaded = load(ContentFiles.directory(root), readManifest(manifestFile), problems);
                    articles.addAll(loaded.articles());
                } catch (IOException e) {
                    problems.add(Problem.error(manifestFile.toString(), 1, "The folder cannot be read: "
                            + e.getMessage()));
                }
                continue;
            }
            SourceFolder folder = SourceFolder.scan(root);
            problems.addAll(folder.problems());
            // Files are read independently: on several cores at once, kept in the folder's order.
            List<Loaded> each = folder.articles().parallelStream().map(rel -> {
                var a = new ArrayList<Article>();
                var p = new ArrayList<Problem>();
                readInto(folder, rel, ArticleReader.Hints.NONE, a, p);
                return new Loaded(a, p);
            }).toList();
            each.forEach(l -> {
                articles.addAll(l.articles());
                problems.addAll(l.problems());
            });
        }
        return new Loaded(List.copyOf(articles), List.copyOf(problems));
    }

    private static Loaded load(ContentFiles files, Manifest manifest, List<Problem> problems) {
        var articles = new ArrayList<Article>();
        for (Manifest.Entry entry : manifest.articles()) {
            if (entry.file() == null || entry.file().isBlank()) {
                problems.add(Problem.error(MANIFEST, 1, "An article in the manifest names no file: "
                        + (entry.article() == null ? "(no article id)" : entry.article()) + "."));
                continue;
            }
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

    /** Reads one file of a source into articles; whatever goes wrong is a problem for that file. */
    public static ArticleReader.Result readFile(ContentFiles files, String rel) {
        var articles = new ArrayList<Article>();
        var problems = new ArrayList<Problem>();
        readInto(files, rel, ArticleReader.Hints.NONE, articles, problems);
        return new ArticleReader.Result(List.copyOf(articles), List.copyOf(problems));
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
            problems.add(Problem.error(files.describe(rel), 1, "The file does not exist."));
            return;
        }
        ArticleReader.Result result = ArticleReader.read(files, rel, bytes, hints);
        articles.addAll(result.articles());
        problems.addAll(result.problems());
    }
}
