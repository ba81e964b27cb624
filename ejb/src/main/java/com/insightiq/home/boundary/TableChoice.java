package com.insightiq.home.boundary;

/** A table the tour can build a dashboard from, labelled "data source · table". */
public record TableChoice(long id, String label) {
}
