package io.troubleshooter.incident;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Opens incident files without trusting them: only plain files, never a link or a pipe (opening a pipe waits
 * for a writer that may never come), and never more than {@link #MAX_BYTES}, so one odd entry in the folder
 * cannot hang or exhaust the app.
 */
final class IncidentFiles {

    /** Ten thousand checklist items take about 3 MB; anything ten times that is not an incident. */
    static final long MAX_BYTES = 32L << 20;

    /** How the store reads a file it has found to be plain; tests put a failing one in its place. */
    @FunctionalInterface
    interface Reading {
        byte[] read(Path file) throws IOException, IncidentFileException;
    }

    private IncidentFiles() {
    }

    /** The entry's own attributes: a link is looked at, not followed. */
    static BasicFileAttributes attributes(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    /** Why the entry is not a file to open, in words; empty for a plain file. */
    static Optional<String> notPlain(BasicFileAttributes attributes) {
        if (attributes.isRegularFile()) {
            return Optional.empty();
        }
        return Optional.of(attributes.isDirectory() ? "it is a folder"
                : attributes.isSymbolicLink() ? "it is a link, and incidents are read only from files in the folder"
                : "it is not a plain file (a pipe or a device)");
    }

    /** A plain file of the incidents folder, read whole; a link put in its place meanwhile is not followed. */
    static byte[] readInFolder(Path file) throws IOException, IncidentFileException {
        return read(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * A file the engineer chose to import: links are followed (the choice was theirs), but a folder, pipe or
     * device is refused before it is opened.
     */
    static byte[] readChosen(Path file) throws IOException, IncidentFileException {
        if (!Files.isRegularFile(file)) {
            String why = Files.isDirectory(file) ? "it is a folder" : Files.exists(file)
                    ? "it is not a plain file (a pipe or a device)" : "it does not exist";
            throw new IncidentFileException(IncidentFileException.Reason.UNREADABLE,
                    SafeText.line(file.getFileName().toString()) + " cannot be read: " + why + ".");
        }
        return read(file, StandardOpenOption.READ);
    }

    private static byte[] read(Path file, OpenOption... options) throws IOException, IncidentFileException {
        try (FileChannel channel = FileChannel.open(file, options); InputStream in = Channels.newInputStream(channel)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(file.getFileName().toString());
            }
            return bytes;
        }
    }

    static IncidentFileException tooLarge(String name) {
        return new IncidentFileException(IncidentFileException.Reason.CORRUPT, SafeText.line(name)
                + " cannot be read: it is larger than " + (MAX_BYTES >> 20) + " MB, far more than any incident.");
    }
}
