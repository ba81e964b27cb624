package com.insightiq.nlq.control;

import com.insightiq.connection.control.TimeGrain;
import java.time.LocalDate;

/**
 * A time range found over words [{@code first}, {@code end}) before prepositions are applied. {@code yearGiven} is false
 * when the words named no year ("March", "Q3") and the reference year was assumed, so "from November to February
 * 2025" can move November into the year the other end names.
 */
record TimeSpan(int first, int end, LocalDate from, LocalDate to, TimeGrain grain, boolean yearGiven) {

    boolean overlaps(TimeSpan other) {
        return first < other.end && other.first < end;
    }

    TimeSpan widen(int newFirst, int newEnd) {
        return new TimeSpan(newFirst, newEnd, from, to, grain, yearGiven);
    }

    TimeSpan range(LocalDate newFrom, LocalDate newTo) {
        return new TimeSpan(first, end, newFrom, newTo, grain, yearGiven);
    }

    TimeSpan shiftYears(long years) {
        return new TimeSpan(first, end, from == null ? null : from.plusYears(years), to == null ? null : to.plusYears(years),
                grain, true);
    }
}
