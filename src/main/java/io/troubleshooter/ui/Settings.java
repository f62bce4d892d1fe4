package io.troubleshooter.ui;

import io.troubleshooter.incident.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The engineer's settings as properties that save themselves: window bounds, theme, the last error
 * open, the language. A missing or unreadable file gives the defaults; it never stops the app.
 */
public final class Settings {

    private static final Logger LOG = System.getLogger(Settings.class.getName());

    private final Path file;
    private final DoubleProperty x = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty y = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty width = new SimpleDoubleProperty(1200);
    private final DoubleProperty height = new SimpleDoubleProperty(780);
    private final BooleanProperty maximized = new SimpleBooleanProperty(false);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final StringProperty lastEntry = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("");
    private final DoubleProperty listWidth = new SimpleDoubleProperty(320);
    private final BooleanProperty listShown = new SimpleBooleanProperty(true);
    private final ObservableList<String> sourceFolders = FXCollections.observableArrayList();
    private final StringProperty resume = new SimpleStringProperty("");
    private final StringProperty openIncident = new SimpleStringProperty("");
    private final BooleanProperty flowchartOnlyPath = new SimpleBooleanProperty(true);
    private final BooleanProperty flowchartMinimap = new SimpleBooleanProperty(true);
    private boolean loading;
    /** Writes happen off the UI thread, latest first: an fsync must never hold up a click. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("settings-writer").unstarted(r));
    private final AtomicReference<byte[]> pending = new AtomicReference<>();

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path file) {
        var settings = new Settings(file);
        settings.read();
        for (Observable p : new Observable[] {settings.x, settings.y, settings.width, settings.height,
                settings.maximized, settings.dark, settings.lastEntry, settings.language, settings.listWidth,
                settings.listShown, settings.sourceFolders, settings.resume, settings.openIncident,
                settings.flowchartOnlyPath, settings.flowchartMinimap}) {
            p.addListener(obs -> settings.save());
        }
        return settings;
    }

    /** The folder the settings file is in: the user's data folder; none when the settings are not saved. */
    public Optional<Path> folder() {
        return Optional.ofNullable(file).map(f -> f.toAbsolutePath().getParent());
    }

    public DoubleProperty x() { return x; }
    public DoubleProperty y() { return y; }
    public DoubleProperty width() { return width; }
    public DoubleProperty height() { return height; }
    public BooleanProperty maximized() { return maximized; }
    public BooleanProperty dark() { return dark; }
    /** The catalog key of the error open last ("code:..."), empty when none. */
    public StringProperty lastEntry() { return lastEntry; }
    /** Where the window was, to come back to: the error, its walk, the node on screen, placeholder values. */
    public StringProperty resume() { return resume; }
    /** The id of the incident open when the app closed; empty for none. */
    public StringProperty openIncident() { return openIncident; }
    /** A language tag ("es", "pt-BR"), empty to follow the system. */
    public StringProperty language() { return language; }
    /** The folders of articles the engineer added, read beside the shipped content and the own articles folder. */
    public ObservableList<String> sourceFolders() { return sourceFolders; }

    /** The error list's width in pixels, as the user last dragged it. */
    public DoubleProperty listWidth() { return listWidth; }

    /** Whether the error list is shown beside the error open. */
    public BooleanProperty listShown() { return listShown; }

    /** Whether the flowchart folds the causes off the path (else it draws every step). */
    public BooleanProperty flowchartOnlyPath() { return flowchartOnlyPath; }

    /** Whether the flowchart shows its overview map when the chart is larger than the window. */
    public BooleanProperty flowchartMinimap() { return flowchartMinimap; }

    private void read() {
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        var p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Settings file " + file + " is unreadable; using defaults", e);
            return;
        }
        loading = true;
        x.set(number(p, "window.x", Double.NaN));
        y.set(number(p, "window.y", Double.NaN));
        width.set(number(p, "window.width", width.get()));
        height.set(number(p, "window.height", height.get()));
        maximized.set(Boolean.parseBoolean(p.getProperty("window.maximized", "false")));
        dark.set(Boolean.parseBoolean(p.getProperty("theme.dark", "false")));
        lastEntry.set(p.getProperty("last.entry", ""));
        language.set(p.getProperty("language", ""));
        listWidth.set(number(p, "list.width", listWidth.get()));
        listShown.set(Boolean.parseBoolean(p.getProperty("list.shown", "true")));
        sourceFolders.setAll(p.getProperty("sources.folders", "").lines().filter(l -> !l.isBlank()).toList());
        resume.set(p.getProperty("resume", ""));
        openIncident.set(p.getProperty("incident.open", ""));
        flowchartOnlyPath.set(Boolean.parseBoolean(p.getProperty("flowchart.onlyPath", "true")));
        flowchartMinimap.set(Boolean.parseBoolean(p.getProperty("flowchart.minimap", "true")));
        loading = false;
    }

    private static double number(Properties p, String key, double fallback) {
        try {
            double v = Double.parseDouble(p.getProperty(key, ""));
            return Double.isFinite(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void save() {
        if (loading || file == null) {
            return;
        }
        var p = new Properties();
        p.setProperty("window.x", Double.toString(x.get()));
        p.setProperty("window.y", Double.toString(y.get()));
        p.setProperty("window.width", Double.toString(width.get()));
        p.setProperty("window.height", Double.toString(height.get()));
        p.setProperty("window.maximized", Boolean.toString(maximized.get()));
        p.setProperty("theme.dark", Boolean.toString(dark.get()));
        p.setProperty("last.entry", lastEntry.get());
        p.setProperty("language", language.get());
        p.setProperty("list.width", Double.toString(listWidth.get()));
        p.setProperty("list.shown", Boolean.toString(listShown.get()));
        p.setProperty("sources.folders", String.join("\n", sourceFolders));
        p.setProperty("resume", resume.get());
        p.setProperty("incident.open", openIncident.get());
        p.setProperty("flowchart.onlyPath", Boolean.toString(flowchartOnlyPath.get()));
        p.setProperty("flowchart.minimap", Boolean.toString(flowchartMinimap.get()));
        try {
            var out = new ByteArrayOutputStream();
            p.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), "Azure VM Backup Troubleshooter");
            if (pending.getAndSet(out.toByteArray()) == null) {
                writer.execute(this::writePending);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save settings to " + file, e);
        }
    }

    private void writePending() {
        byte[] bytes = pending.getAndSet(null);
        if (bytes == null) {
            return;
        }
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save settings to " + file, e);
        }
    }

    /** Waits until every change so far is on disk; called when the app closes. */
    public void flush() {
        try {
            writer.submit(this::writePending).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "Settings not saved before closing", e);
        }
    }
}
