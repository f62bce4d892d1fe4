package io.troubleshooter.bench;

import io.troubleshooter.guide.ErrorEntry;
import io.troubleshooter.search.SearchIndex;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.troubleshooter.bench.Samples.percentile;
import static io.troubleshooter.bench.Samples.round;

/**
 * Keystroke-to-results time of the error list's search over a synthetic corpus: several realistic queries are
 * typed one character at a time, each prefix being one search, as the list refreshes while the engineer types.
 * A frame at 60 Hz is 16 ms; that is the budget for p99.
 */
public final class SearchBench {

    /** What an engineer types: codes (whole, with a typo, a fragment), an id, and pasted or typed messages. */
    static final List<String> TYPED = List.of(
            "ExtensionFailedVssWriterInBadState",
            "extentionoperationfailed",
            "UserErrorKeyvaultPermissionNotConfigured",
            "vsswriter",
            "320001",
            "No se pudo comunicar con el agente de máquina virtual para el estado de la instantánea",
            "Não foi possível comunicar o agente da VM com o Serviço de Backup do Azure",
            "Snapshot operation failed due to no network connectivity on the virtual machine",
            "maquina virtual instantanea");

    static final int LIMIT = 50;

    /**
     * Wall-clock times are what the engineer waits; CPU times are the search's own work, which is what is left when
     * other processes compete for the processors (the load average says how much they did).
     */
    public record Figures(int articles, int entries, int keystrokes, double buildMs, double p50Ms, double p99Ms,
                          double maxMs, double cpuP50Ms, double cpuP99Ms, int cpus, double loadAverage) {

        public Map<String, Object> asMap() {
            var map = new LinkedHashMap<String, Object>();
            map.put("search_articles", articles);
            map.put("search_entries", entries);
            map.put("search_keystrokes", keystrokes);
            map.put("search_build_ms", round(buildMs));
            map.put("search_p50_ms", round(p50Ms));
            map.put("search_p99_ms", round(p99Ms));
            map.put("search_max_ms", round(maxMs));
            map.put("search_cpu_p50_ms", round(cpuP50Ms));
            map.put("search_cpu_p99_ms", round(cpuP99Ms));
            map.put("cpus", cpus);
            map.put("load_average", round(loadAverage));
            return map;
        }
    }

    private SearchBench() {
    }

    /** 1,000 articles, three warm-up rounds, five measured rounds. */
    public static Figures measure() {
        return measure(1000, 3, 5);
    }

    public static Figures measure(int articles, int warmUpRounds, int rounds) {
        return measure(SyntheticCorpus.entries(articles), articles, warmUpRounds, rounds);
    }

    /** The same keystrokes over given entries (a folder of real articles, say) from {@code articles} articles. */
    public static Figures measure(List<ErrorEntry> entries, int articles, int warmUpRounds, int rounds) {
        long start = System.nanoTime();
        SearchIndex index = SearchIndex.build(entries);
        double buildMs = (System.nanoTime() - start) / 1e6;
        return measure(query -> index.search(query, LIMIT), entries.size(), articles, buildMs, warmUpRounds, rounds);
    }

    /** The same keystrokes through a search the window uses ({@code search} gives at most {@link #LIMIT} hits). */
    public static Figures measure(Function<String, ? extends List<?>> index, int entries, int articles,
                                  double buildMs, int warmUpRounds, int rounds) {
        for (int i = 0; i < warmUpRounds; i++) {
            type(index);
        }
        int perRound = TYPED.stream().mapToInt(String::length).sum();
        double[] wall = new double[perRound * rounds];
        double[] cpu = new double[perRound * rounds];
        for (int i = 0; i < rounds; i++) {
            Times times = type(index);
            System.arraycopy(times.wall(), 0, wall, i * perRound, perRound);
            System.arraycopy(times.cpu(), 0, cpu, i * perRound, perRound);
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        var os = ManagementFactory.getOperatingSystemMXBean();
        return new Figures(articles, entries, wall.length, buildMs, percentile(wall, 50), percentile(wall, 99),
                wall[wall.length - 1], percentile(cpu, 50), percentile(cpu, 99), os.getAvailableProcessors(),
                os.getSystemLoadAverage());
    }

    private record Times(double[] wall, double[] cpu) { }

    private static Times type(Function<String, ? extends List<?>> index) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int keystrokes = TYPED.stream().mapToInt(String::length).sum();
        var times = new Times(new double[keystrokes], new double[keystrokes]);
        int keystroke = 0;
        long found = 0;
        for (String query : TYPED) {
            for (int end = 1; end <= query.length(); end++) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                found += index.apply(query.substring(0, end)).size();
                times.wall()[keystroke] = (System.nanoTime() - start) / 1e6;
                times.cpu()[keystroke++] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
        }
        if (found == 0) {
            throw new IllegalStateException("the typed queries found nothing: the benchmark measured no search");
        }
        return times;
    }

}
