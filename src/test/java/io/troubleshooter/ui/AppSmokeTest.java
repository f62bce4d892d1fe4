package io.troubleshooter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import io.troubleshooter.ui.browse.BrowseViewModel;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real start: the window comes up at once, then fills with the shipped articles. */
@ExtendWith(ApplicationExtension.class)
class AppSmokeTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        var app = new App();
        app.init();
        app.start(stage);
    }

    @Test
    void windowOpensUnderItsTitleAndListsTheShippedErrors(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#status-overlay").queryAs(Node.class).isVisible());
        ListView<?> list = robot.lookup("#error-list").queryAs(ListView.class);

        assertTrue(stage.isShowing(), "window is showing");
        assertEquals("Azure VM Backup Troubleshooter", stage.getTitle());
        assertFalse(list.getItems().isEmpty(), "the errors are listed");
        assertTrue(list.getItems().stream().anyMatch(item -> item instanceof BrowseViewModel.Row row
                && row.entry().codes().contains("ExtensionFailedVssWriterInBadState")), "the seeds' errors are there");
    }
}
