package io.troubleshooter.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.troubleshooter.cli.GoldJson.get;
import static io.troubleshooter.cli.GoldJson.list;
import static io.troubleshooter.cli.GoldJson.str;
import static io.troubleshooter.cli.GoldJson.truthy;
import static io.troubleshooter.cli.GoldText.lower;
import static io.troubleshooter.cli.GoldText.normalizeSpace;
import static io.troubleshooter.cli.GoldText.tokens;

/**
 * How the gold scorer pairs gold with engine output, one article at a time.
 * Entries: first by a shared code, then by an anchor unique in the gold article, then by message similarity;
 * causes: by anchor, then by title overlap; commands: equal after whitespace normalisation, or ignoring case,
 * a multi-line engine command also line by line. Each pairing is one-to-one and greedy, best score first.
 */
final class GoldMatch {

    /** A gold entry's engine entry and the pass that paired them: {@code code}, {@code anchor} or {@code message}. */
    record Match(int engine, String how) {
    }

    private record Pair(double score, int gold, int engine) {
    }

    private static final Comparator<Pair> BEST_FIRST = Comparator.comparingDouble((Pair p) -> -p.score())
            .thenComparingInt(Pair::gold).thenComparingInt(Pair::engine);

    private static final Pattern CODE_SEPARATOR = Pattern.compile("[/,\\s]+");

    private GoldMatch() {
    }

    /** Gold entry index to its match; gold entries without one are missed. */
    static Map<Integer, Match> entries(List<?> gold, List<?> engine) {
        var matched = new LinkedHashMap<Integer, Match>();
        List<Set<String>> engineCodes = engine.stream().map(GoldMatch::engineCodes).toList();
        List<List<String>> engineMessages = engine.stream().map(GoldMatch::engineMessages).toList();

        var pairs = new ArrayList<Pair>();
        for (int gi = 0; gi < gold.size(); gi++) {
            Object g = gold.get(gi);
            var codes = new HashSet<String>();
            for (Object code : concat(list(get(g, "codes")), list(get(g, "canonical")))) {
                codes.add(lower(str(code)));
            }
            for (int ei = 0; ei < engine.size() && !codes.isEmpty(); ei++) {
                if (codes.stream().anyMatch(engineCodes.get(ei)::contains)) {
                    pairs.add(new Pair(1.0 + messageSimilarity(get(g, "message"), engineMessages.get(ei)), gi, ei));
                }
            }
        }
        greedy(pairs).forEach((gi, ei) -> matched.put(gi, new Match(ei, "code")));

        Set<Integer> used = usedEngineEntries(matched);
        var anchorCounts = new LinkedHashMap<String, Integer>();
        for (Object g : gold) {
            String anchor = anchor(g);
            if (!anchor.isEmpty()) {
                anchorCounts.merge(anchor, 1, Integer::sum);
            }
        }
        pairs.clear();
        for (int gi = 0; gi < gold.size(); gi++) {
            String anchor = anchor(gold.get(gi));
            if (matched.containsKey(gi) || anchor.isEmpty() || anchorCounts.get(anchor) != 1) {
                continue;
            }
            for (int ei = 0; ei < engine.size(); ei++) {
                if (!used.contains(ei) && anchor(engine.get(ei)).equals(anchor)) {
                    pairs.add(new Pair(1.0 + messageSimilarity(get(gold.get(gi), "message"),
                            engineMessages.get(ei)), gi, ei));
                }
            }
        }
        greedy(pairs).forEach((gi, ei) -> matched.put(gi, new Match(ei, "anchor")));

        used = usedEngineEntries(matched);
        pairs.clear();
        for (int gi = 0; gi < gold.size(); gi++) {
            Object message = get(gold.get(gi), "message");
            if (matched.containsKey(gi) || !truthy(message)) {
                continue;
            }
            for (int ei = 0; ei < engine.size(); ei++) {
                if (used.contains(ei)) {
                    continue;
                }
                double similarity = messageSimilarity(message, engineMessages.get(ei));
                if (similarity >= 0.6) {
                    pairs.add(new Pair(similarity, gi, ei));
                }
            }
        }
        greedy(pairs).forEach((gi, ei) -> matched.put(gi, new Match(ei, "message")));
        return matched;
    }

