/** Home's REST: the caller's recent and pinned questions and dashboards. Records in and out; no logic. */
package com.insightiq.home.api;
