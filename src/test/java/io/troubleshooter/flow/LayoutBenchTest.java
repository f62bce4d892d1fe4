package io.troubleshooter.flow;

import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.ErrorEntry;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutBenchTest {

    @Test
    void reportsColdAndWarmTimesForTheLargestTree() {
        Catalog catalog = Catalog.loadShipped();
        int largest = catalog.entries().stream().map(ErrorEntry::tree)
                .mapToInt(t -> t.nodes().size()).max().orElseThrow();

        Map<String, Object> figures = LayoutBench.measure(catalog).figures();

        assertEquals(largest, figures.get("layout_largest_nodes"));
        assertTrue((double) figures.get("layout_first_ms") > 0, figures::toString);
        // The time itself is a bench figure, compared in the bench run; here only its plausibility.
        double warm = (double) figures.get("layout_warm_ms");
        assertTrue(warm > 0, figures::toString);
    }
}
