package io.troubleshooter.incident;

import java.nio.file.Path;

/**
 * A file in the incidents folder that could not be loaded, and where it was moved so it is out of the way
 * but not lost. {@code message} is for the engineer as it is.
 */
public record LoadProblem(String file, IncidentFileException.Reason reason, String message, Path movedTo) { }
