package io.troubleshooter.incident;

import java.io.IOException;
import java.nio.file.Path;

/** Another running copy of the app has the incidents folder open; its message says so to the engineer. */
public final class IncidentStoreLockedException extends IOException {

    public IncidentStoreLockedException(Path folder) {
        super("The incidents in " + folder + " are open in another window of the app. "
                + "Close that window, then try again; incidents are not opened twice so that no change is lost.");
    }
}
