package io.troubleshooter.ui.article;

import static io.troubleshooter.ui.article.ArticleFixtures.compact;
import static io.troubleshooter.ui.article.ArticleFixtures.shownText;
import static io.troubleshooter.ui.article.ArticleFixtures.withStyle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Section;
import io.troubleshooter.testing.BackupArticles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The article page as the engineer reads it: headings, links inside and out, scrolling. */
@ExtendWith(ApplicationExtension.class)
class ArticleViewTest {

    @TempDir
    Path dir;

    private final List<String> opened = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private ArticleViewModel model;
    private ArticleView view;

    @Start
    void start(Stage stage) {
        // The app runs under an AtlantaFX theme; its colour variables are what article.css looks up.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new ArticleViewModel();
        model.onExternalLinkProperty().set(opened::add);
        view = new ArticleView(model, ArticleFixtures.commands(copied));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    private void show(FxRobot robot, Article article) {
        robot.interact(() -> model.show(article));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyTestArticleShowsEverySectionHeadingInOrder(FxRobot robot) {
        assertEquals(6, ArticleFixtures.testArticles().size(), "the five test files, one of them twice");
        for (Article article : ArticleFixtures.testArticles()) {
            show(robot, article);

            var title = robot.lookup(".md-title").queryAs(Label.class);
            assertEquals(article.title(), title.getText());
            List<String> shown = withStyle(view, "md-heading").stream()
                    .filter(node -> node.getProperties().containsKey("md-anchor"))
                    .map(node -> compact(shownText(node))).toList();
            List<String> expected = article.sections().stream()
                    .filter(s -> !(s.level() == 1 && s.title().equals(article.title())))
                    .map(s -> compact(s.title())).toList();
            assertEquals(expected, shown, article.path());
            for (Section section : article.sections()) {
                Node node = view.anchorNode(section.anchor()).orElseThrow(
                        () -> new AssertionError(article.path() + ": no node for #" + section.anchor()));
                assertTrue(node.isVisible() && node.getScene() != null, "#" + section.anchor() + " is on the page");
            }
        }
    }

    @Test
    void clickingAnAnchorLinkBringsItsHeadingToTheTop(FxRobot robot) {
        show(robot, BackupArticles.article("vm-agent-errors", "en-US"));
        Hyperlink link = firstLinkTo("#" + BackupArticles.NO_INTERNET);
        Node target = view.anchorNode(BackupArticles.NO_INTERNET).orElseThrow();
        assertTrue(top(target) > viewportBottom(), "the target starts below the visible part of the page");

        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();

        double offset = top(target) - viewportTop();
        assertTrue(offset >= -1 && offset < 40, "heading at the top of the viewport, was " + offset + " px below");
        assertTrue(opened.isEmpty(), "an anchor link never opens the browser");
    }

    @Test
    void backReturnsToTheLinkThatWasFollowed(FxRobot robot) {
        show(robot, BackupArticles.article("vm-agent-errors", "en-US"));
        Hyperlink link = firstLinkTo("#" + BackupArticles.NO_INTERNET);
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(top(link) < viewportTop(), "the link scrolled out of view");

        robot.interact(() -> assertTrue(view.back()));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(top(link) >= viewportTop() && top(link) < viewportBottom(), "the link is visible again");
    }

    @Test
    void anUnknownAnchorShowsAShortMessage(FxRobot robot) throws IOException {
        show(robot, ArticleFixtures.read(dir, "# <a name=\"top\"></a>Top\nSee [nothing](#nowhere).\n"));
        var message = robot.lookup(".md-anchor-missing").queryAs(Label.class);
        assertFalse(message.isVisible(), "no message before any link is followed");

        robot.clickOn(firstLinkTo("#nowhere"));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(message.isVisible());
        assertTrue(message.getText().contains("nowhere"), message.getText());
    }

    @Test
    void aPlaceAskedForInTheArticleBeforeIsNotLookedForInTheNextOne(FxRobot robot) throws IOException {
        Article errors = BackupArticles.article("vm-agent-errors", "en-US");
        Article other = ArticleFixtures.read(dir, "# <a name=\"top\"></a>Top\nAnother article.\n");
        show(robot, errors);

        // As when a newer version replaces the article on screen before its page was laid out.
        robot.interact(() -> {
            assertTrue(model.scrollTo(BackupArticles.NO_INTERNET));
            model.show(other);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        var message = robot.lookup(".md-anchor-missing").queryAs(Label.class);
        assertFalse(message.isVisible(), message.getText());
        assertEquals("Top", robot.lookup(".md-title").queryAs(Label.class).getText());
    }

    @Test
    void anExternalLinkCallsTheHookOnlyWhenClicked(FxRobot robot) throws IOException {
        String url = "https://learn.microsoft.com/azure/backup/backup-azure-vms-troubleshoot";
        show(robot, ArticleFixtures.read(dir, "# <a name=\"top\"></a>Top\nRead [the article](" + url + ") first.\n"));
        Hyperlink link = firstLinkTo(url);

        robot.moveTo(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(opened.isEmpty(), "showing or hovering a link opens nothing");
        assertTrue(link.getTooltip().getText().contains(url), link.getTooltip().getText());

        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(url), opened);
    }

    @Test
    void aMissingIncludeSaysThatPartIsNotAvailableOffline(FxRobot robot) {
        show(robot, BackupArticles.article("vm-agent-timeout", "es-ES"));

        var note = robot.lookup(".md-include-missing").queryAs(Label.class);

        assertTrue(note.getText().contains("not available offline"), note.getText());
        assertTrue(note.getText().contains("support-disclaimer.md"), note.getText());
    }

    @Test
    void eachAlertKindHasItsOwnStyleAndName(FxRobot robot) throws IOException {
        show(robot, ArticleFixtures.read(dir, """
                # <a name="top"></a>Top
                > [!NOTE]
                > noted

                > [!TIP]
                > tipped

                > [!IMPORTANT]
                > important

                > [!WARNING]
                > warned

                > [!CAUTION]
                > careful
                """));

        for (String kind : List.of("note", "tip", "important", "warning", "caution")) {
            List<Node> alerts = withStyle(view, "md-alert-" + kind);
            assertEquals(1, alerts.size(), kind);
            Node alert = alerts.getFirst();
            assertTrue(alert.getStyleClass().contains("md-alert"), kind);
            var title = (Label) withStyle(alert, "md-alert-title").getFirst();
            assertEquals(kind, title.getText().toLowerCase(Locale.ROOT));
            assertTrue(title.getGraphic() != null, kind + " has an icon");
        }
        assertTrue(compact(shownText(withStyle(view, "md-alert-warning").getFirst())).contains("warned"));
    }

    @Test
    void aCommandInACodeBlockIsACardWhoseCopyPutsTheExactTextOnTheClipboard(FxRobot robot) throws IOException {
        String command = "Get-Service -Name WindowsAzureGuestAgent | Restart-Service";
        show(robot, ArticleFixtures.read(dir,
                "# <a name=\"top\"></a>Top\nRun:\n\n```powershell\n" + command + "\n```\n"));
        List<Node> cards = withStyle(view, "command-card");
        assertEquals(1, cards.size());

        robot.clickOn(withStyle(cards.getFirst(), "copy-button").getFirst());
        WaitForAsyncUtils.waitForFxEvents();

        String onClipboard = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> Clipboard.getSystemClipboard().getString()));
        assertEquals(command, onClipboard);
        assertEquals(List.of(command), copied);
    }

    @Test
    void showingTheSameArticleAgainKeepsThePage(FxRobot robot) throws IOException {
        Article article = ArticleFixtures.read(dir, "# <a name=\"top\"></a>Top\nBody.\n");
        show(robot, article);
        Node before = withStyle(view, "md-paragraph").getFirst();

        robot.interact(() -> model.articleProperty().set(null));
        robot.interact(() -> model.show(article));
        Node rebuilt = withStyle(view, "md-paragraph").getFirst();
        robot.interact(() -> model.show(article));

        assertFalse(before == rebuilt, "a different article (none) in between rebuilds");
        assertSame(rebuilt, withStyle(view, "md-paragraph").getFirst(), "the same article is not rebuilt");
    }

    private Hyperlink firstLinkTo(String target) {
        return withStyle(view, "md-link").stream()
                .filter(n -> Objects.equals(n.getUserData(), target))
                .map(Hyperlink.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + target));
    }

    private ScrollPane scroller() {
        return (ScrollPane) withStyle(view, "md-scroller").getFirst();
    }

    private double top(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMinY();
    }

    private double viewportTop() {
        return viewport().getMinY();
    }

    private double viewportBottom() {
        return viewport().getMaxY();
    }

    private Bounds viewport() {
        ScrollPane scroller = scroller();
        return scroller.localToScene(scroller.getLayoutBounds());
    }
}
