package io.troubleshooter.guide;

import io.troubleshooter.SharedFolder;
import io.troubleshooter.content.Article;
import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.content.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every real article of the shared corpus is read to the end, and one that gives no entry says so. */
class SharedCorpusReadingTest {

    @Test
    void noArticleFailsAndNoneIsASilentZero() {
        var loaded = ContentLoader.loadDirectories(List.of(SharedFolder.require("corpus")));
        assertTrue(loaded.articles().size() >= 50, "articles read: " + loaded.articles().size());
        var failures = new StringBuilder();
        int silent = 0;
        for (Article article : loaded.articles()) {
            var extraction = EntryExtractor.extract(article, Terms.shipped());
            extraction.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                    .forEach(p -> failures.append(p).append('\n'));
            boolean said = extraction.problems().stream().anyMatch(p -> p.message().contains("no error entry"));
            if (extraction.entries().isEmpty() && !said) {
                silent++;
                failures.append(article.path()).append(" (").append(article.locale()).append("): no entry, no problem\n");
            }
        }
        assertEquals("", failures.toString());
        assertEquals(0, silent);
    }

    @Test
    void versionsOfOneArticleInSeveralLanguagesGroupTogether() {
        var dir = SharedFolder.require("corpus");
        var catalog = Catalog.build(ContentLoader.loadDirectories(List.of(
                dir.resolve("en/MicrosoftDocs__azure-docs__articles_virtual-machines_troubleshooting_windows-azure-guest-agent.md"),
                dir.resolve("ja-jp/changeworld__azure-docs.ja-jp__articles_virtual-machines_troubleshooting_windows-azure-guest-agent.md"))),
                Terms.shipped());
        var group = catalog.groups().stream()
                .filter(g -> g.versions().stream().anyMatch(e -> e.anchor().equals("agent-stuck-on-starting"))).findFirst()
                .orElseThrow();
        assertEquals(List.of("en-US", "ja-JP"), group.versions().stream().map(ErrorEntry::locale).sorted().toList());
    }
}
