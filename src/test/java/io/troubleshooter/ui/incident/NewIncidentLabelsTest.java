package io.troubleshooter.ui.incident;

import io.troubleshooter.ui.i18n.I18n;

import java.util.Locale;
import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The New incident dialog's field names are read in full in every language ("Ticket…" is not a name). */
@ExtendWith(ApplicationExtension.class)
class NewIncidentLabelsTest {

    @Start
    void start(Stage stage) {
        // The toolkit only: the dialog is a window of its own.
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es", "pt-BR"})
    void fieldNamesAreNotCut(String language, FxRobot robot) {
        var dialog = new NewIncidentDialog[1];
        robot.interact(() -> {
            dialog[0] = new NewIncidentDialog(new I18n(Locale.forLanguageTag(language)), "VssWriter", null, null,
                    info -> Optional.empty());
            dialog[0].show();
        });
        var labels = robot.lookup(".incident-field-label").queryAllAs(Label.class);
        assertEquals(4, labels.size());
        for (Label label : labels) {
            String drawn = label.lookupAll(".text").stream().filter(Text.class::isInstance)
                    .map(n -> ((Text) n).getText()).findFirst().orElse("");
            assertEquals(label.getText(), drawn, "cut in " + language);
            assertFalse(drawn.endsWith("…"));
        }
        robot.interact(() -> dialog[0].close());
    }
}
