/** The global search under /t/{slug}/api/v1/search. */
package com.insightiq.search.api;
