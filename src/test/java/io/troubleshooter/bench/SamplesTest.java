package io.troubleshooter.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SamplesTest {

    @Test
    void medianAndPercentilesAreNearestRankAndLeaveTheSamplesAlone() {
        double[] samples = {50, 10, 40, 20, 30};
        assertEquals(30, Samples.median(samples));
        assertArrayEquals(new double[]{50, 10, 40, 20, 30}, samples);
        assertEquals(20, Samples.median(new double[]{40, 10, 30, 20}), "the lower middle of an even count");

        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i;
        }
        assertEquals(95, Samples.percentile(hundred, 95));
        assertEquals(99, Samples.percentile(hundred, 99));
        assertEquals(1, Samples.percentile(hundred, 0));
        assertEquals(57, Samples.percentile(new double[]{3, 57, 12}, 95), "p95 of a few samples is the largest");
        assertThrows(IllegalArgumentException.class, () -> Samples.median(new double[0]));
        assertEquals(1.23, Samples.round(1.23456));
    }
}
