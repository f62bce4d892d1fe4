package io.troubleshooter.bench;

import io.troubleshooter.guide.ErrorEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchBenchTest {

    @Test
    void figuresArePlausible() {
        SearchBench.Figures figures = SearchBench.measure(12, 1, 1);
        assertEquals(12, figures.articles());
        assertTrue(figures.entries() > 100, () -> "entries: " + figures.entries());
        assertEquals(SearchBench.TYPED.stream().mapToInt(String::length).sum(), figures.keystrokes());
        assertTrue(figures.p50Ms() > 0 && figures.p50Ms() <= figures.p99Ms() && figures.p99Ms() <= figures.maxMs(),
                figures::toString);
        assertTrue(figures.cpuP50Ms() <= figures.cpuP99Ms(), figures::toString);
        Map<String, Object> map = figures.asMap();
        assertEquals(figures.entries(), map.get("search_entries"));
        assertTrue(map.containsKey("search_p50_ms") && map.containsKey("search_p99_ms"), map::toString);
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
