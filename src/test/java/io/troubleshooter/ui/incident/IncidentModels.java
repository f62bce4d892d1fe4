package io.troubleshooter.ui.incident;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Incident models made by a test, each shut down after it (its saves flushed, the data folder's lock let go),
 * so the next test's models open the incidents afresh. Register with {@code @RegisterExtension}.
 */
final class IncidentModels implements AfterEachCallback {

    private final List<IncidentViewModel> made = new ArrayList<>();

    /** A model of the incidents in {@code data}; several on one folder act as several windows. */
    IncidentViewModel open(Path data) {
        var model = new IncidentViewModel(data);
        made.add(model);
        return model;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        made.forEach(IncidentViewModel::shutDown);
        made.clear();
    }
}
