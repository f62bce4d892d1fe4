package io.troubleshooter.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.troubleshooter.cli.GoldJson.get;
import static io.troubleshooter.cli.GoldJson.list;
import static io.troubleshooter.cli.GoldJson.str;
import static io.troubleshooter.cli.GoldJson.truthy;
import static io.troubleshooter.cli.GoldText.lower;

/**
 * The engine's reading of a set of articles scored against hand-made gold files, with the matching, the figures
 * and the lines of {@code ../shared/tools/score_gold.py}. The engine side is what {@code inspect --format json}
 * prints, taken in-process from {@link InspectCommand#toJson}; a gold file is
 * {@code {"article", "locale", "entries": [{"codes", "canonical", "anchor", "message", "causes", "commands"}]}}.
 * Entries, causes and commands are matched by {@link GoldMatch}.
 */
final class GoldScore {

    static final String SUFFIX = ".gold.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The sums over all articles; the figures are their ratios. */
    record Totals(int entries, int entriesFound, int causes, int causesFound, int commands, int commandsFound,
                  int withCauseOrStep, int spurious, int engineCommands, int engineCommandsRight) {

        static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Totals plus(Totals o) {
            return new Totals(entries + o.entries, entriesFound + o.entriesFound, causes + o.causes,
                    causesFound + o.causesFound, commands + o.commands, commandsFound + o.commandsFound,
                    withCauseOrStep + o.withCauseOrStep, spurious + o.spurious, engineCommands + o.engineCommands,
                    engineCommandsRight + o.engineCommandsRight);
        }

        double entriesRecall() {
            return share(entriesFound, entries);
        }

        double causesRecall() {
            return share(causesFound, causes);
        }

        double commandsRecall() {
            return share(commandsFound, commands);
        }

        double commandsPrecision() {
            return share(engineCommandsRight, engineCommands);
        }

        /** The share of matched entries that have at least one cause or step. */
        double withCauseOrStepShare() {
            return share(withCauseOrStep, entriesFound);
        }

        String line() {
            return "gold: entries R=" + twoDecimals(entriesRecall()) + " (" + entriesFound + "/" + entries + ")  "
                    + "causes R=" + twoDecimals(causesRecall()) + " (" + causesFound + "/" + causes + ")  "
                    + "commands R=" + twoDecimals(commandsRecall()) + " (" + commandsFound + "/" + commands + ")  "
                    + "commands P=" + twoDecimals(commandsPrecision())
                    + " (" + engineCommandsRight + "/" + engineCommands + ")  "
                    + "entries with >=1 cause or step: " + twoDecimals(withCauseOrStepShare()) + "  "
                    + "spurious engine entries: " + spurious;
        }

        private static double share(int part, int whole) {
            return whole == 0 ? 0.0 : (double) part / whole;
        }
    }

    /** The lines the script prints (one per article, with details when verbose) and the totals. */
    record Result(List<String> lines, Totals totals) {

        String report() {
            return String.join("\n", Stream.concat(lines.stream(), Stream.of(totals.line())).toList());
        }
    }

    private GoldScore() {
    }

