package com.insightiq.home.boundary;

import java.util.List;

/**
 * Whether Home offers the member the first-run tour, and the tables it can start from. {@code defaultTableId}: the
 * sample database's Orders when the tenant has it, else the first table; null when there is no table at all.
 */
public record TourState(boolean show, List<TableChoice> tables, Long defaultTableId) {
    public static final TourState HIDDEN = new TourState(false, List.of(), null);
}
