package com.insightiq.sample.control;

import java.util.List;

/**
 * Generates the whole sample from a seed. Each table draws from its own stream, so a change to how reviews are
 * written leaves people, products and orders as they were.
 */
public final class SampleGenerator {
    /** The seed of the sample every installation loads. */
    public static final long SEED = 20220101L;
    public static final int PEOPLE = 2_500;
    public static final int PRODUCTS = 200;
    public static final int REVIEWS = 1_100;

    private SampleGenerator() {
    }

    public static SampleData generate() {
        return generate(SEED);
    }

    public static SampleData generate(long seed) {
        List<Person> people = SamplePeople.generate(new Chance(seed), PEOPLE);
        List<Product> products = SampleProducts.generate(new Chance(seed + 1), PRODUCTS);
        SampleOrders orders = new SampleOrders(new Chance(seed + 2), people, products);
        List<Review> reviews = SampleReviews.generate(new Chance(seed + 3), REVIEWS, orders.orders(), orders.lines(),
                products);
        return new SampleData(people, products, orders.orders(), orders.lines(), reviews);
    }
}