    /** Scores the {@code *.gold.json} files of {@code goldDir}, read in name order. */
    static Result score(Path goldDir, Map<String, Object> inspect, boolean verbose) {
        var lines = new ArrayList<String>();
        var gold = new TreeMap<String, Object>(GoldScore::compareCodePoints);
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                gold.put(file.getFileName().toString(), read(file));
            }
        } catch (IOException e) {
            lines.add("cannot list gold folder " + goldDir + ": " + e.getMessage());
        }
        Result result = score(gold, inspect, verbose);
        lines.addAll(result.lines());
        return new Result(List.copyOf(lines), result.totals());
    }

    /**
     * Scores gold documents by file name ({@code x.md.gold.json}). A value that is an {@link IOException} stands
     * for a gold file that could not be read.
     */
    static Result score(SortedMap<String, Object> goldByName, Map<String, Object> inspect, boolean verbose) {
        var byName = new LinkedHashMap<String, List<Object>>();
        for (Object article : list(get(inspect, "articles"))) {
            String path = truthy(get(article, "path")) ? str(get(article, "path")) : "";
            byName.computeIfAbsent(basename(path), k -> new ArrayList<>()).add(article);
        }
        var lines = new ArrayList<String>();
        Totals totals = Totals.NONE;
        for (var file : goldByName.entrySet()) {
            if (file.getValue() instanceof IOException e) {
                lines.add(file.getKey() + ": unreadable gold file (" + e.getMessage() + ")");
                continue;
            }
            totals = totals.plus(scoreArticle(file.getKey(), file.getValue(), byName, verbose, lines));
        }
        return new Result(List.copyOf(lines), totals);
    }

    private static Totals scoreArticle(String fileName, Object goldDoc, Map<String, List<Object>> byName,
                                       boolean verbose, List<String> lines) {
        Object named = get(goldDoc, "article");
        String articleName = basename(truthy(named) ? str(named)
                : fileName.substring(0, fileName.length() - SUFFIX.length()));
        List<?> gold = list(get(goldDoc, "entries"));
        Object locale = get(goldDoc, "locale");
        String goldLocale = lower(truthy(locale) ? str(locale) : "");
        Object article = byName.getOrDefault(articleName, List.of()).stream()
                .filter(x -> goldLocale.isEmpty() || !truthy(get(x, "locale"))
                        || lower(str(get(x, "locale"))).equals(goldLocale))
                .findFirst().orElse(null);
        List<?> engine = list(get(article, "errors"));
        Map<Integer, GoldMatch.Match> matched = GoldMatch.entries(gold, engine);

        int causes = 0;
        int causesFound = 0;
        int commands = 0;
        int commandsFound = 0;
        int withCauseOrStep = 0;
        int engineCommands = 0;
        int engineCommandsRight = 0;
        var details = new ArrayList<String>();
        for (int gi = 0; gi < gold.size(); gi++) {
            Object g = gold.get(gi);
            List<?> goldCauses = list(get(g, "causes"));
            List<?> goldCommands = list(get(g, "commands"));
            causes += goldCauses.size();
            commands += goldCommands.size();
            String label = label(g);
            GoldMatch.Match match = matched.get(gi);
            if (match == null) {
                details.add("    MISSED  " + label);
                continue;
            }
            Object e = engine.get(match.engine());
            Map<Integer, Integer> causeHits = GoldMatch.causes(goldCauses, list(get(e, "causes")));
            List<Boolean> commandHits = GoldMatch.commands(goldCommands, e);
            int hits = (int) commandHits.stream().filter(h -> h).count();
            causesFound += causeHits.size();
            commandsFound += hits;
            int[] precision = GoldMatch.commandPrecision(goldCommands, e);
            engineCommandsRight += precision[0];
            engineCommands += precision[1];
            boolean hasCauseOrStep = GoldMatch.hasCauseOrStep(e);
            if (hasCauseOrStep) {
                withCauseOrStep++;
            }
            if (verbose) {
                Object name = truthy(get(e, "codes")) ? get(e, "codes") : get(e, "anchor");
                details.add("    matched[" + match.how() + "] " + label + " -> engine#" + match.engine() + " "
                        + GoldJson.python(name) + ": causes " + causeHits.size() + "/" + goldCauses.size()
                        + " commands " + hits + "/" + goldCommands.size()
                        + (hasCauseOrStep ? "" : "  (engine entry has no cause/step)"));
                for (int ci = 0; ci < goldCauses.size(); ci++) {
                    if (!causeHits.containsKey(ci)) {
                        details.add("        missing cause: " + str(get(goldCauses.get(ci), "title")));
                    }
                }
                for (int ci = 0; ci < goldCommands.size(); ci++) {
                    if (!commandHits.get(ci)) {
                        details.add("        missing command: " + str(goldCommands.get(ci)));
                    }
                }
            }
        }
        var used = matched.values().stream().map(GoldMatch.Match::engine).toList();
        int spurious = 0;
        for (int ei = 0; ei < engine.size(); ei++) {
            if (used.contains(ei)) {
                continue;
            }
            spurious++;
            if (verbose) {
                Object e = engine.get(ei);
                Object message = get(e, "message");
                details.add("    SPURIOUS engine#" + ei + " codes=" + GoldJson.python(get(e, "codes"))
                        + " anchor=" + GoldJson.python(get(e, "anchor")) + " msg="
                        + GoldJson.repr(GoldText.head(truthy(message) ? str(message) : "", 60)));
            }
        }
        lines.add(articleName + ": entries " + matched.size() + "/" + gold.size() + "  causes " + causesFound + "/"
                + causes + "  commands " + commandsFound + "/" + commands + "  spurious " + spurious
                + (article != null ? "" : "  (article not in engine output)"));
        if (verbose) {
            lines.addAll(details);
        }
        return new Totals(gold.size(), matched.size(), causes, causesFound, commands, commandsFound,
                withCauseOrStep, spurious, engineCommands, engineCommandsRight);
    }

    /** The codes, else the first 60 characters of the message or anchor. */
    private static String label(Object g) {
        String codes = String.join(",", list(get(g, "codes")).stream().map(GoldJson::str).toList());
        if (!codes.isEmpty()) {
            return codes;
        }
        Object text = truthy(get(g, "message")) ? get(g, "message") : get(g, "anchor");
        return GoldText.head(truthy(text) ? str(text) : "?", 60);
    }

    private static String basename(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Object read(Path file) {
        try {
            return JSON.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            return e;
        }
    }

    /** Python orders strings by code point; {@link String#compareTo} by UTF-16 unit. */
    private static int compareCodePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    /** Python's {@code f'{x:.2f}'}: the exact binary value rounded half to even. */
    static String twoDecimals(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
