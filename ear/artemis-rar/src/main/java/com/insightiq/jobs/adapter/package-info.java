/** The Artemis resource adapter as packed into the EAR: the stock adapter plus a stop() that frees its client threads. */
package com.insightiq.jobs.adapter;
