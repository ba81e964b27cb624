package com.insightiq.sample.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Makes the catalogue: unique titles, valid EAN-13 codes, prices by category, launch dates. */
final class SampleProducts {
    private static final int[] CENTS = {99, 99, 99, 49, 95, 0};
    /** Most products were on sale before the first order; the rest launch over the following four years. */
    private static final LocalDate LATE_LAUNCHES_FROM = LocalDate.of(2022, 1, 1);
    private static final LocalDate LATE_LAUNCHES_UNTIL = LocalDate.of(2025, 12, 31);

    private SampleProducts() {
    }

    static List<Product> generate(Chance chance, int count) {
        Set<String> titles = new HashSet<>();
        Set<String> eans = new HashSet<>();
        List<Product> products = new ArrayList<>(count);
        for (int id = 1; id <= count; id++) {
            String category = chance.pick(SampleCatalogue.CATEGORIES);
            String title;
            do {
                title = chance.pick(SampleCatalogue.ADJECTIVES) + " " + chance.pick(SampleCatalogue.MATERIALS) + " "
                        + chance.pick(SampleCatalogue.NOUNS.get(category));
            } while (!titles.add(title));
            String ean;
            do {
                ean = ean(chance);
            } while (!eans.add(ean));
            int[] range = SampleCatalogue.PRICE_RANGES.get(category);
            BigDecimal price = BigDecimal.valueOf(chance.between(range[0], range[1]) * 100L
                    + CENTS[chance.between(0, CENTS.length - 1)], 2);
            double quality = Math.max(1.0, Math.min(5.0, 3.9 + chance.bell() * 0.55));
            BigDecimal rating = BigDecimal.valueOf(quality).setScale(1, RoundingMode.HALF_UP);
            boolean early = id == SampleTimeline.RECALLED_PRODUCT_ID || chance.percent(60);
            products.add(new Product(id, ean, title, category, chance.pick(SampleCatalogue.VENDORS), price, rating,
                    launch(chance, early)));
        }
        return products;
    }

    /** Twelve random digits and the GS1 check digit. */
    private static String ean(Chance chance) {
        StringBuilder digits = new StringBuilder(13);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = i == 0 ? chance.between(1, 9) : chance.between(0, 9);
            digits.append(digit);
            sum += i % 2 == 0 ? digit : 3 * digit;
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }

    private static Instant launch(Chance chance, boolean early) {
        LocalDate from = early ? SampleTimeline.FIRST_SIGN_UP_DAY : LATE_LAUNCHES_FROM;
        LocalDate until = early ? LATE_LAUNCHES_FROM.minusDays(1) : LATE_LAUNCHES_UNTIL;
        LocalDate day = from.plusDays(chance.between(0, (int) ChronoUnit.DAYS.between(from, until)));
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(chance.between(8 * 3600, 18 * 3600));
    }
}
