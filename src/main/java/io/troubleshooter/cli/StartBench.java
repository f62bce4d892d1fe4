package io.troubleshooter.cli;

import org.jspecify.annotations.Nullable;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.troubleshooter.bench.Samples.median;
import static io.troubleshooter.bench.Samples.round;

/**
 * Start-up, measured from outside: the time from starting a JVM to the first frame of the main window
 * with the articles loaded, against a bare JavaFX window started the same way, alternating, in one run.
 * Needs a display (or Xvfb); without one the figures are left out and the reason given.
 *
 * <p>Given a folder with AOT caches made by training runs of this JVM on this classpath ({@code app.aot} from
 * {@code --first-frame}, {@code bare.aot} from {@code --bare-window}; packaging/startbench.sh makes them), both
 * are also started with their cache, in the same alternation. They run with {@code -XX:AOTMode=on}, so a cache
 * the JVM cannot use stops that start, and its figures are left out with the reason instead of timing a start
 * without the cache.
 */
final class StartBench {

    static final String APP = "io.troubleshooter.ui.Launcher";

    /**
     * The JVM options packaging/launcher.args gives the installed app, besides its cache and native access: every
     * start measured here (the app, the bare window, the language switch) uses them. C1 only: in a window's bursts
     * of work, C2 compiling in the background costs more than its faster code gives back.
     */
    static final List<String> LAUNCHER_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    private static final int ROUNDS = 5;
    private static final long TIMEOUT_S = 60;

    private StartBench() {
    }

    static Map<String, Object> measure(PrintStream log) {
        return measure(log, null);
    }

    /** With {@code aot} a folder holding {@code app.aot} and {@code bare.aot}, also the starts with those caches. */
    static Map<String, Object> measure(PrintStream log, Path aot) {
        var result = new LinkedHashMap<String, Object>();
        Path data;
        try {
            data = Files.createTempDirectory("troubleshooter-bench");
        } catch (IOException e) {
            result.put("start_note", "no temporary folder: " + e.getMessage());
            return result;
        }
        List<String> appCache = aot == null ? null : aotOptions(aot.resolve("app.aot"));
        List<String> bareCache = aot == null ? null : aotOptions(aot.resolve("bare.aot"));
        try {
            start(APP, List.of(), List.of("--bare-window"), data);
            start(APP, List.of(), List.of("--first-frame"), data);
            if (aot != null) {
                String unusable = checkCaches(aot, appCache, bareCache, data);
                if (unusable != null) {
                    result.put("start_aot_note", unusable);
                    appCache = null;
                }
            }
            double[] app = new double[ROUNDS];
            double[] bare = new double[ROUNDS];
            double[] appAot = new double[ROUNDS];
            double[] bareAot = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                bare[i] = start(APP, List.of(), List.of("--bare-window"), data);
                app[i] = start(APP, List.of(), List.of("--first-frame"), data);
                if (appCache != null) {
                    bareAot[i] = start(APP, bareCache, List.of("--bare-window"), data);
                    appAot[i] = start(APP, appCache, List.of("--first-frame"), data);
                }
            }
            result.put("start_ms", Math.round(median(app)));
            result.put("start_baseline_ms", Math.round(median(bare)));
            result.put("start_ratio", ratio(app, bare));
            if (appCache != null) {
                result.put("start_aot_ms", Math.round(median(appAot)));
                result.put("start_baseline_aot_ms", Math.round(median(bareAot)));
                result.put("start_aot_ratio", ratio(appAot, bareAot));
            }
            result.put("start_rounds", ROUNDS);
            log.println("bench: start-up measured" + (appCache != null ? " (also with the AOT caches)" : ""));
        } catch (IOException | InterruptedException e) {
            result.put("start_note", "start-up not measured: " + e.getMessage());
        }
        return result;
    }

    private static List<String> aotOptions(Path cache) {
        return List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache);
    }

    /** Null when both caches start their window; otherwise why the AOT figures are left out. */
    private static @Nullable String checkCaches(Path aot, List<String> appCache, List<String> bareCache, Path data)
            throws InterruptedException {
        for (String name : List.of("app.aot", "bare.aot")) {
            if (!Files.isRegularFile(aot.resolve(name))) {
                return "no " + name + " in " + aot + " (packaging/startbench.sh makes both)";
            }
            String stale = olderThanClasspath(aot.resolve(name));
            if (stale != null) {
                return stale;
            }
        }
        try {
            start(APP, bareCache, List.of("--bare-window"), data);
            start(APP, appCache, List.of("--first-frame"), data);
            return null;
        } catch (IOException e) {
            return "the AOT caches in " + aot + " do not fit this JVM and classpath: " + e.getMessage();
        }
    }

    /**
     * Null when {@code cache} was made after every jar on the classpath. JDK 25 does not check a cache made by a
     * training run against the jar (JDK-8377932): an older cache would run the older build's classes unnoticed.
     */
    static @Nullable String olderThanClasspath(Path cache) {
        try {
            var made = Files.getLastModifiedTime(cache);
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path jar = Path.of(entry);
                if (Files.isRegularFile(jar) && Files.getLastModifiedTime(jar).compareTo(made) > 0) {
                    return cache + " is older than " + jar + ": it would start the classes of an older build"
                            + " (packaging/startbench.sh trains new caches)";
                }
            }
            return null;
        } catch (IOException e) {
            return cache + " cannot be read: " + e.getMessage();
        }
    }

    /** Wall-clock milliseconds from launching the JVM to its "first-frame" line. */
    static double start(String mainClass, List<String> jvmOptions, List<String> args, Path data)
            throws IOException, InterruptedException {
        return run(mainClass, jvmOptions, args, data, "first-frame").ms();
    }

    /** How long until the process printed a line starting with {@code prefix}, and that line. */
    record Seen(double ms, String line) { }

    static Seen run(String mainClass, List<String> jvmOptions, List<String> args, Path data, String prefix)
            throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAUNCHER_JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.add("-Dtroubleshooter.data=" + data);
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var seen = new StringBuilder();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(prefix)) {
                    double ms = (System.nanoTime() - begin) / 1e6;
                    process.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
                    return new Seen(ms, line);
                }
                if (seen.length() < 2000) {
                    seen.append(line).append(File.separatorChar == '\\' ? "\r\n" : "\n");
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new IOException(mainClass + " " + String.join(" ", args) + " printed no \"" + prefix + "\": "
                + seen.toString().strip().lines().findFirst().orElse(""));
    }

    /** A language switch with an incident open, measured inside the running window by {@code --measure-switch}. */
    static Map<String, Object> measureSwitch(PrintStream log) {
        var result = new LinkedHashMap<String, Object>();
        try {
            Path data = Files.createTempDirectory("troubleshooter-switch");
            String line = run(APP, List.of(), List.of("--measure-switch"), data, "switch_p95_ms ").line();
            result.put("switch_p95_ms", Double.parseDouble(line.substring("switch_p95_ms ".length()).strip()));
            log.println("bench: language switch measured");
        } catch (IOException | InterruptedException | NumberFormatException e) {
            result.put("switch_note", "language switch not measured: " + e.getMessage());
        }
        return result;
    }

    private static double ratio(double[] app, double[] baseline) {
        return round(median(app) / median(baseline));
    }

}
