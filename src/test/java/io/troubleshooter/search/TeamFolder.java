package io.troubleshooter.search;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.SourceCatalog;
import io.troubleshooter.guide.Terms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A team's folder of small articles, one error each, read file by file as the window reads it. */
final class TeamFolder {

    private final Path root;
    private final SourceCatalog sources = new SourceCatalog(Terms.shipped(), null);

    TeamFolder(Path root) {
        this.root = root;
    }

    static String article(String title, String code, String message) {
        return "---\ntitle: " + title + "\nms.date: 01/10/2024\n---\n\n# " + title + "\n\n## " + code + ": " + message
                + "\n\n**Error code**: " + code + " <br>\n**Error message**: " + message + "<br>\n\n"
                + "Restart the backup service, then run the backup again.\n";
    }

    Path write(String name, String title, String code, String message) throws IOException {
        Files.createDirectories(root);
        return Files.writeString(root.resolve(name), article(title, code, message), StandardCharsets.UTF_8);
    }

    /** The catalog after reading the folder (the first time), or the files changed since. */
    Catalog read(Path... changed) {
        if (changed.length == 0) {
            sources.load(root, SourceCatalog.Progress.NONE);
        }
        for (Path file : changed) {
            sources.refresh(file);
        }
        return sources.catalog();
    }

    /** The codes of the entries {@code query} finds, best first. */
    static List<String> codes(SearchIndex index, String query) {
        return index.search(query, 10).stream().map(hit -> hit.entry().codes().getFirst()).toList();
    }

    static List<String> codes(List<ErrorEntry> entries) {
        return entries.stream().map(e -> e.codes().getFirst()).toList();
    }

    /** The folder the index of this build keeps under {@code cache}. */
    static Path indexFolder(Path cache) throws IOException {
        try (Stream<Path> all = Files.list(cache)) {
            return all.filter(p -> p.getFileName().toString().startsWith(IndexFolder.PREFIX)).findFirst()
                    .orElseThrow();
        }
    }
}
