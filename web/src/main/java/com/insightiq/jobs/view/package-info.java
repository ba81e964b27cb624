/** The tenant admins' jobs page: request a run, watch recent runs. The Jobs boundary queues and checks permissions. */
package com.insightiq.jobs.view;
