/** The global search of the top bar: ranked hits of every kind the caller may open. */
package com.insightiq.search.boundary;
