package io.troubleshooter.ui.content;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Problem;
import io.troubleshooter.guide.SourceCatalog;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One line of the Content view: a source (a folder, or the shipped content), one of its files with the articles
 * read from it, or a problem lint found in that file, at a line.
 */
public sealed interface ContentRow {

    record Folder(Path root, boolean own, boolean shipped, int files, int articles) implements ContentRow { }

    record File(SourceCatalog.FileRead read, boolean removable) implements ContentRow {

        public String languages() {
            return read.articles().stream().map(Article::locale).distinct().collect(Collectors.joining(", "));
        }

        public String versions() {
            return read.articles().stream().map(Article::version).distinct().collect(Collectors.joining(", "));
        }

        public int entries() {
            return read.entryCount();
        }

        public List<Problem> problems() {
            return read.problems();
        }
    }

    record Lint(Problem problem, @Nullable Path file) implements ContentRow { }
}
