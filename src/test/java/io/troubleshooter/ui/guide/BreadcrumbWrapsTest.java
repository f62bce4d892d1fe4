package io.troubleshooter.ui.guide;

import io.troubleshooter.guide.Answer;
import io.troubleshooter.guide.ErrorEntry;


import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A long walk at a narrow Guide: the breadcrumb goes on a second line rather than being cut, and each crumb can be
 * reached with the keyboard. (A single-row bar, as ControlsFX's BreadCrumbBar lays out, would cut the last crumbs.)
 */
@ExtendWith(ApplicationExtension.class)
class BreadcrumbWrapsTest {

    private static final String ARTICLE = """
            ---
            title: Restore errors
            ---
            # Restore errors

            ## <a name="common-errors"></a>Common errors

            | Error message | Cause | Recommendation |
            | --- | --- | --- |
            | Restore failed in the cloud service | Cause number 1 of the failure | Try remedy number 1. |
            | Restore failed in the cloud service | Cause number 2 of the failure | Try remedy number 2. |
            | Restore failed in the cloud service | Cause number 3 of the failure | Try remedy number 3. |
            | Restore failed in the cloud service | Cause number 4 of the failure | Try remedy number 4. |
            | Restore failed in the cloud service | Cause number 5 of the failure | Try remedy number 5. |
            | Restore failed in the cloud service | Cause number 6 of the failure | Try remedy number 6. |
            | Restore failed in the cloud service | Cause number 7 of the failure | Try remedy number 7. |
            | Restore failed in the cloud service | Cause number 8 of the failure | Try remedy number 8. |
            """;

    ErrorEntry entry;
    GuideViewModel model;
    GuideView view;

    @Start
    void start(Stage stage) {
        entry = GuideFixtures.firstError("restore", ARTICLE);
        model = new GuideViewModel();
        model.open(entry);
        view = GuideFixtures.view(model);
        // Narrow whatever the size of the window the tests share: the Guide beside the list at a small window.
        view.setMaxWidth(560);
        var holder = new StackPane(view);
        StackPane.setAlignment(view, Pos.TOP_LEFT);
        stage.setScene(new Scene(holder, 560, 600));
        stage.show();
    }

    @Test
    void aLongPathWrapsAndEveryCrumbStaysWhole(FxRobot robot) {
        assertEquals(8, entry.causes().size(), "one error, eight causes");
        robot.interact(() -> {
            for (int i = 0; i < 8; i++) {
                model.answer(Answer.NOT_RESOLVED);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        var crumbs = robot.lookup(".guide-breadcrumb .crumb").queryAllAs(Button.class);
        assertEquals(9, crumbs.size(), "eight causes and the end");
        double right = view.localToScene(view.getLayoutBounds()).getMaxX();
        for (Button crumb : crumbs) {
            Bounds shown = crumb.localToScene(crumb.getLayoutBounds());
            assertTrue(shown.getMaxX() <= right + 0.5, crumb.getId() + " ends at " + shown.getMaxX() + " > " + right);
            assertTrue(crumb.isFocusTraversable(), crumb.getId() + " is reached with Tab");
        }
        Button first = robot.lookup("#crumb-1").queryAs(Button.class);
        Button end = robot.lookup("#crumb-end").queryAs(Button.class);
        double firstRow = first.localToScene(first.getLayoutBounds()).getMinY();
        double lastRow = end.localToScene(end.getLayoutBounds()).getMinY();
        assertTrue(lastRow > firstRow, "the path goes on a second line");
    }
}
