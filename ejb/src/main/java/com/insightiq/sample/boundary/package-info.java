/** Brings the sample database to the demo tenant at startup: load once, register once, sync. */
package com.insightiq.sample.boundary;
