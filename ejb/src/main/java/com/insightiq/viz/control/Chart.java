package com.insightiq.viz.control;

import com.insightiq.viz.boundary.Sampling;

/** A drawn chart: its Chart.js configuration (JSON) and whether points were left out. */
public record Chart(String config, Sampling sampling) {
}
