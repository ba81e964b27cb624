package com.insightiq.sample.control;

/**
 * A place customers live. {@code postalPattern} has one {@code #} per random digit; {@code weight} is the relative
 * number of customers within its region.
 */
record City(String name, String state, String country, Region region, double latitude, double longitude,
            String postalPattern, int weight) {
}
