/**
 * Full-text search over a tenant's schema: turning what a person typed into a safe prefix tsquery, and the one ranked
 * SQL statement across kinds. User text is only ever bound as a parameter, never spliced into SQL.
 */
package com.insightiq.search.control;
