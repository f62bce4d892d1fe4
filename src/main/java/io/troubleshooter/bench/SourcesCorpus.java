package io.troubleshooter.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A team's folder of a given number of real-sized articles, made by copying real articles (a folder of them, such
 * as the shared corpus, and the seed files) under new names and ids, each copy in its language's folder. Made in a
 * temporary folder at bench time; never kept.
 */
public final class SourcesCorpus {

    private SourcesCorpus() {
    }

    /** Writes {@code count} articles under {@code target}, copied in turn from the Markdown files of {@code from}. */
    public static List<Path> build(List<Path> from, int count, Path target) throws IOException {
        List<Path> originals = new ArrayList<>();
        for (Path folder : from) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile).filter(SourcesCorpus::isArticle)
                        .filter(f -> !folder.relativize(f).toString().replace('\\', '/').contains("includes/"))
                        .sorted().forEach(originals::add);
            }
        }
        if (originals.isEmpty()) {
            throw new IOException("no articles to copy in " + from);
        }
        var written = new ArrayList<Path>();
        for (int i = 0; i < count; i++) {
            Path original = originals.get(i % originals.size());
            String locale = localeFolder(original);
            String name = String.format(Locale.ROOT, "team-%04d-%s", i, stem(original.getFileName().toString()));
            Path file = target.resolve(locale).resolve(name + ".md");
            Files.createDirectories(file.getParent());
            String text = Files.readString(original, StandardCharsets.UTF_8);
            Files.writeString(file, withId(text, new UUID(i, original.hashCode()).toString()), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    /** The article with a new {@code ms.assetid}, so each copy is an article of its own. */
    static String withId(String text, String id) {
        if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
            String body = text.replaceFirst("(?m)^ms\\.assetid:.*\\R", "");
            int afterFirstLine = body.indexOf('\n') + 1;
            return body.substring(0, afterFirstLine) + "ms.assetid: " + id + "\n" + body.substring(afterFirstLine);
        }
        return "---\nms.assetid: " + id + "\n---\n" + text;
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".md") || name.endsWith(".txt")) && !name.equals("sources.md")
                && !name.equals("readme.md");
    }

    private static String localeFolder(Path original) {
        String parent = original.getParent().getFileName().toString();
        return parent.matches("(?i)[a-z]{2}(-[a-z]{2})?") ? parent.toLowerCase(Locale.ROOT) : "misc";
    }

    private static String stem(String name) {
        String stem = name.replaceFirst("\\.[^.]+$", "");
        stem = stem.substring(stem.lastIndexOf('_') + 1);
        return stem.length() > 60 ? stem.substring(0, 60) : stem;
    }
}
