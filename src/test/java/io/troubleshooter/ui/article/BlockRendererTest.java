package io.troubleshooter.ui.article;

import static io.troubleshooter.ui.article.ArticleFixtures.compact;
import static io.troubleshooter.ui.article.ArticleFixtures.shownText;
import static io.troubleshooter.ui.article.ArticleFixtures.withStyle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.troubleshooter.content.Article;
import io.troubleshooter.content.Block;
import io.troubleshooter.content.Inline;
import io.troubleshooter.content.Section;

import java.util.ArrayList;
import java.util.List;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Blocks rendered on their own, as the Guide shows a cause's or a step's text. */
@ExtendWith(ApplicationExtension.class)
class BlockRendererTest {

    private static final double WIDTH = 640;

    private final StackPane host = new StackPane();
    private final List<String> links = new ArrayList<>();
    private BlockRenderer renderer;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        renderer = new BlockRenderer(ArticleFixtures.commands(new ArrayList<>()), links::add);
        var scene = new Scene(host, WIDTH, 600);
        scene.getStylesheets().add(getClass().getResource("/app/styles/article.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private Node show(FxRobot robot, Block block) {
        var node = new Node[1];
        robot.interact(() -> {
            node[0] = renderer.render(List.of(block));
            host.getChildren().setAll(node[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node[0];
    }

    @Test
    void everyTableOfTheTestArticlesShowsItsHeaderAndCellsWithinTheWidth(FxRobot robot) {
        List<Block.Table> tables = articleTables();
        assertFalse(tables.isEmpty(), "the test articles have tables");
        for (Block.Table table : tables) {
            Node shown = show(robot, table);
            var grid = (GridPane) withStyle(shown, "md-table").getFirst();

            assertTrue(grid.getWidth() <= WIDTH + 0.5, "table of line " + table.line() + " is " + grid.getWidth()
                    + " wide");
            List<Node> header = withStyle(grid, "md-table-header");
            assertEquals(table.header().size(), header.size());
            for (int c = 0; c < header.size(); c++) {
                assertEquals(compact(Inline.plain(table.header().get(c))), compact(shownText(header.get(c))));
            }
            List<Node> cells = withStyle(grid, "md-table-cell");
            int columns = table.header().size();
            assertEquals(columns * (table.rows().size() + 1), cells.size(), "line " + table.line());
            for (int r = 0; r < table.rows().size(); r++) {
                var row = table.rows().get(r);
                for (int c = 0; c < row.size() && c < columns; c++) {
                    Node cell = cells.get((r + 1) * columns + c);
                    assertEquals(compact(Inline.plain(row.get(c)).replace("•", "")),
                            compact(shownText(cell).replace("•", "")), "line " + table.line() + " row " + r);
                    assertTrue(cell.getBoundsInParent().getMaxX() <= grid.getWidth() + 0.5, "cell of line "
                            + table.line() + " row " + r + " stays inside the table: " + cell.getBoundsInParent());
                }
            }
        }
    }

    @Test
    void anOrderedListCountsFromItsStart(FxRobot robot) {
        var item = new Block.Item(List.of(new Block.Paragraph(List.of(new Inline.Text("step")), 1)), 1);
        Node shown = show(robot, new Block.ListBlock(true, 3, List.of(item, item, item), 1));

        List<String> markers = withStyle(shown, "md-list-marker").stream().map(n -> ((Label) n).getText()).toList();

        assertEquals(List.of("3.", "4.", "5."), markers);
    }

    @Test
    void anAnchorInRunningTextIsRegisteredAtItsParagraph(FxRobot robot) {
        var paragraph = new Block.Paragraph(List.of(new Inline.Anchor("here"), new Inline.Text("target text")), 1);
        Node shown = show(robot, paragraph);

        Node anchored = renderer.anchor("here").orElseThrow();

        assertTrue(anchored.getStyleClass().contains("md-paragraph"));
        assertEquals("targettext", compact(shownText(anchored)));
        assertTrue(withStyle(shown, "md-paragraph").contains(anchored));
    }

    @Test
    void anImageShowsItsAltTextAndLoadsNothing(FxRobot robot) {
        var paragraph = new Block.Paragraph(List.of(new Inline.Image("Lock removal", "./media/delete-lock.png")), 1);
        Node shown = show(robot, paragraph);

        var image = (Label) withStyle(shown, "md-image").getFirst();

        assertEquals("Image: Lock removal", image.getText());
        assertTrue(withStyle(shown, "image-view").isEmpty());
        assertTrue(links.isEmpty());
    }

    @Test
    void codeThatIsNotACommandIsShownAsWrittenWithACopyButton(FxRobot robot) {
        Node shown = show(robot, new Block.CodeBlock("text", "   ", 1));

        assertEquals(1, withStyle(shown, "md-code-box").size());
        assertEquals(1, withStyle(shown, "copy-button").size());
        assertTrue(withStyle(shown, "command-card").isEmpty());
    }

    private static List<Block.Table> articleTables() {
        var tables = new ArrayList<Block.Table>();
        for (Article article : ArticleFixtures.testArticles()) {
            for (Section section : article.sections()) {
                section.blocks().forEach(b -> tablesIn(b, tables));
            }
        }
        return tables;
    }

    private static void tablesIn(Block block, List<Block.Table> tables) {
        switch (block) {
            case Block.Table t -> tables.add(t);
            case Block.ListBlock l -> l.items().forEach(i -> i.blocks().forEach(b -> tablesIn(b, tables)));
            case Block.Alert a -> a.blocks().forEach(b -> tablesIn(b, tables));
            case Block.Quote q -> q.blocks().forEach(b -> tablesIn(b, tables));
            case Block.Include i -> i.blocks().forEach(b -> tablesIn(b, tables));
            default -> { }
        }
    }
}
