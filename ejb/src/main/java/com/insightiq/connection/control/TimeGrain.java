package com.insightiq.connection.control;

/** Calendar grains for grouping by time. */
public enum TimeGrain {
    MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR
}