    /** Gold cause index to engine cause index (among the engine causes that are objects). */
    static Map<Integer, Integer> causes(List<?> goldCauses, List<?> engineCausesOrOther) {
        List<?> engineCauses = engineCausesOrOther.stream().filter(c -> c instanceof Map).toList();
        var found = new LinkedHashMap<Integer, Integer>();
        var used = new HashSet<Integer>();
        for (int gi = 0; gi < goldCauses.size(); gi++) {
            String anchor = anchor(goldCauses.get(gi));
            if (anchor.isEmpty()) {
                continue;
            }
            for (int ei = 0; ei < engineCauses.size(); ei++) {
                if (!used.contains(ei) && causeKeys(engineCauses.get(ei)).contains(anchor)) {
                    found.put(gi, ei);
                    used.add(ei);
                    break;
                }
            }
        }
        var pairs = new ArrayList<Pair>();
        for (int gi = 0; gi < goldCauses.size(); gi++) {
            if (found.containsKey(gi)) {
                continue;
            }
            Object goldTitle = get(goldCauses.get(gi), "title");
            for (int ei = 0; ei < engineCauses.size(); ei++) {
                if (used.contains(ei)) {
                    continue;
                }
                Object engineTitle = get(engineCauses.get(ei), "title");
                double similarity = titleSimilarity(goldTitle == null ? null : str(goldTitle),
                        truthy(engineTitle) ? str(engineTitle) : "");
                if (similarity >= 0.5) {
                    pairs.add(new Pair(similarity, gi, ei));
                }
            }
        }
        found.putAll(greedy(pairs));
        return found;
    }

    /** For each gold command, whether the engine entry has it. */
    static List<Boolean> commands(List<?> goldCommands, Object engineEntry) {
        var exact = new HashSet<String>();
        var lowered = new HashSet<String>();
        for (String text : engineCommandTexts(engineEntry)) {
            for (String variant : variants(text)) {
                if (!variant.isEmpty()) {
                    exact.add(variant);
                    lowered.add(lower(variant));
                }
            }
        }
        return goldCommands.stream().map(c -> {
            String n = norm(c);
            return exact.contains(n) || lowered.contains(lower(n));
        }).toList();
    }

    /**
     * {right, all}: the distinct engine commands of the entry, and those that equal one of its gold commands
     * (a multi-line engine command is right when any of its lines is).
     */
    static int[] commandPrecision(List<?> goldCommands, Object engineEntry) {
        var gold = new HashSet<String>();
        var goldLowered = new HashSet<String>();
        for (Object c : goldCommands) {
            gold.add(norm(c));
            goldLowered.add(lower(norm(c)));
        }
        var units = new LinkedHashMap<String, Set<String>>();
        for (String text : engineCommandTexts(engineEntry)) {
            units.putIfAbsent(normalizeSpace(text), new HashSet<>(variants(text)));
        }
        int right = (int) units.values().stream()
                .filter(vs -> vs.stream().anyMatch(v -> gold.contains(v) || goldLowered.contains(lower(v))))
                .count();
        return new int[]{right, units.size()};
    }

    static boolean hasCauseOrStep(Object engineEntry) {
        if (truthy(get(engineEntry, "steps"))) {
            return true;
        }
        for (Object cause : list(get(engineEntry, "causes"))) {
            if (!(cause instanceof Map)) {
                return true;
            }
            Object title = get(cause, "title");
            if (!GoldText.strip(truthy(title) ? str(title) : "").isEmpty() || truthy(get(cause, "steps"))) {
                return true;
            }
        }
        return false;
    }

    /** The share of the gold message's tokens found in the closest engine message (0 below 2 shared tokens). */
    static double messageSimilarity(Object goldMessage, List<String> engineMessages) {
        Set<String> g = tokens(goldMessage == null ? null : str(goldMessage));
        if (g.isEmpty()) {
            return 0.0;
        }
        double best = 0.0;
        for (String message : engineMessages) {
            int shared = shared(g, tokens(message));
            if (shared < Math.min(2, g.size())) {
                continue;
            }
            best = Math.max(best, (double) shared / g.size());
        }
        return best;
    }

