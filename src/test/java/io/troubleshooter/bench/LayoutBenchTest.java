package io.troubleshooter.bench;

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
        // The times are bench figures, compared in the bench run; here only their plausibility. Warm is not
        // compared with first: other tests in this JVM have already loaded ELK, so "first" is not cold here
        // and on a busy machine either one can come out slower.
        double warm = (double) figures.get("layout_warm_ms");
        assertTrue(warm > 0, figures::toString);
    }
}
