package com.insightiq.sample.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * When the sample shop sells how much: fixed dates (never relative to today, so answers are reproducible), yearly
 * growth per region, a November/December peak, a summer dip, quiet weekends, and the story's anomalies that demos
 * and tests can point at.
 */
public final class SampleTimeline {
    public static final LocalDate FIRST_ORDER_DAY = LocalDate.of(2022, 1, 1);
    public static final LocalDate LAST_ORDER_DAY = LocalDate.of(2026, 6, 30);
    /** The first people signed up a year before the first order day. */
    public static final LocalDate FIRST_SIGN_UP_DAY = LocalDate.of(2021, 1, 1);

    /** A payment-provider outage: the shop took almost no orders for a week. */
    public static final LocalDate OUTAGE_FIRST_DAY = LocalDate.of(2024, 3, 11);
    public static final LocalDate OUTAGE_LAST_DAY = LocalDate.of(2024, 3, 17);
    static final double OUTAGE_FACTOR = 0.02;

    /** Black Friday 2023: a 25 % promotion on every order quadrupled the day's volume. */
    public static final LocalDate PROMOTION_DAY = LocalDate.of(2023, 11, 24);
    static final double PROMOTION_FACTOR = 4.0;
    public static final int PROMOTION_DISCOUNT_PERCENT = 25;

    /** The month one product was recalled: it sold unusually well and most of its orders were refunded. */
    public static final YearMonth RECALL_MONTH = YearMonth.of(2025, 8);
    public static final int RECALLED_PRODUCT_ID = 17;

    /** Relative volume by month, January first: a summer dip and the holiday peak. */
    private static final double[] MONTH_FACTORS = {0.90, 0.85, 0.95, 0.95, 1.00, 0.90, 0.80, 0.78, 0.95, 1.05, 1.45, 1.60};
    /** Relative volume by weekday, Monday first. */
    private static final double[] WEEKDAY_FACTORS = {1.05, 1.00, 1.00, 1.00, 1.05, 0.85, 0.80};

    private SampleTimeline() {
    }

    /** The expected number of orders from a region on a day (the generator draws a Poisson count around it). */
    static double expectedOrders(Region region, LocalDate day) {
        double years = ChronoUnit.DAYS.between(FIRST_ORDER_DAY, day) / 365.25;
        // StrictMath: the same bits on every JVM, so the same seed always gives the same rows.
        double volume = region.ordersPerDay() * StrictMath.pow(region.yearlyGrowth(), years)
                * MONTH_FACTORS[day.getMonthValue() - 1] * WEEKDAY_FACTORS[day.getDayOfWeek().getValue() - 1];
        if (isOutage(day)) {
            volume *= OUTAGE_FACTOR;
        }
        if (day.equals(PROMOTION_DAY)) {
            volume *= PROMOTION_FACTOR;
        }
        return volume;
    }

    static boolean isOutage(LocalDate day) {
        return !day.isBefore(OUTAGE_FIRST_DAY) && !day.isAfter(OUTAGE_LAST_DAY);
    }
}
