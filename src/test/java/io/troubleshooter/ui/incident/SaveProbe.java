package io.troubleshooter.ui.incident;

import io.troubleshooter.incident.Incident;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javafx.application.Platform;

/**
 * The app's own save path in a process of its own, for {@link KillRoundsTest} to kill: the incident view model
 * with its auto-saver and store, driven as the checklist drives it, at typing speed. It prints what it did and what
 * the model acknowledged, one line each, until it is killed:
 * <ul>
 *   <li>{@code ready}, then {@code edited ID N} once note revision N is in incident ID (as typed, not yet saved);</li>
 *   <li>{@code ack ID N} when the model says the state with revision N is saved;</li>
 *   <li>{@code imported ID} once an import returned; {@code dropped NAME} once a damaged file was put in the folder,
 *   and {@code aside NAME} once the list reported it moved to quarantine.</li>
 * </ul>
 * Arguments: the data folder, the mode ({@code edit}, {@code import} or {@code quarantine}), a folder of exports to
 * import, and a seed.
 */
public final class SaveProbe {

    static final Pattern REVISION = Pattern.compile("rev-(\\d+) ");

    private final IncidentViewModel model;
    private final PrintStream out;
    private final String mode;
    private final List<Path> exports;
    private final Path incidents;
    private final Random random;
    private int step;

    private SaveProbe(Path data, String mode, Path exports, long seed) throws Exception {
        this.model = new IncidentViewModel(data);
        this.out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        this.mode = mode;
        try (var files = Files.list(exports)) {
            this.exports = files.sorted().toList();
        }
        this.incidents = data.resolve("incidents");
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        var probe = new SaveProbe(Path.of(args[0]), args[1], Path.of(args[2]), Long.parseLong(args[3]));
        Platform.startup(probe::start);
    }

    /** The revision of an incident's notes: the highest {@code rev-N} any of its items holds, 0 for none. */
    static int revision(Incident incident) {
        int highest = 0;
        for (var item : incident.items()) {
            var m = REVISION.matcher(item.note());
            if (m.lookingAt()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return highest;
    }

    private void start() {
        var opened = model.open(IncidentFixtures.FIXTURE_ID);
        if (opened.isEmpty()) {
            out.println("error " + model.problemProperty().get());
            return;
        }
        model.savedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                out.println("ack " + saved.id() + " " + revision(saved));
            }
        });
        model.problemProperty().addListener((obs, old, problem) -> {
            if (problem != null) {
                out.println("error " + problem);
            }
        });
        out.println("ready");
        var typing = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().unstarted(r));
        // A key every few milliseconds, as fast as anyone types, with the checklist's own calls.
        typing.scheduleWithFixedDelay(() -> Platform.runLater(this::step), 0, 4, TimeUnit.MILLISECONDS);
    }

    private void step() {
        step++;
        if (step % 25 == 0 && mode.equals("import")) {
            var source = exports.get(random.nextInt(exports.size()));
            model.importJson(source).ifPresent(s -> out.println("imported " + s.id()));
        } else if (step % 25 == 0 && mode.equals("quarantine")) {
            String name = "bad-" + System.nanoTime() + ".json";
            try {
                Files.writeString(incidents.resolve(name), "{\"schemaVersion\": \"troubleshooter.incident/1\", \"id");
            } catch (java.io.IOException e) {
                out.println("error " + e);
                return;
            }
            out.println("dropped " + name);
            model.refresh();
            model.moved().forEach(p -> out.println("aside " + p.file()));
        }
        edit();
    }

    private void edit() {
        var session = model.sessionProperty().get();
        if (session == null) {
            return;
        }
        Incident now = session.incident();
        int next = revision(now) + 1;
        var item = now.items().get(next % now.items().size());
        // Notes grow and shrink, so a write cut in the middle would show.
        model.note(item.nodeId(), "rev-" + next + " " + "·".repeat(random.nextInt(300)));
        out.println("edited " + now.id() + " " + next);
    }
}
