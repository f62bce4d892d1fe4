package io.troubleshooter.guide;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.ArticleReader;
import io.troubleshooter.content.ContentFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Small articles written in a test, read as the app reads a file. */
final class Read {

    private Read() {
    }

    static Article article(String markdown) {
        var result = ArticleReader.read(ContentFiles.directory(Path.of("target")), "test.md",
                markdown.getBytes(StandardCharsets.UTF_8), new ArticleReader.Hints("test", "en-US", null));
        return result.articles().getFirst();
    }

    static EntryExtractor.Extraction extraction(String markdown) {
        return EntryExtractor.extract(article(markdown), Terms.shipped());
    }

    static List<ErrorEntry> entries(String markdown) {
        return extraction(markdown).entries();
    }

    /** Read with the English vocabulary only, as an article in a language the app has no words for. */
    static List<ErrorEntry> withoutVocabulary(String markdown) {
        return EntryExtractor.extract(article(markdown), Terms.shipped(Set.of("en"))).entries();
    }

    static List<String> causeTitles(ErrorEntry e) {
        return e.causes().stream().map(Cause::title).toList();
    }

    static List<String> commands(ErrorEntry e) {
        return e.commands().stream().map(Command::text).toList();
    }
}
