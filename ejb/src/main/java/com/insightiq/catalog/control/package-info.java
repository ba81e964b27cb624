/**
 * Catalog logic without a caller: semantic-type inference, column profiles, structure hashes, the incremental diff,
 * the JDBC store the sync job writes through, and the sync trigger other capabilities call. Never checks permissions.
 */
package com.insightiq.catalog.control;
