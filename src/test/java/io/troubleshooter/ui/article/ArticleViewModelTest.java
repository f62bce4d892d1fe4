package io.troubleshooter.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.troubleshooter.content.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the reader is in an article and where links take them, without a window. */
class ArticleViewModelTest {

    @TempDir
    Path dir;

    private final ArticleViewModel model = new ArticleViewModel();
    private final List<String> opened = new ArrayList<>();
    private Article article;

    @BeforeEach
    void showAnArticle() throws IOException {
        article = ArticleFixtures.read(dir, """
                # <a name="top"></a>Top
                See [the fix](#fix) or [the docs](https://learn.microsoft.com/azure/backup).

                ## <a name="fix"></a>Fix
                Text with an <a name="inline-target"></a>inline target.
                """);
        model.onExternalLinkProperty().set(opened::add);
        model.show(article);
    }

    @Test
    void anAnchorLinkAsksToScrollThereAndRemembersWhereTheReaderWas() {
        model.scrollProperty().set(0.25);

        model.followLink("#fix");

        assertEquals("fix", model.requestProperty().get().anchor());
        assertTrue(model.backAvailableProperty().get());
        assertTrue(opened.isEmpty(), "an anchor never leaves the article");
    }

    @Test
    void backReturnsToTheScrollPositionBeforeTheLink() {
        model.scrollProperty().set(0.25);
        model.followLink("#fix");
        model.scrollProperty().set(0.8);

        assertTrue(model.back());

        assertEquals(0.25, model.scrollProperty().get());
        assertFalse(model.backAvailableProperty().get());
        assertFalse(model.back(), "nothing left to go back to");
    }

    @Test
    void followingTheSameAnchorTwiceAsksTwice() {
        model.followLink("#fix");
        var first = model.requestProperty().get();
        model.followLink("#fix");

        assertEquals(first.anchor(), model.requestProperty().get().anchor());
        assertTrue(model.requestProperty().get().serial() > first.serial());
    }

    @Test
    void anInlineAnchorCanBeReached() {
        assertTrue(model.scrollTo("inline-target"));
        assertEquals("inline-target", model.requestProperty().get().anchor());
    }

    @Test
    void anUnknownAnchorIsReportedAndDoesNotMove() {
        model.followLink("#nowhere");

        assertEquals("nowhere", model.missingAnchorProperty().get());
        assertNull(model.requestProperty().get());
        assertFalse(model.backAvailableProperty().get());
    }

    @Test
    void aGoodLinkClearsTheUnknownAnchorMessage() {
        model.followLink("#nowhere");
        assertEquals("nowhere", model.missingAnchorProperty().get(), "the message the reader sees");

        model.followLink("#fix");

        assertNull(model.missingAnchorProperty().get(), "a found anchor clears the message of a missing one");
        assertEquals("fix", model.requestProperty().get().anchor(), "and the page goes there");
    }

    @Test
    void anExternalLinkGoesToTheHookAndNowhereElse() {
        model.followLink("https://learn.microsoft.com/azure/backup");

        assertEquals(List.of("https://learn.microsoft.com/azure/backup"), opened);
        assertNull(model.requestProperty().get());
    }

    @Test
    void anExternalLinkWithoutAHookLeavesTheReaderWhereTheyWere() {
        model.scrollProperty().set(0.4);
        model.followLink("#fix");
        var toFix = model.requestProperty().get();
        model.scrollProperty().set(0.7);
        model.followLink("#nowhere");
        assertEquals("nowhere", model.missingAnchorProperty().get(), "the message the reader saw before the click");
        model.onExternalLinkProperty().set(null);

        model.followLink("https://learn.microsoft.com/azure/backup");

        assertEquals(0.7, model.scrollProperty().get(), "the page did not move");
        assertSame(toFix, model.requestProperty().get(), "no new scroll asked for");
        assertNull(model.missingAnchorProperty().get(), "no 'anchor not found' message for a web link");
        assertSame(article, model.article());
        assertTrue(model.back(), "Back still leads to where the reader was before #fix");
        assertEquals(0.4, model.scrollProperty().get());
    }

    @Test
    void anAnchorWrittenInAnotherCaseFindsItsSection() {
        assertTrue(model.scrollTo("Fix"));

        assertEquals("fix", model.requestProperty().get().anchor(), "the article's own anchor, which the page knows");
        assertNull(model.missingAnchorProperty().get());
    }

    @Test
    void aPartWithoutAnAnchorOfItsOwnIsFoundByTheSectionHoldingItsLine() {
        int fixLine = article.sections().stream().filter(s -> s.anchor().equals("fix")).findFirst().orElseThrow()
                .line();

        assertEquals("fix", model.placeOf("fix-1", fixLine + 1).orElseThrow(), "a row under the Fix heading");
        assertEquals("top", model.placeOf("top-2", fixLine - 1).orElseThrow(), "a row above it");
        assertTrue(model.placeOf("nowhere", 0).isEmpty(), "no anchor, no line: no place");
    }

    @Test
    void anotherArticleStartsAtTheTopWithNoHistory() throws IOException {
        model.scrollProperty().set(0.5);
        model.followLink("#fix");
        model.followLink("#nowhere");
        Path other = dir.resolve("other");
        Files.createDirectories(other);

        model.show(ArticleFixtures.read(other, "# <a name=\"else\"></a>Else\nBody.\n"));

        assertEquals(0.0, model.scrollProperty().get());
        assertFalse(model.backAvailableProperty().get());
        assertNull(model.missingAnchorProperty().get());
        assertFalse(model.hasAnchor("fix"), "anchors are the new article's");
        assertTrue(model.hasAnchor("else"));
    }
}
