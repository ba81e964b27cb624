/**
 * Home: the member's recent and pinned questions and dashboards, the first-run tour that builds a dashboard from a
 * table, and the demo tenant's examples. Never stores question or dashboard content of its own: it saves through the
 * collections, questions and dashboards boundaries (the examples, written with no one signed in, through
 * {@link com.insightiq.home.control.SystemContent}).
 */
package com.insightiq.home.boundary;
