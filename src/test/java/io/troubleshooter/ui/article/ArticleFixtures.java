package io.troubleshooter.ui.article;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.guide.PlaceholderValue;
import io.troubleshooter.testing.BackupArticles;
import io.troubleshooter.ui.command.CommandActions;
import io.troubleshooter.ui.command.CommandContext;
import io.troubleshooter.ui.command.PlaceholderValues;
import io.troubleshooter.ui.i18n.I18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Articles, command contexts and text extraction shared by the article view tests. */
final class ArticleFixtures {

    private ArticleFixtures() {
    }

    /** A context whose copies are recorded in {@code copied} and that never asks about empty placeholders. */
    static CommandContext commands(List<String> copied) {
        return new CommandContext(I18n.english(), new PlaceholderValues(), new CommandActions() {
            @Override
            public void copied(String text, int warnings) {
                copied.add(text);
            }

            @Override
            public boolean confirmEmpty(List<String> placeholders) {
                return true;
            }

            @Override
            public void refused(String placeholder, PlaceholderValue.Refusal why) {
                copied.add("refused " + placeholder + ": " + why);
            }
        });
    }

    /** Reads {@code markdown} as the only article of a content folder. */
    static Article read(Path dir, String markdown) throws IOException {
        Files.writeString(dir.resolve("a.md"), markdown, StandardCharsets.UTF_8);
        List<Article> articles = ContentLoader.loadDirectories(List.of(dir)).articles();
        if (articles.isEmpty()) {
            throw new IllegalStateException("the sample article was not read");
        }
        return articles.getFirst();
    }

    /** Every test article: headings with code and links, translations with their originals, a table, includes. */
    static List<Article> testArticles() {
        return BackupArticles.catalog().articles();
    }

    /** The text a reader sees in {@code node}: text runs, link and code labels, in order. */
    static String shownText(Node node) {
        var sb = new StringBuilder();
        collect(node, sb);
        return sb.toString();
    }

    /**
     * Text without its white space, to compare what is shown with the article's text: a label inside
     * running text (code, a link) has no spaces of its own, and line breaks differ from spaces.
     */
    static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Every node under {@code root} with {@code styleClass}, in document order. */
    static List<Node> withStyle(Node root, String styleClass) {
        var found = new ArrayList<Node>();
        walk(root, styleClass, found);
        return found;
    }

    private static void walk(Node node, String styleClass, List<Node> found) {
        if (node.getStyleClass().contains(styleClass)) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, styleClass, found));
        }
    }

    private static void collect(Node node, StringBuilder sb) {
        switch (node) {
            case Text text -> sb.append(text.getText());
            case Labeled labeled -> sb.append(labeled.getText()).append(' ');
            case Parent parent -> parent.getChildrenUnmodifiable().forEach(child -> collect(child, sb));
            default -> { }
        }
    }
}
