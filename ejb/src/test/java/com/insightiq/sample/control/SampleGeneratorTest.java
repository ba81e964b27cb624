package com.insightiq.sample.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleGeneratorTest {
    private static SampleData data;

    @BeforeAll
    static void generate() {
        data = SampleGenerator.generate();
    }

    @Test
    void theSameSeedGivesByteIdenticalRowsAndAnotherSeedOtherRows() throws Exception {
        assertEquals(hash(data), hash(SampleGenerator.generate()));
        assertNotEquals(hash(data), hash(SampleGenerator.generate(SampleGenerator.SEED + 7)));
    }

    @Test
    void sizesAreThoseOfASmallShop() {
        assertEquals(SampleGenerator.PEOPLE, data.people().size());
        assertEquals(SampleGenerator.PRODUCTS, data.products().size());
        assertEquals(SampleGenerator.REVIEWS, data.reviews().size());
        assertBetween(18_000, 20_000, data.orders().size(), "orders");
        assertBetween(1.0, 4.0, (double) data.lines().size() / data.orders().size(), "lines per order");
    }

    @Test
    void ordersAddUpLineByLine() {
        Map<Integer, List<OrderLine>> linesByOrder = data.lines().stream()
                .collect(Collectors.groupingBy(OrderLine::orderId));
        for (Order order : data.orders()) {
            List<OrderLine> lines = linesByOrder.get(order.id());
            assertBetween(1, 4, lines.size(), "lines of order " + order.id());
            assertEquals(lines.size(), lines.stream().map(OrderLine::productId).distinct().count());
            for (OrderLine line : lines) {
                assertEquals(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())), line.lineTotal());
            }
            assertEquals(order.subtotal(), lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
            assertEquals(order.quantity(), lines.stream().mapToInt(OrderLine::quantity).sum());
            BigDecimal discount = order.discount() == null ? BigDecimal.ZERO : order.discount();
            assertEquals(order.total(), order.subtotal().add(order.tax()).subtract(discount), "order " + order.id());
            assertTrue(order.tax().signum() > 0 && order.total().signum() > 0, "order " + order.id());
        }
    }

    @Test
    void taxFollowsTheCustomersCountry() {
        Map<Integer, Person> people = byId(data.people(), Person::id);
        for (Order order : data.orders()) {
            BigDecimal discount = order.discount() == null ? BigDecimal.ZERO : order.discount();
            BigDecimal rate = SamplePlaces.TAX_RATES.get(people.get(order.personId()).country());
            assertEquals(order.subtotal().subtract(discount).multiply(rate).setScale(2, java.math.RoundingMode.HALF_UP),
                    order.tax(), "order " + order.id());
        }
    }

    @Test
    void everyFullYearSellsMoreThanTheOneBefore() {
        Map<Integer, Long> perYear = data.orders().stream()
                .collect(Collectors.groupingBy(o -> day(o).getYear(), Collectors.counting()));
        for (int year = 2023; year <= 2025; year++) {
            double growth = (double) perYear.get(year) / perYear.get(year - 1);
            assertBetween(1.15, 1.50, growth, "growth " + (year - 1) + "→" + year + " " + perYear);
        }
    }

    @Test
    void theHolidayQuarterOutsellsTheSummerQuarter() {
        Map<Integer, Long> perQuarter = data.orders().stream()
                .collect(Collectors.groupingBy(o -> day(o).getYear() * 10 + (day(o).getMonthValue() + 2) / 3,
                        Collectors.counting()));
        for (int year = 2022; year <= 2025; year++) {
            assertTrue(perQuarter.get(year * 10 + 4) > 1.3 * perQuarter.get(year * 10 + 3), "Q4 vs Q3 " + year);
        }
        long weekend = data.orders().stream().filter(o -> day(o).getDayOfWeek().getValue() >= 6).count();
        assertBetween(0.20, 0.26, (double) weekend / data.orders().size(), "weekend share");
    }

    @Test
    void theOutageWeekIsNearlyEmptyAndBlackFriday2023Spikes() {
        long outage = data.orders().stream().filter(o -> SampleTimeline.isOutage(day(o))).count();
        long weekBefore = data.orders().stream()
                .filter(o -> SampleTimeline.isOutage(day(o).plusDays(7))).count();
        assertTrue(outage <= 5 && weekBefore > 50, "outage week " + outage + ", week before " + weekBefore);

        LocalDate promotion = SampleTimeline.PROMOTION_DAY;
        long promotionDay = data.orders().stream().filter(o -> day(o).equals(promotion)).count();
        double fortnightAround = data.orders().stream().map(SampleGeneratorTest::day)
                .filter(d -> !d.equals(promotion) && Math.abs(d.toEpochDay() - promotion.toEpochDay()) <= 7)
                .count() / 14.0;
        assertTrue(promotionDay > 3 * fortnightAround, "Black Friday " + promotionDay + " vs " + fortnightAround);
        assertTrue(data.orders().stream().filter(o -> day(o).equals(promotion))
                .allMatch(o -> o.discount() != null), "every Black Friday order has the promotion discount");
    }

    @Test
    void theRecalledProductIsMostlyRefundedInTheRecallMonthOnly() {
        Map<Integer, Order> orders = byId(data.orders(), Order::id);
        Map<Boolean, List<Order>> recalledOrders = data.lines().stream()
                .filter(l -> l.productId() == SampleTimeline.RECALLED_PRODUCT_ID)
                .map(l -> orders.get(l.orderId()))
                .collect(Collectors.partitioningBy(o -> YearMonth.from(day(o)).equals(SampleTimeline.RECALL_MONTH)));
        double refundedInMonth = share(recalledOrders.get(true), o -> o.status().equals("refunded"));
        double refundedOtherwise = share(recalledOrders.get(false), o -> o.status().equals("refunded"));
        double refundedOverall = share(data.orders(), o -> o.status().equals("refunded"));
        assertTrue(recalledOrders.get(true).size() > 100, "orders of the recalled product in the recall month");
        assertBetween(0.70, 0.90, refundedInMonth, "refunded in the recall month");
        assertBetween(0.0, 0.05, refundedOtherwise, "refunded otherwise");
        assertBetween(0.02, 0.05, refundedOverall, "refunded overall");
    }

    @Test
    void regionsHaveTheirShareAndEuropeGrowsFastest() {
        Map<Integer, Person> people = byId(data.people(), Person::id);
        Map<String, Long> perRegion = data.orders().stream()
                .collect(Collectors.groupingBy(o -> people.get(o.personId()).region(), Collectors.counting()));
        double total = data.orders().size();
        assertBetween(0.40, 0.50, perRegion.get("North America") / total, "North America");
        assertBetween(0.25, 0.35, perRegion.get("Europe") / total, "Europe");
        assertBetween(0.14, 0.22, perRegion.get("Asia Pacific") / total, "Asia Pacific");
        assertBetween(0.04, 0.10, perRegion.get("Latin America") / total, "Latin America");
        assertTrue(europeShare(2025, people) > europeShare(2022, people) + 0.05, "Europe's share grows");
    }

    @Test
    void everyReferencePointsAtAnEarlierRow() {
        Map<Integer, Person> people = byId(data.people(), Person::id);
        Map<Integer, Product> products = byId(data.products(), Product::id);
        Map<Integer, Order> orders = byId(data.orders(), Order::id);
        for (Order order : data.orders()) {
            Person person = people.get(order.personId());
            assertTrue(person != null && !person.createdAt().isAfter(order.createdAt()), "customer of " + order.id());
        }
        for (OrderLine line : data.lines()) {
            Order order = orders.get(line.orderId());
            Product product = products.get(line.productId());
            assertTrue(order != null && product != null, "line " + line.id());
            assertTrue(!product.createdAt().isAfter(order.createdAt()), "product launched before line " + line.id());
        }
        Set<String> reviewed = new HashSet<>();
        for (Review review : data.reviews()) {
            assertTrue(people.containsKey(review.personId()) && products.containsKey(review.productId()));
            assertTrue(reviewed.add(review.personId() + "/" + review.productId()), "one review per buyer and product");
            assertBetween(1, 5, review.rating(), "rating");
        }
        assertEquals(data.people().size(), data.people().stream().map(Person::email).distinct().count());
        assertEquals(data.products().size(), data.products().stream().map(Product::ean).distinct().count());
    }

    @Test
    void everythingHappensWithinTheFixedTimeSpan() {
        for (Order order : data.orders()) {
            LocalDate day = day(order);
            assertTrue(!day.isBefore(SampleTimeline.FIRST_ORDER_DAY) && !day.isAfter(SampleTimeline.LAST_ORDER_DAY));
        }
        for (int i = 1; i < data.orders().size(); i++) {
            assertTrue(!data.orders().get(i).createdAt().isBefore(data.orders().get(i - 1).createdAt()),
                    "order ids follow time");
        }
        assertTrue(data.reviews().stream().allMatch(r -> !r.createdAt().atOffset(ZoneOffset.UTC).toLocalDate()
                .isAfter(SampleTimeline.LAST_ORDER_DAY)));
    }

    private static double europeShare(int year, Map<Integer, Person> people) {
        List<Order> inYear = data.orders().stream().filter(o -> day(o).getYear() == year).toList();
        return share(inYear, o -> people.get(o.personId()).region().equals("Europe"));
    }

    private static double share(List<Order> orders, java.util.function.Predicate<Order> which) {
        return (double) orders.stream().filter(which).count() / orders.size();
    }

    private static LocalDate day(Order order) {
        return order.createdAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static <T> Map<Integer, T> byId(List<T> rows, Function<T, Integer> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static void assertBetween(double low, double high, double actual, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " not in [" + low + ", " + high + "]");
    }

    private static String hash(SampleData sample) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (SampleCsv.Table table : SampleCsv.tables(sample)) {
            digest.update(table.name().getBytes(StandardCharsets.UTF_8));
            digest.update(table.csv().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
