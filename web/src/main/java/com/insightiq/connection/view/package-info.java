/**
 * Pages for a tenant's databases: the list, the add/edit form with its connection test, and deletion by typing the
 * name. Views only carry what people type to the DataSources boundary and show its answer; a secret typed here is
 * handed on once and never rendered back into a page.
 */
package com.insightiq.connection.view;
