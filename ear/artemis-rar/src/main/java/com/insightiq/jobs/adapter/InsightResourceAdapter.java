package com.insightiq.jobs.adapter;

import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;

/**
 * The stock Artemis adapter leaves its static client thread pools running when it stops, so every redeploy of the EAR
 * leaked threads bound to the old class loader. Stopping also clears them.
 */
public class InsightResourceAdapter extends ActiveMQResourceAdapter {
    private static final long serialVersionUID = 1L;

    @Override
    public void stop() {
        try {
            super.stop();
        } finally {
            ActiveMQClient.clearThreadPools();
        }
    }
}
