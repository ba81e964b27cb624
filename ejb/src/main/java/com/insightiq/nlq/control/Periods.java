package com.insightiq.nlq.control;

import com.insightiq.connection.control.TimeGrain;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic for time phrases: weeks start on Monday (ISO 8601, as SUTime's), quarters are calendar ones. */
final class Periods {

    private Periods() {
    }

    /** The first day of the {@code grain} period that contains {@code day}. */
    static LocalDate start(LocalDate day, TimeGrain grain) {
        return switch (grain) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
            default -> day;
        };
    }

    static LocalDate plus(LocalDate day, TimeGrain grain, long amount) {
        return switch (grain) {
            case WEEK -> day.plusWeeks(amount);
            case MONTH -> day.plusMonths(amount);
            case QUARTER -> day.plusMonths(3 * amount);
            case YEAR -> day.plusYears(amount);
            default -> day.plusDays(amount);
        };
    }

    /** The whole calendar period {@code offset} periods away from the one containing {@code day}. */
    static TimeSpan around(int first, int end, LocalDate day, TimeGrain grain, long offset) {
        LocalDate from = plus(start(day, grain), grain, offset);
        return new TimeSpan(first, end, from, plus(from, grain, 1), grain, true);
    }

    /**
     * The rolling window of {@code amount} periods that ends with the reference day, the reference day included:
     * "last 30 days" on 2025-05-14 is 2025-04-15 up to and including 2025-05-14.
     */
    static TimeSpan rolling(int first, int end, LocalDate reference, TimeGrain grain, long amount) {
        LocalDate to = reference.plusDays(1);
        return new TimeSpan(first, end, plus(to, grain, -amount), to, grain, true);
    }

    /** The finer of two grains (DAY is finer than MONTH); null when both are null. */
    static TimeGrain finer(TimeGrain a, TimeGrain b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
