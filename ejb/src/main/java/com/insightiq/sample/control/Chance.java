package com.insightiq.sample.control;

import java.util.List;
import java.util.SplittableRandom;

/** The generator's only source of randomness: a seeded {@link SplittableRandom}, so a seed fixes every row. */
final class Chance {
    private final SplittableRandom random;

    Chance(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    boolean percent(double percent) {
        return random.nextDouble() * 100 < percent;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index into {@code weights}, each chosen in proportion to its weight. */
    int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int ticket = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** A count with the given mean (Knuth's method; the daily means here stay far below its limits). */
    int poisson(double mean) {
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    /** Roughly normal around 0 with standard deviation 1 (a sum of uniforms: cheap and exactly reproducible). */
    double bell() {
        double sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += random.nextDouble();
        }
        return sum - 6;
    }
}
