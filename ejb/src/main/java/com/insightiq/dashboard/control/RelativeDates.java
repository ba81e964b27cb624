package com.insightiq.dashboard.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative date ranges ("past30days", "thisquarter", "ytd", …) as days, counted from a given today (the caller takes
 * it in the tenant's reporting zone). "past N" and "next N" periods leave out the current one, as in Metabase; weeks
 * start on Monday (ISO).
 */
final class RelativeDates {
    private static final Pattern PAST_NEXT = Pattern.compile("(past|next)([0-9]{1,4})(days|weeks|months|quarters|years)");

    private RelativeDates() {
    }

    /** The range {@code code} names, or empty when it is not a relative range. */
    static Optional<FilterValue.Dates> of(String code, LocalDate today) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        Matcher m = PAST_NEXT.matcher(c);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2));
            if (n < 1) {
                return Optional.empty();
            }
            return Optional.of(m.group(1).equals("past") ? past(n, m.group(3), today) : next(n, m.group(3), today));
        }
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate month = today.withDayOfMonth(1);
        LocalDate quarter = quarterStart(today);
        LocalDate year = today.withDayOfYear(1);
        return Optional.ofNullable(switch (c) {
            case "today" -> days(today, today);
            case "yesterday" -> days(today.minusDays(1), today.minusDays(1));
            case "thisweek" -> days(week, week.plusDays(6));
            case "thismonth" -> days(month, month.plusMonths(1).minusDays(1));
            case "thisquarter" -> days(quarter, quarter.plusMonths(3).minusDays(1));
            case "thisyear" -> days(year, year.plusYears(1).minusDays(1));
            case "lastweek" -> past(1, "weeks", today);
            case "lastmonth" -> past(1, "months", today);
            case "lastquarter" -> past(1, "quarters", today);
            case "lastyear" -> past(1, "years", today);
            case "ytd" -> days(year, today);
            case "qtd" -> days(quarter, today);
            case "mtd" -> days(month, today);
            default -> null;
        });
    }

    private static FilterValue.Dates past(int n, String unit, LocalDate today) {
        LocalDate current = periodStart(unit, today);
        return days(current.minus(n * size(unit), chrono(unit)), current.minusDays(1));
    }

    private static FilterValue.Dates next(int n, String unit, LocalDate today) {
        LocalDate following = periodStart(unit, today).plus(size(unit), chrono(unit));
        return days(following, following.plus((long) n * size(unit), chrono(unit)).minusDays(1));
    }

    private static LocalDate periodStart(String unit, LocalDate today) {
        return switch (unit) {
            case "days" -> today;
            case "weeks" -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "months" -> today.withDayOfMonth(1);
            case "quarters" -> quarterStart(today);
            default -> today.withDayOfYear(1);
        };
    }

    private static long size(String unit) {
        return unit.equals("quarters") ? 3 : 1;
    }

    private static ChronoUnit chrono(String unit) {
        return switch (unit) {
            case "days" -> ChronoUnit.DAYS;
            case "weeks" -> ChronoUnit.WEEKS;
            case "months", "quarters" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    private static FilterValue.Dates days(LocalDate from, LocalDate to) {
        return new FilterValue.Dates(from, to);
    }
}
