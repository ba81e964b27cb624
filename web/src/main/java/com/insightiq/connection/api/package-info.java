/** REST for data sources: thin mapping of HTTP onto the {@code DataSources} boundary, no logic of its own. */
package com.insightiq.connection.api;