    /** Shared tokens over the smaller token set (0 below 2 shared tokens when both have 2 or more). */
    static double titleSimilarity(String a, String b) {
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0.0;
        }
        int shared = shared(ta, tb);
        int smaller = Math.min(ta.size(), tb.size());
        return shared < Math.min(2, smaller) ? 0.0 : (double) shared / smaller;
    }

    private static Set<String> engineCodes(Object entry) {
        var out = new HashSet<String>();
        for (Object code : concat(list(get(entry, "codes")), list(get(entry, "numericIds")))) {
            String c = lower(GoldText.strip(str(code)));
            if (c.isEmpty()) {
                continue;
            }
            out.add(c);
            for (String part : CODE_SEPARATOR.split(c)) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    private static List<String> engineMessages(Object entry) {
        var messages = new ArrayList<String>();
        if (truthy(get(entry, "message"))) {
            messages.add(str(get(entry, "message")));
        }
        for (Object m : list(get(entry, "messages"))) {
            if (truthy(m) && !messages.contains(str(m))) {
                messages.add(str(m));
            }
        }
        return messages;
    }

    /** The entry's own commands, then each cause's commands and the commands of its steps, depth first. */
    private static List<String> engineCommandTexts(Object entry) {
        var texts = new ArrayList<String>();
        list(get(entry, "commands")).forEach(c -> texts.add(commandText(c)));
        for (Object cause : list(get(entry, "causes"))) {
            if (cause instanceof Map) {
                list(get(cause, "commands")).forEach(c -> texts.add(commandText(c)));
                walkSteps(cause, texts);
            }
        }
        return texts;
    }

    private static void walkSteps(Object node, List<String> texts) {
        for (Object step : list(get(node, "steps"))) {
            if (step instanceof Map) {
                list(get(step, "commands")).forEach(c -> texts.add(commandText(c)));
                walkSteps(step, texts);
            }
        }
    }

    /** {@code c.get('text', '')} for an object, {@code str(c)} otherwise; null for a null text. */
    private static String commandText(Object c) {
        if (c instanceof Map<?, ?> m) {
            Object text = m.containsKey("text") ? m.get("text") : "";
            return text == null ? null : str(text);
        }
        return str(c);
    }

    /** {@code norm_cmd(c)}: whitespace runs made one space, nothing for a missing command. */
    private static String norm(Object c) {
        return normalizeSpace(truthy(c) ? str(c) : "");
    }

    /** The command normalised, then each of its non-blank lines normalised. */
    private static List<String> variants(String text) {
        var out = new ArrayList<String>();
        out.add(normalizeSpace(text));
        GoldText.nonBlankLines(str(text)).forEach(line -> out.add(normalizeSpace(line)));
        return out;
    }

    private static Set<String> causeKeys(Object cause) {
        var keys = new HashSet<String>();
        for (String key : List.of("id", "anchor")) {
            Object value = get(cause, key);
            if (truthy(value)) {
                String v = lower(str(value));
                keys.add(v);
                for (String part : v.split("/")) {
                    if (!part.isEmpty()) {
                        keys.add(part);
                    }
                }
            }
        }
        return keys;
    }

    /** {@code (x.get('anchor') or '').lower()}. */
    private static String anchor(Object x) {
        Object anchor = get(x, "anchor");
        return truthy(anchor) ? lower(str(anchor)) : "";
    }

    private static Map<Integer, Integer> greedy(List<Pair> pairs) {
        var out = new LinkedHashMap<Integer, Integer>();
        var used = new HashSet<Integer>();
        pairs.stream().sorted(BEST_FIRST).forEach(p -> {
            if (!out.containsKey(p.gold()) && !used.contains(p.engine())) {
                out.put(p.gold(), p.engine());
                used.add(p.engine());
            }
        });
        return out;
    }

    private static Set<Integer> usedEngineEntries(Map<Integer, Match> matched) {
        var used = new HashSet<Integer>();
        matched.values().forEach(m -> used.add(m.engine()));
        return used;
    }

    private static int shared(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }

    private static List<Object> concat(List<?> a, List<?> b) {
        var out = new ArrayList<Object>(a);
        out.addAll(b);
        return out;
    }
}
