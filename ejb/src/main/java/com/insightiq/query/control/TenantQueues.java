package com.insightiq.query.control;

import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One FIFO lane per tenant with a bound on running queries: a tenant that submits a hundred queries waits behind its
 * own, while every other tenant's queries start at once. Positions are visible (1 = next). Thread-safe.
 */
@ApplicationScoped
public class TenantQueues {
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

    /** Something waiting for a slot; {@link #start()} is called once, outside any lock, when it gets one. */
    public interface Ticket {
        String id();

        void start();
    }

    private static final class Lane {
        final ArrayDeque<Ticket> waiting = new ArrayDeque<>();
        int running;
        int max = 1;
    }

    /** Starts the ticket now when the tenant has a free slot, else queues it. */
    public void enqueue(Slug tenant, int maxRunning, Ticket ticket) {
        Lane lane = lanes.computeIfAbsent(tenant.schema(), k -> new Lane());
        boolean now;
        synchronized (lane) {
            lane.max = maxRunning;
            now = lane.running < lane.max && lane.waiting.isEmpty();
            if (now) {
                lane.running++;
            } else {
                lane.waiting.addLast(ticket);
            }
        }
        if (now) {
            ticket.start();
        }
    }

    /** A running ticket ended: its slot goes to the next waiting ticket of the same tenant. */
    public void release(Slug tenant) {
        Lane lane = lanes.get(tenant.schema());
        if (lane == null) {
            return;
        }
        List<Ticket> starting = new ArrayList<>();
        synchronized (lane) {
            lane.running = Math.max(0, lane.running - 1);
            while (lane.running < lane.max && !lane.waiting.isEmpty()) {
                starting.add(lane.waiting.pollFirst());
                lane.running++;
            }
        }
        starting.forEach(Ticket::start);
    }

    /** Takes a waiting ticket out of the queue; false when it already started (or never waited). */
    public boolean withdraw(Slug tenant, String id) {
        Lane lane = lanes.get(tenant.schema());
        if (lane == null) {
            return false;
        }
        synchronized (lane) {
            return lane.waiting.removeIf(t -> t.id().equals(id));
        }
    }

    /** 1 for the next ticket to start, 0 when the ticket is not waiting. */
    public int position(Slug tenant, String id) {
        Lane lane = lanes.get(tenant.schema());
        if (lane == null) {
            return 0;
        }
        synchronized (lane) {
            int position = 1;
            for (Iterator<Ticket> it = lane.waiting.iterator(); it.hasNext(); position++) {
                if (it.next().id().equals(id)) {
                    return position;
                }
            }
            return 0;
        }
    }

    public int running(Slug tenant) {
        Lane lane = lanes.get(tenant.schema());
        if (lane == null) {
            return 0;
        }
        synchronized (lane) {
            return lane.running;
        }
    }
}
