/**
 * Home's page beans: recent and pinned items, the first-run tour, and {@link com.insightiq.home.view.Visits} that
 * pages call when a question or dashboard is opened. No logic beyond what the page shows; all through the boundaries.
 */
package com.insightiq.home.view;
