package com.insightiq.system.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live heap of the test server, as {@code jcmd <pid> GC.class_histogram} counts it after a full collection. What
 * survives a full collection is what the server holds, so growth of it during an export is memory the export keeps —
 * unlike "used" between collections, which mostly counts garbage not yet collected. The pid comes from the
 * domain's {@code config/pid}; jcmd from the JDK that runs the tests (the server runs on the same JDK).
 */
public final class ServerHeap {
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

    private final long pid;
    private final Path jcmd;

    private ServerHeap(long pid, Path jcmd) {
        this.pid = pid;
        this.jcmd = jcmd;
    }

    public static ServerHeap ofTestServer() {
        Path pidFile = Path.of(System.getProperty("it.home"), "domains", "insightiq", "config", "pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
            return new ServerHeap(pid, java.resolveSibling("jcmd"));
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("Cannot find the test server's process (" + pidFile + "): " + e, e);
        }
    }

    public long pid() {
        return pid;
    }

    /**
     * Bytes of live objects: {@code GC.class_histogram} collects fully and counts in one step, so garbage the export
     * makes meanwhile is not counted (a {@code GC.run} followed by {@code GC.heap_info} would count it).
     */
    public long live() {
        Matcher total = TOTAL.matcher(jcmd("GC.class_histogram"));
        if (!total.find()) {
            throw new AssertionError("No total in jcmd's class histogram");
        }
        return Long.parseLong(total.group(1));
    }

    /** The classes holding the most live bytes (a full collection first), for finding what grew. */
    public String histogram(int classes) {
        return jcmd("GC.class_histogram").lines().limit(classes + 3L).reduce("", (a, b) -> a + b + "\n");
    }

    private String jcmd(String command) {
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("jcmd " + command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("jcmd " + command + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Samples the live heap every {@code intervalMillis} on a thread of its own until closed; keeps the largest. */
    public Sampler sample(long intervalMillis) {
        return new Sampler(intervalMillis);
    }

    public final class Sampler implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();
        private volatile String peakHistogram = "";
        private final Thread thread;

        private Sampler(long intervalMillis) {
            boolean histograms = Boolean.getBoolean("it.heap.histogram");
            thread = new Thread(() -> {
                while (running.get()) {
                    long live = live();
                    if (live > peak.get() && histograms) {
                        peakHistogram = histogram(25);
                    }
                    peak.accumulateAndGet(live, Math::max);
                    samples.incrementAndGet();
                    try {
                        Thread.sleep(intervalMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "server-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        public long peak() {
            return peak.get();
        }

        public long samples() {
            return samples.get();
        }

        /** With {@code -Dit.heap.histogram=true}: the class histogram at the peak. */
        public String peakHistogram() {
            return peakHistogram;
        }

        /** Waits for the sample in progress: a collection cut short by an interrupt would leave jcmd behind. */
        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(120_000);
        }
    }
}
