/** REST for visualization settings of a whole tenant (the reporting time zone); charts come with their questions. */
package com.insightiq.viz.api;
