package com.insightiq.system.nlq;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** One line on where the figures were measured: cores, CPU, memory, JDK. */
final class Machine {
    private Machine() {
    }

    static String facts() {
        long bytes = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "Machine: %d cores (%s), %.0f GB RAM; JDK %s; server heap -Xmx2g; load"
                + " average at the end %s (other work on the machine slows every figure).%n",
                Runtime.getRuntime().availableProcessors(), cpu(), bytes / 1e9, System.getProperty("java.version"),
                loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
