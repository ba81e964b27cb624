/**
 * Visualizations: which chart fits a result, what a visualization's settings may say, and a result rendered for a page
 * (a Chart.js configuration, formatted table or pivot cells, or a single figure), downsampled on the server when a
 * chart would have more points than a browser draws comfortably.
 */
package com.insightiq.viz.boundary;
