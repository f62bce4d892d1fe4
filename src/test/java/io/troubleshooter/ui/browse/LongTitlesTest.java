package io.troubleshooter.ui.browse;

import io.troubleshooter.content.ContentLoader;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.guide.Terms;
import io.troubleshooter.ui.Theme;
import io.troubleshooter.ui.i18n.I18n;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Errors titled by long messages (no code), links and all, are listed whole, each row below the one before. */
@ExtendWith(ApplicationExtension.class)
class LongTitlesTest {

    private static final String ARTICLE = """
            ---
            title: Troubleshoot backups of virtual machines whose agent cannot be reached from the vault
            ms.date: 03/04/2018
            ---
            # Troubleshoot backups of virtual machines whose agent cannot be reached from the vault

            ## Could not perform the operation as VM no longer exists. - Stop protecting virtual machine without deleting backup data. More details at http://go.microsoft.com/fwlink/?LinkId=808124

            Cause: the virtual machine was deleted.

            1. Stop protecting the virtual machine.

            ## Could not communicate with the VM agent for snapshot status. - Ensure that VM has internet access. Also, update the VM agent as mentioned in the troubleshooting guide at http://go.microsoft.com/fwlink/?LinkId=800034

            Cause: the agent is out of date.

            1. Update the agent.

            ## Recovery services extension operation failed. - Please make sure that latest virtual machine agent is present on the virtual machine and agent service is running. Please retry backup operation and if it fails, contact Microsoft support.

            Cause: the extension is in a bad state.

            1. Uninstall the extension.
            """;

    @TempDir
    static Path folder;
    private BrowseView view;

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(folder.resolve("long-titles.md"), ARTICLE, StandardCharsets.UTF_8);
        Catalog catalog = Catalog.build(ContentLoader.loadDirectories(List.of(folder)), Terms.shipped());
        List<ErrorEntry> entries = catalog.entries();
        var model = new BrowseViewModel();
        model.setEntries(entries, e -> catalog.articles().getFirst().title(), q -> entries);
        view = new BrowseView(model, I18n.english());
        Theme.apply(false);
        var scene = new Scene(view, 300, 900);
        scene.getStylesheets().addAll(Theme.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyRowHoldsItsWholeTitleAndNoneOverlaps(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<ListCell<?>> cells = robot.lookup(".entry-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && !c.isEmpty()).<ListCell<?>>map(n -> (ListCell<?>) n)
                .sorted(Comparator.comparingDouble(c -> c.localToScene(0, 0).getY())).toList();
        assertTrue(cells.size() >= 4, "a heading and three errors: " + cells.size());
        double bottom = -1;
        for (ListCell<?> cell : cells) {
            double top = cell.localToScene(0, 0).getY();
            assertTrue(top >= bottom - 0.5, "a row starts below the one before: " + top + " < " + bottom);
            bottom = top + cell.getHeight();
            for (Node node : cell.lookupAll(".label")) {
                if (node instanceof Label label && label.isVisible() && !label.getText().isEmpty()) {
                    double needed = label.prefHeight(label.getWidth());
                    assertFalse(label.getHeight() + 0.5 < needed, "\"" + label.getText() + "\" is cut: "
                            + label.getHeight() + " of " + needed + " px");
                    double labelBottom = label.localToScene(0, label.getHeight()).getY();
                    assertTrue(labelBottom <= bottom + 0.5, "\"" + label.getText() + "\" goes past its row");
                }
            }
        }
    }
}
