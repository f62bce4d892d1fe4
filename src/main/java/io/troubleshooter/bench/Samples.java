package io.troubleshooter.bench;

import java.util.Arrays;

/** How the benchmarks summarise their timings: median, nearest-rank percentile, two decimals. */
public final class Samples {

    private Samples() {
    }

    /** The middle value (the lower one of an even count); the samples are left in their order. */
    public static double median(double[] samples) {
        return percentile(samples, 50);
    }

    /** The nearest-rank percentile: the smallest sample with at least {@code percent} % of them at or below it. */
    public static double percentile(double[] samples, int percent) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Rounded to two decimals, as the bench prints figures. */
    public static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
