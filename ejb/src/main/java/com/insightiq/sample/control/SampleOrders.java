package com.insightiq.sample.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the orders and their lines day by day along the {@link SampleTimeline}: a Poisson count per region, a
 * customer who had signed up by then, popular products more often, coupons, tax by country, statuses.
 */
final class SampleOrders {
    /** Orders by hour of day (UTC), midnight first: quiet nights, a lunch bump and an evening peak. */
    private static final int[] HOUR_WEIGHTS = {2, 1, 1, 1, 1, 2, 3, 5, 6, 7, 8, 9, 10, 9, 8, 8, 8, 9, 11, 13, 13, 11, 7, 4};
    private static final int[] LINE_COUNT_WEIGHTS = {50, 30, 15, 5};
    private static final int[] QUANTITY_WEIGHTS = {70, 20, 7, 2, 1};
    private static final int[] COUPON_PERCENTS = {5, 10, 15, 20};
    private static final int SHIPPING_DAYS = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Chance chance;
    private final List<Product> products;
    private final double[] popularity;
    private final Map<Region, List<Person>> peopleByRegion = new EnumMap<>(Region.class);
    private final List<Order> orders = new ArrayList<>();
    private final List<OrderLine> lines = new ArrayList<>();

    private record Draft(Instant at, Person person) {
    }

    SampleOrders(Chance chance, List<Person> people, List<Product> products) {
        this.chance = chance;
        this.products = products;
        for (Region region : Region.values()) {
            peopleByRegion.put(region, people.stream().filter(p -> p.region().equals(region.label())).toList());
        }
        this.popularity = cumulativePopularity(chance, products);
        for (LocalDate day = SampleTimeline.FIRST_ORDER_DAY; !day.isAfter(SampleTimeline.LAST_ORDER_DAY);
             day = day.plusDays(1)) {
            generateDay(day);
        }
    }

    List<Order> orders() {
        return orders;
    }

    List<OrderLine> lines() {
        return lines;
    }

    private void generateDay(LocalDate day) {
        List<Draft> drafts = new ArrayList<>();
        for (Region region : Region.values()) {
            int count = chance.poisson(SampleTimeline.expectedOrders(region, day));
            for (int i = 0; i < count; i++) {
                Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant()
                        .plusSeconds(chance.weighted(HOUR_WEIGHTS) * 3600L + chance.between(0, 3599));
                drafts.add(new Draft(at, customer(region, at)));
            }
        }
        drafts.sort(Comparator.comparing(Draft::at));
        for (Draft draft : drafts) {
            place(day, draft);
        }
    }

    /** Anyone in the region who had signed up by then; early customers naturally order more often. */
    private Person customer(Region region, Instant at) {
        List<Person> candidates = peopleByRegion.get(region);
        int low = 0;
        int high = candidates.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (candidates.get(middle).createdAt().isAfter(at)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return candidates.get(low == 0 ? 0 : chance.between(0, low - 1));
    }

    private void place(LocalDate day, Draft draft) {
        int orderId = orders.size() + 1;
        boolean recall = YearMonth.from(day).equals(SampleTimeline.RECALL_MONTH);
        Set<Product> chosen = new LinkedHashSet<>();
        if (recall && chance.percent(30)) {
            chosen.add(products.get(SampleTimeline.RECALLED_PRODUCT_ID - 1));
        }
        int lineCount = chance.weighted(LINE_COUNT_WEIGHTS) + 1;
        while (chosen.size() < lineCount) {
            chosen.add(product(draft.at()));
        }
        BigDecimal subtotal = BigDecimal.ZERO.setScale(2);
        int quantity = 0;
        for (Product product : chosen) {
            int units = chance.weighted(QUANTITY_WEIGHTS) + 1;
            BigDecimal lineTotal = product.price().multiply(BigDecimal.valueOf(units));
            lines.add(new OrderLine(lines.size() + 1, orderId, product.id(), units, product.price(), lineTotal));
            subtotal = subtotal.add(lineTotal);
            quantity += units;
        }
        BigDecimal discount = discount(day, subtotal);
        BigDecimal taxable = discount == null ? subtotal : subtotal.subtract(discount);
        BigDecimal tax = taxable.multiply(SamplePlaces.TAX_RATES.get(draft.person().country()))
                .setScale(2, RoundingMode.HALF_UP);
        boolean hasRecalledProduct = chosen.stream().anyMatch(p -> p.id() == SampleTimeline.RECALLED_PRODUCT_ID);
        orders.add(new Order(orderId, draft.person().id(), draft.at(), status(day, recall && hasRecalledProduct),
                subtotal, tax, discount, taxable.add(tax), quantity));
    }

    /** A product already launched, popular ones more often. */
    private Product product(Instant at) {
        while (true) {
            double ticket = chance.unit() * popularity[popularity.length - 1];
            int index = Arrays.binarySearch(popularity, ticket);
            Product product = products.get(index >= 0 ? index : -index - 1);
            if (!product.createdAt().isAfter(at)) {
                return product;
            }
        }
    }

    private BigDecimal discount(LocalDate day, BigDecimal subtotal) {
        if (day.equals(SampleTimeline.PROMOTION_DAY)) {
            return percentOf(subtotal, SampleTimeline.PROMOTION_DISCOUNT_PERCENT);
        }
        if (chance.percent(12)) {
            return percentOf(subtotal, COUPON_PERCENTS[chance.between(0, COUPON_PERCENTS.length - 1)]);
        }
        return null;
    }

    private static BigDecimal percentOf(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private String status(LocalDate day, boolean recalled) {
        if (recalled && chance.percent(80)) {
            return "refunded";
        }
        double roll = chance.unit() * 100;
        if (roll < 3) {
            return "cancelled";
        }
        if (roll < 5) {
            return "refunded";
        }
        return day.isAfter(SampleTimeline.LAST_ORDER_DAY.minusDays(SHIPPING_DAYS)) ? "shipped" : "completed";
    }

    /** Running sums of each product's weight: a few best sellers, a long tail, better-rated ones sell more. */
    private static double[] cumulativePopularity(Chance chance, List<Product> products) {
        double[] cumulative = new double[products.size()];
        double sum = 0;
        for (int i = 0; i < products.size(); i++) {
            double skew = chance.unit();
            sum += (0.2 + 5 * skew * skew * skew) * products.get(i).rating().doubleValue() / 4;
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
