package io.troubleshooter.incident;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file in the incidents folder that could not be loaded, and where it was moved so it is out of the way
 * but not lost; {@code movedTo} is null when it was left where it is (it could not be opened, or not moved).
 * {@code message} is for the engineer as it is, its file name made safe to show.
 */
public record LoadProblem(String file, IncidentFileException.Reason reason, String message, Path movedTo) {

    /** Where it was moved; empty when it was left in place. */
    public Optional<Path> aside() {
        return Optional.ofNullable(movedTo);
    }
}
