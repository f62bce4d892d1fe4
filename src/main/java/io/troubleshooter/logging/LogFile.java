package io.troubleshooter.logging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app's log: every {@link System.Logger} record (their default backend is java.util.logging) also goes to
 * {@code logs/troubleshooter.0.log} in the data folder, rotated at {@value #LIMIT_BYTES} bytes with
 * {@value #FILES} files kept, so a support engineer can attach it to a bug report. The console keeps its copy.
 */
public final class LogFile implements AutoCloseable {

    static final int LIMIT_BYTES = 1024 * 1024;
    static final int FILES = 5;
    static final String NAME = "troubleshooter";

    private static final AtomicReference<LogFile> CURRENT = new AtomicReference<>();

    private final Path folder;
    private final FileHandler handler;

    private LogFile(Path folder, FileHandler handler) {
        this.folder = folder;
        this.handler = handler;
    }

    /**
     * Starts writing the log to {@code folder}, replacing the log file written so far in this process, if any.
     * Uncaught exceptions on any thread (background work, the FX thread's event handlers) are logged too.
     */
    public static LogFile install(Path folder) throws IOException {
        Files.createDirectories(folder);
        // FileHandler reads % as the start of a pattern element: a folder named "50%" must stay as it is.
        String pattern = folder.toAbsolutePath().resolve(NAME).toString().replace("%", "%%") + ".%g.log";
        var handler = new FileHandler(pattern, LIMIT_BYTES, FILES, true);
        handler.setEncoding(StandardCharsets.UTF_8.name());
        handler.setFormatter(new LineFormatter());
        handler.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(handler);
        var installed = new LogFile(folder, handler);
        LogFile previous = CURRENT.getAndSet(installed);
        if (previous != null) {
            previous.detach();
        }
        Thread.setDefaultUncaughtExceptionHandler(LogFile::uncaught);
        return installed;
    }

    /**
     * Installs the log in {@code folder} unless one is already written in this process; a log that cannot be
     * opened (read-only folder, no space) leaves the app running with the console only.
     */
    public static Optional<LogFile> installOnce(Path folder) {
        LogFile current = CURRENT.get();
        if (current != null) {
            return Optional.of(current);
        }
        try {
            return Optional.of(install(folder));
        } catch (IOException | RuntimeException e) {
            System.getLogger(LogFile.class.getName()).log(System.Logger.Level.WARNING,
                    "No log file in " + folder + "; logging to the console only", e);
            return Optional.empty();
        }
    }

    /** The log being written, if one was installed. */
    public static Optional<LogFile> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The file records are written to now: the newest of the rotation. */
    public Path file() {
        return folder.toAbsolutePath().resolve(NAME + ".0.log");
    }

    /** The last {@code count} lines written, oldest first, taking the previous file when the newest is short. */
    public List<String> tail(int count) {
        handler.flush();
        var lines = new ArrayList<String>();
        for (int generation = 0; generation < FILES && lines.size() < count; generation++) {
            Path file = folder.toAbsolutePath().resolve(NAME + "." + generation + ".log");
            if (!Files.isRegularFile(file)) {
                break;
            }
            List<String> older;
            try {
                // Decoded leniently: a line cut in the middle of a character still shows.
                older = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                lines.addFirst("(" + file + " could not be read: " + e.getMessage() + ")");
                break;
            }
            int from = Math.max(0, older.size() - (count - lines.size()));
            lines.addAll(0, older.subList(from, older.size()));
        }
        return lines;
    }

    /** Stops writing this log; records go to the console only (or to a log installed since). */
    @Override
    public void close() {
        CURRENT.compareAndSet(this, null);
        detach();
    }

    private void detach() {
        Logger.getLogger("").removeHandler(handler);
        handler.close();
    }

    private static void uncaught(Thread thread, Throwable failure) {
        System.getLogger(LogFile.class.getName()).log(System.Logger.Level.ERROR,
                "Uncaught in thread " + thread.getName(), failure);
    }
}
