/**
 * The x-ray generator (a dashboard plan from a catalog table's semantic types), the catalog reads it needs, the example
 * questions on the sample database, and the writer of system-owned content. Decides nothing about rights.
 */
package com.insightiq.home.control;
