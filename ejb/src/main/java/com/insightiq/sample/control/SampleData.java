package com.insightiq.sample.control;

import java.util.List;

/** Every row of the sample database, in id order. */
public record SampleData(List<Person> people, List<Product> products, List<Order> orders, List<OrderLine> lines,
                         List<Review> reviews) {
    public SampleData {
        people = List.copyOf(people);
        products = List.copyOf(products);
        orders = List.copyOf(orders);
        lines = List.copyOf(lines);
        reviews = List.copyOf(reviews);
    }
}
