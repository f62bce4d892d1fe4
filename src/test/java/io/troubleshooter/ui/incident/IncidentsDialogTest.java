package io.troubleshooter.ui.incident;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.troubleshooter.guide.Walk;
import io.troubleshooter.incident.IncidentSummary;
import io.troubleshooter.incident.Outcome;
import io.troubleshooter.ui.i18n.I18n;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static io.troubleshooter.ui.incident.IncidentFixtures.FIXTURE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The list of incidents says why it is empty, and shows what came from the files as it is. */
@ExtendWith(ApplicationExtension.class)
class IncidentsDialogTest {

    @TempDir
    Path data;
    @RegisterExtension
    final IncidentModels models = new IncidentModels();
    private final I18n i18n = I18n.english();

    @Start
    void start(Stage stage) {
        // The toolkit only.
    }

    @Test
    void aSecondWindowOnTheSameFolderSaysTheIncidentsAreOpenElsewhereInsteadOfNone(FxRobot robot) {
        IncidentFixtures.put(data, FIXTURE_ID, IncidentFixtures.fixture(FIXTURE_ID, root -> { }));
        var first = model();
        var second = model();
        robot.interact(() -> assertTrue(first.refresh()));

        String placeholder = placeholderOf(robot, second);

        assertTrue(second.lockedProperty().get());
        assertTrue(placeholder.startsWith("The incidents are open in another window"), placeholder);
        assertFalse(placeholder.contains("No incidents yet"), placeholder);
    }

    @Test
    void anEmptyFolderSaysThereAreNoIncidentsYet(FxRobot robot) {
        assertEquals("No incidents yet.", placeholderOf(robot, model()));
    }

    @Test
    void aRowShowsADirectionOverrideInsteadOfReversingTheReference() {
        var summary = new IncidentSummary("x", "TKT-\u202E1337", "vm\u0000", "", "", "code:X", List.of("X"),
                Instant.EPOCH, Instant.EPOCH, Walk.Outcome.OPEN, null, List.of());

        String row = IncidentsDialog.rowText(i18n, summary,
                DateTimeFormatter.ISO_INSTANT.withLocale(Locale.ROOT).withZone(ZoneOffset.UTC));

        assertTrue(row.startsWith("TKT-<U+202E>1337 · vm<U+0000> · X"), row);
    }

    @Test
    void theListOpensBeforeTheFolderIsReadThenShowsEachIncidentOnTwoLinesNewestFirst(FxRobot robot) {
        IncidentFixtures.put(data, FIXTURE_ID, IncidentFixtures.fixture(FIXTURE_ID, root -> { }));
        String newer = "20250401-080000-0a0b0c0d";
        IncidentFixtures.put(data, newer, IncidentFixtures.fixture(newer, root -> {
            root.put("created", "2025-04-01T08:00:00Z");
            root.put("updated", "2025-04-01T08:00:00Z");
            ((ObjectNode) root.get("info")).put("reference", "INC-NEWER");
            root.putObject("outcome").put("kind", "OPEN").put("at", "2025-04-01T08:00:00Z");
            root.putArray("answers");
        }));
        var model = model();
        var waiting = new ArrayList<Runnable>();
        model.listingExecutor(waiting::add);
        var dialog = new AtomicReference<IncidentsDialog>();
        robot.interact(() -> dialog.set(new IncidentsDialog(model, i18n, null, () -> { })));
        var list = (ListView<?>) dialog.get().getDialogPane().lookup("#incident-list");

        assertEquals("Loading the incidents…", ((Label) list.getPlaceholder()).getText());
        assertEquals(1, waiting.size(), "the folder is read away from the FX thread");

        waiting.forEach(Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();
        var rows = new ArrayList<String>();
        robot.interact(() -> {
            var shown = new ArrayList<IncidentSummary>(model.incidents());
            for (IncidentSummary item : shown) {
                var row = IncidentsDialog.row(i18n, item, WHEN);
                rows.add(((Label) row.getChildren().get(0)).getText() + " | "
                        + ((Label) row.getChildren().get(1)).getText());
            }
        });
        assertEquals(2, rows.size(), rows::toString);
        assertTrue(rows.get(0).startsWith("INC-NEWER · vm-sql-produccion-02 · ExtensionFailedVssWriterInBadState | "
                + "Created 2025-04-01T08:00:00Z · Open · Causes tried: "), rows.get(0));
        assertTrue(rows.get(1).startsWith("INC-2025-004217 · vm-sql-produccion-02 · "
                + "ExtensionFailedVssWriterInBadState | Created 2025-03-14T09:12:00Z · Resolved · Causes tried: 2"),
                rows.get(1));
    }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ISO_INSTANT.withLocale(Locale.ROOT).withZone(ZoneOffset.UTC);

    private String placeholderOf(FxRobot robot, IncidentViewModel model) {
        var text = new AtomicReference<String>();
        model.listingExecutor(Runnable::run);
        robot.interact(() -> {
            var dialog = new IncidentsDialog(model, i18n, null, () -> { });
            var list = (ListView<?>) dialog.getDialogPane().lookup("#incident-list");
            text.set(((Label) list.getPlaceholder()).getText());
        });
        return text.get();
    }

    private IncidentViewModel model() {
        return models.open(data);
    }
}
