/**
 * The dashboard pages: the signed-in page ({@code /t/{slug}/dashboard/{id}}) and the anonymous public and embedded
 * pages. Beans here only load the dashboard as JSON for dashboard.js; cards run through the feed servlet or the public
 * REST API, never through Faces. Never touch entities or run queries here.
 */
package com.insightiq.dashboard.view;
