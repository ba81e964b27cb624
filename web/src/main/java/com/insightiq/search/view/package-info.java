/** The top bar's type-ahead search and the full results page. */
package com.insightiq.search.view;
