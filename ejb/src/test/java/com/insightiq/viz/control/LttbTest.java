package com.insightiq.viz.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LttbTest {
    private static double[] range(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    @Test
    void keepsExactlyTheThresholdWithFirstAndLast() {
        double[] x = range(10_000);
        double[] y = new Random(7).doubles(10_000).toArray();
        int[] kept = Lttb.select(x, y, 500);
        assertEquals(500, kept.length);
        assertEquals(0, kept[0]);
        assertEquals(9_999, kept[499]);
    }

    @Test
    void keptIndexesAreStrictlyIncreasing() {
        double[] y = new Random(3).doubles(5_000).map(v -> v * 100).toArray();
        int[] kept = Lttb.select(range(5_000), y, 777);
        for (int i = 1; i < kept.length; i++) {
            assertTrue(kept[i] > kept[i - 1], "index " + i);
        }
    }

    @Test
    void keepsSpikesThatAveragingWouldFlatten() {
        double[] y = new double[10_000];
        y[1234] = 1_000;
        y[8765] = -500;
        int[] kept = Lttb.select(range(10_000), y, 100);
        assertTrue(Arrays.stream(kept).anyMatch(i -> i == 1234));
        assertTrue(Arrays.stream(kept).anyMatch(i -> i == 8765));
    }

    @Test
    void aStraightLineStaysAStraightLine() {
        double[] x = range(1_000);
        double[] y = Arrays.stream(x).map(v -> 3 * v + 2).toArray();
        int[] kept = Lttb.select(x, y, 50);
        assertEquals(50, kept.length);
        for (int i : kept) {
            assertEquals(3 * x[i] + 2, y[i]);
        }
        // evenly spread over the line: no bucket left empty
        for (int i = 1; i < kept.length; i++) {
            assertTrue(kept[i] - kept[i - 1] <= 2 * (1_000 / 48), "gap at " + i);
        }
    }

    @Test
    void fewerPointsThanTheThresholdAreAllKept() {
        assertArrayEquals(new int[] {0, 1, 2}, Lttb.select(range(3), new double[] {1, 5, 2}, 2000));
        assertArrayEquals(new int[] {}, Lttb.select(new double[0], new double[0], 10));
        assertEquals(3, Lttb.select(range(100), range(100), 1).length);
    }

    @Test
    void fiftyThousandPointsAreQuick() {
        double[] x = range(50_000);
        double[] y = new Random(11).doubles(50_000).toArray();
        Lttb.select(x, y, 2_000);
        long start = System.nanoTime();
        int[] kept = Lttb.select(x, y, 2_000);
        long micros = (System.nanoTime() - start) / 1_000;
        System.out.println("LTTB 50,000 → 2,000 points: " + micros + " µs");
        assertEquals(2_000, kept.length);
    }
}
