package io.troubleshooter.bench;

import io.troubleshooter.flow.FlowGraph;
import io.troubleshooter.flow.FlowLayout;
import io.troubleshooter.flow.Sizer;
import io.troubleshooter.guide.Catalog;
import io.troubleshooter.guide.DecisionTree;
import io.troubleshooter.guide.ErrorEntry;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.troubleshooter.bench.Samples.median;
import static io.troubleshooter.bench.Samples.round;

/**
 * Flowchart layout timings for {@code bench}. The first layout pays for loading ELK's classes and meta data,
 * so it only means something when nothing has laid out a graph before in this JVM: call this first.
 */
public final class LayoutBench {

    private static final int WARM_UP = 30;
    private static final int ROUNDS = 51;

    public record Result(double firstMs, double warmMs, int largestTreeNodes) {

        public Map<String, Object> figures() {
            var figures = new LinkedHashMap<String, Object>();
            figures.put("layout_first_ms", round(firstMs));
            figures.put("layout_warm_ms", round(warmMs));
            figures.put("layout_largest_nodes", largestTreeNodes);
            return figures;
        }
    }

    private LayoutBench() {
    }

    /** Lays out the catalog's largest tree once cold, then {@value #ROUNDS} times warm (median). */
    public static Result measure(Catalog catalog) {
        DecisionTree largest = catalog.entries().stream().map(ErrorEntry::tree)
                .max(Comparator.comparingInt(t -> t.nodes().size()))
                .orElseThrow(() -> new IllegalStateException("the catalog has no error to lay out"));
        Sizer sizer = Sizer.approximate();
        double first = time(largest, sizer);
        for (int i = 0; i < WARM_UP; i++) {
            time(largest, sizer);
        }
        double[] warm = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            warm[i] = time(largest, sizer);
        }
        return new Result(first, median(warm), largest.nodes().size());
    }

    private static double time(DecisionTree tree, Sizer sizer) {
        long start = System.nanoTime();
        FlowGraph graph = FlowLayout.layout(tree, sizer);
        double ms = (System.nanoTime() - start) / 1e6;
        if (graph.nodes().size() != tree.nodes().size()) {
            throw new IllegalStateException("the layout lost nodes");
        }
        return ms;
    }

}
