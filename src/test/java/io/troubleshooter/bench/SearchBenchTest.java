package io.troubleshooter.bench;

import io.troubleshooter.guide.ErrorEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search figures the bench prints: what was indexed, how many keystrokes were timed, under which names. */
class SearchBenchTest {

    @Test
    void theFiguresAreOfEveryEntryOfTheArticlesAndEveryKeystrokeOfEachRound() {
        SearchBench.Figures figures = SearchBench.measure(12, 1, 2);

        assertEquals(12, figures.articles());
        assertEquals(SyntheticCorpus.entries(12).size(), figures.entries(), "every entry of the 12 articles indexed");
        int typed = SearchBench.TYPED.stream().mapToInt(String::length).sum();
        assertEquals(2 * typed, figures.keystrokes(), "each character of each query, in each of the two rounds");
        assertTrue(figures.p50Ms() <= figures.p99Ms() && figures.p99Ms() <= figures.maxMs(), figures::toString);
        assertTrue(figures.cpuP50Ms() <= figures.cpuP99Ms(), figures::toString);
        assertTrue(figures.maxMs() < 10_000, () -> "a keystroke took " + figures.maxMs() + " ms");
        Map<String, Object> map = figures.asMap();
        assertEquals(List.of("search_articles", "search_entries", "search_keystrokes", "search_build_ms",
                "search_p50_ms", "search_p99_ms", "search_max_ms", "search_cpu_p50_ms", "search_cpu_p99_ms", "cpus",
                "load_average"), List.copyOf(map.keySet()), "the names the bench command prints");
        assertEquals(figures.entries(), map.get("search_entries"));
        assertEquals(figures.keystrokes(), map.get("search_keystrokes"));
        assertEquals(Samples.round(figures.p99Ms()), map.get("search_p99_ms"));
    }

    @Test
    void everyCopyOfTheArticlesHasItsOwnCodes() {
        List<ErrorEntry> entries = SyntheticCorpus.entries(18);
        Set<String> codes = entries.stream().flatMap(e -> e.codes().stream()).collect(Collectors.toSet());
        Set<String> shipped = SyntheticCorpus.entries(6).stream().flatMap(e -> e.codes().stream())
                .collect(Collectors.toSet());
        assertEquals(3 * shipped.size(), codes.size(), codes::toString);
        assertTrue(codes.containsAll(shipped));
    }

    @Test
    void aRenamedCodeKeepsItsWordsInOrderAndGainsThePair() {
        for (int copy = 1; copy < 5; copy++) {
            String renamed = SyntheticCorpus.renamed("UserErrorFsFreezeFailed", "HostStorage", copy);
            assertTrue(renamed.contains("HostStorage") && !renamed.startsWith("HostStorage"), renamed);
            assertEquals("UserErrorFsFreezeFailed", renamed.replace("HostStorage", ""));
        }
        assertEquals("320008", SyntheticCorpus.renamed("320001", "HostStorage", 7));
    }
}
