package io.troubleshooter.ui.incident;

import io.troubleshooter.incident.IncidentInfo;
import io.troubleshooter.ui.i18n.I18n;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is typed for a new incident is never thrown away because the incident could not be made. */
@ExtendWith(ApplicationExtension.class)
class NewIncidentDialogTest {

    @Start
    void start(Stage stage) {
        // The toolkit only: the dialog is a window of its own.
    }

    @Test
    void whenTheIncidentCannotBeMadeTheDialogStaysWithWhatWasTypedAndSaysWhy(FxRobot robot) {
        var tried = new ArrayList<IncidentInfo>();
        var dialog = new AtomicReference<NewIncidentDialog>();
        robot.interact(() -> {
            dialog.set(new NewIncidentDialog(I18n.english(), "VssWriter", null, null, info -> {
                tried.add(info);
                return tried.size() == 1 ? Optional.of("Open in another window.") : Optional.empty();
            }));
            dialog.get().show();
        });
        robot.clickOn("#incident-reference").write("INC-77");
        robot.clickOn("#incident-notes").write("two hours of notes");

        robot.clickOn("Create");

        assertTrue(dialog.get().isShowing(), "the dialog stays");
        assertEquals("Open in another window.", robot.lookup("#incident-new-problem").queryAs(Label.class).getText());
        assertEquals("INC-77", robot.lookup("#incident-reference").queryAs(TextField.class).getText());
        assertEquals("two hours of notes", robot.lookup("#incident-notes").queryAs(TextArea.class).getText());

        robot.clickOn("Create");

        assertFalse(dialog.get().isShowing());
        assertEquals(List.of("INC-77", "INC-77"), tried.stream().map(IncidentInfo::reference).toList());
        assertEquals("two hours of notes", dialog.get().getResult().notes());
    }

    @Test
    void whatWasTypedInADialogClosedWithoutAnIncidentIsOfferedAgain(FxRobot robot) {
        var typed = new IncidentInfo("INC-78", "vm-78", "Contoso", "kept");
        robot.interact(() -> new NewIncidentDialog(I18n.english(), "VssWriter", null, typed, info -> Optional.empty())
                .show());

        assertEquals("INC-78", robot.lookup("#incident-reference").queryAs(TextField.class).getText());
        assertEquals("kept", robot.lookup("#incident-notes").queryAs(TextArea.class).getText());
        robot.clickOn("Cancel");
    }
}
