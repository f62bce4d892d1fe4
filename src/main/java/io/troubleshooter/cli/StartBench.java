package io.troubleshooter.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up, measured from outside: the time from starting a JVM to the first frame of the main window
 * with the articles loaded, against a bare JavaFX window started the same way, alternating, in one run.
 * Needs a display (or Xvfb); without one the figures are left out and the reason given.
 */
final class StartBench {

    static final String APP = "io.troubleshooter.ui.Launcher";
    
    private static final int ROUNDS = 5;
    private static final long TIMEOUT_S = 60;

    private StartBench() {
    }

    static Map<String, Object> measure(PrintStream log) {
        var result = new LinkedHashMap<String, Object>();
        Path data;
        try {
            data = Files.createTempDirectory("troubleshooter-bench");
        } catch (IOException e) {
            result.put("start_note", "no temporary folder: " + e.getMessage());
            return result;
        }
        try {
            start(APP, List.of("--bare-window"), data);
            start(APP, List.of("--first-frame"), data);
            double[] app = new double[ROUNDS];
            double[] bare = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                bare[i] = start(APP, List.of("--bare-window"), data);
                app[i] = start(APP, List.of("--first-frame"), data);
            }
            result.put("start_ms", Math.round(median(app)));
            result.put("start_baseline_ms", Math.round(median(bare)));
            result.put("start_ratio", Math.round(median(app) / median(bare) * 100) / 100.0);
            log.println("bench: start-up measured");
        } catch (IOException | InterruptedException e) {
            result.put("start_note", "start-up not measured: " + e.getMessage());
        }
        try {
            String line = firstLine(List.of("--measure-switch"), data, "switch_p95_ms ");
            result.put("switch_p95_ms", Double.parseDouble(line.substring("switch_p95_ms ".length()).strip()));
            log.println("bench: language switch measured");
        } catch (IOException | InterruptedException | NumberFormatException e) {
            result.put("switch_note", "language switch not measured: " + e.getMessage());
        }
        return result;
    }

    /** Runs the launcher with {@code args} and returns its first output line starting with {@code prefix}. */
    static String firstLine(List<String> args, Path data, String prefix) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(APP, args, data)).redirectErrorStream(true).start();
        var seen = new StringBuilder();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(prefix)) {
                    process.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
                    return line;
                }
                if (seen.length() < 2000) {
                    seen.append(line).append('\n');
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new IOException("no \"" + prefix.strip() + "\" line: " + seen.toString().strip().lines().findFirst().orElse(""));
    }

    private static List<String> command(String mainClass, List<String> args, Path data) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dtroubleshooter.data=" + data);
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** Wall-clock milliseconds from launching the JVM to its "first-frame" line. */
    static double start(String mainClass, List<String> args, Path data) throws IOException, InterruptedException {
        var command = command(mainClass, args, data);
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var seen = new StringBuilder();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("first-frame")) {
                    double ms = (System.nanoTime() - begin) / 1e6;
                    process.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
                    return ms;
                }
                if (seen.length() < 2000) {
                    seen.append(line).append(File.separatorChar == '\\' ? "\r\n" : "\n");
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new IOException(mainClass + " showed no window: " + seen.toString().strip().lines().findFirst().orElse(""));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
