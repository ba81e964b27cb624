package com.insightiq.sample.control;

/**
 * The shop's sales regions. Order volume per region starts at {@code ordersPerDay} on 2022-01-01 and grows by
 * {@code yearlyGrowth}; Europe grows fastest, so its share rises over the years.
 */
public enum Region {
    NORTH_AMERICA("North America", 0.45, 2.78, 1.30),
    EUROPE("Europe", 0.30, 1.46, 1.45),
    ASIA_PACIFIC("Asia Pacific", 0.18, 1.08, 1.30),
    LATIN_AMERICA("Latin America", 0.07, 0.42, 1.30);

    private final String label;
    private final double shareOfPeople;
    private final double ordersPerDay;
    private final double yearlyGrowth;

    Region(String label, double shareOfPeople, double ordersPerDay, double yearlyGrowth) {
        this.label = label;
        this.shareOfPeople = shareOfPeople;
        this.ordersPerDay = ordersPerDay;
        this.yearlyGrowth = yearlyGrowth;
    }

    public String label() {
        return label;
    }

    double shareOfPeople() {
        return shareOfPeople;
    }

    double ordersPerDay() {
        return ordersPerDay;
    }

    double yearlyGrowth() {
        return yearlyGrowth;
    }
}
