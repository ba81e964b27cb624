package com.insightiq.sample.control;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes reviews from purchases: a buyer reviews a product at most once, days after the order, with a rating near
 * the product's average; buyers of the recalled product in the recall month are unhappy.
 */
final class SampleReviews {
    private static final String RECALL_COMPLAINT = "Overheated after a few days; the shop recalled it and refunded me.";

    private SampleReviews() {
    }

    private record Purchase(Order order, Product product) {
    }

    static List<Review> generate(Chance chance, int count, List<Order> orders, List<OrderLine> lines,
                                 List<Product> products) {
        List<Purchase> purchases = purchases(orders, lines, products);
        Instant end = SampleTimeline.LAST_ORDER_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Review> unnumbered = new ArrayList<>(count);
        // A partial Fisher-Yates shuffle: a uniform choice of purchases, taken until enough reviews are written.
        for (int i = 0; i < purchases.size() && unnumbered.size() < count; i++) {
            int j = chance.between(i, purchases.size() - 1);
            Purchase purchase = purchases.set(j, purchases.get(i));
            Instant at = purchase.order().createdAt().plusSeconds(chance.between(2 * 86_400, 40 * 86_400));
            if (at.isBefore(end)) {
                unnumbered.add(review(chance, purchase, at));
            }
        }
        unnumbered.sort(Comparator.comparing(Review::createdAt));
        List<Review> reviews = new ArrayList<>(unnumbered.size());
        for (int i = 0; i < unnumbered.size(); i++) {
            Review r = unnumbered.get(i);
            reviews.add(new Review(i + 1, r.productId(), r.personId(), r.rating(), r.body(), r.createdAt()));
        }
        return reviews;
    }

    /** Delivered purchases (and refunded recalled ones), one per buyer and product. */
    private static List<Purchase> purchases(List<Order> orders, List<OrderLine> lines, List<Product> products) {
        Set<Long> seen = new HashSet<>();
        List<Purchase> purchases = new ArrayList<>();
        for (OrderLine line : lines) {
            Order order = orders.get(line.orderId() - 1);
            boolean recalled = isRecalled(order, line.productId());
            if ((order.status().equals("completed") || recalled)
                    && seen.add((long) order.personId() << 32 | line.productId())) {
                purchases.add(new Purchase(order, products.get(line.productId() - 1)));
            }
        }
        return purchases;
    }

    private static Review review(Chance chance, Purchase purchase, Instant at) {
        Product product = purchase.product();
        int personId = purchase.order().personId();
        if (isRecalled(purchase.order(), product.id())) {
            return new Review(0, product.id(), personId, chance.between(1, 2), RECALL_COMPLAINT, at);
        }
        int rating = (int) Math.max(1, Math.min(5, Math.round(product.rating().doubleValue() + chance.bell() * 0.9)));
        List<String> phrases = rating >= 4 ? SampleCatalogue.PRAISE
                : rating == 3 ? SampleCatalogue.MIXED : SampleCatalogue.COMPLAINTS;
        return new Review(0, product.id(), personId, rating, chance.pick(phrases), at);
    }

    private static boolean isRecalled(Order order, int productId) {
        return productId == SampleTimeline.RECALLED_PRODUCT_ID && order.status().equals("refunded")
                && YearMonth.from(order.createdAt().atOffset(ZoneOffset.UTC)).equals(SampleTimeline.RECALL_MONTH);
    }
}
