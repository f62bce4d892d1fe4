package io.troubleshooter.incident;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps what the engineer makes (settings, incidents): the user's data folder, never the
 * install folder, so an upgrade keeps everything. {@code -Dtroubleshooter.data=DIR} or
 * {@code TROUBLESHOOTER_DATA} overrides it (tests, portable installs).
 */
public final class DataFolder {

    static final String APP = "AzureBackupTroubleshooter";

    private DataFolder() {
    }

    public static Path resolve() {
        return resolve(System.getProperties().getProperty("troubleshooter.data"), System.getenv(),
                System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(String override, Map<String, String> env, String os, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String fromEnv = env.get("TROUBLESHOOTER_DATA");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        String name = os.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve(APP);
        }
        if (name.contains("mac")) {
            return Path.of(home, "Library", "Application Support", APP);
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve(APP);
    }

    /** The folder, created when missing. */
    public static Path ensure(Path folder) throws java.io.IOException {
        return Files.createDirectories(folder);
    }
}
