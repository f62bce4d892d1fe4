package io.troubleshooter.ui.diagnostics;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.logging.LogFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * What a support engineer attaches to a bug report: the app's, Java's and JavaFX's versions, the OS, the
 * languages, the data folder, what content was loaded, and the end of the log. Written in English whatever the
 * UI's language, for whoever reads the report.
 */
public record Diagnostics(String appVersion, String java, String javafx, String os, Locale uiLocale,
                          Locale systemLocale, Path dataFolder, Optional<Content> content, Optional<Path> logFile,
                          List<String> logTail) {

    public static final int LOG_LINES = 200;
    static final String UNKNOWN = "unknown";

    /** How much the loaded content held. */
    public record Content(int articles, int entries, int problems) {

        public static Content of(Catalog catalog) {
            return new Content(catalog.articles().size(), catalog.entries().size(), catalog.problems().size());
        }
    }

    /** The facts of this process now, with the last {@value #LOG_LINES} lines of its log when it writes one. */
    public static Diagnostics collect(Locale uiLocale, Path dataFolder, Optional<Catalog> catalog) {
        Optional<LogFile> log = LogFile.current();
        return new Diagnostics(buildVersion(),
                System.getProperty("java.version", UNKNOWN) + " (" + System.getProperty("java.vendor", UNKNOWN) + ", "
                        + System.getProperty("java.vm.name", UNKNOWN) + " "
                        + System.getProperty("java.vm.version", UNKNOWN) + ")",
                // Set by the JavaFX toolkit when it starts.
                System.getProperty("javafx.runtime.version", UNKNOWN),
                System.getProperty("os.name", UNKNOWN) + " " + System.getProperty("os.version", "") + " ("
                        + System.getProperty("os.arch", UNKNOWN) + ")",
                uiLocale, Locale.getDefault(), dataFolder.toAbsolutePath(), catalog.map(Content::of),
                log.map(LogFile::file), log.map(l -> l.tail(LOG_LINES)).orElse(List.of()));
    }

    /** The report as plain text, one fact a line, the log last. */
    public String text() {
        var text = new StringBuilder()
                .append("Azure VM Backup Troubleshooter diagnostics\n")
                .append("App version: ").append(appVersion).append('\n')
                .append("Java: ").append(java).append('\n')
                .append("JavaFX: ").append(javafx).append('\n')
                .append("OS: ").append(os).append('\n')
                .append("Locale: UI ").append(uiLocale.toLanguageTag())
                .append(", system ").append(systemLocale.toLanguageTag()).append('\n')
                .append("Data folder: ").append(dataFolder).append('\n')
                .append("Content: ").append(content.map(c -> c.articles() + " articles, " + c.entries() + " entries, "
                        + c.problems() + " problems").orElse("not loaded")).append('\n');
        if (logFile.isEmpty()) {
            return text.append("Log: none written (console only)\n").toString();
        }
        text.append("Log: ").append(logFile.get()).append(", last ").append(logTail.size()).append(" lines\n");
        logTail.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** The version the build wrote into the jar; {@value #UNKNOWN} when run from classes the build did not make. */
    static String buildVersion() {
        try (InputStream in = Diagnostics.class.getResourceAsStream("/io/troubleshooter/version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            var properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", UNKNOWN);
            return version.startsWith("${") ? UNKNOWN : version;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
