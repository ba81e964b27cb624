package com.insightiq.system.nlq;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The Markdown that the evaluation prints and writes to summary.md: accuracy, precision on answered and share answered
 * (overall, per category, per database) with their counts, then the latency, memory and startup figures against the
 * issue's goals.
 */
final class EvaluationSummary {
    static final double ACCURACY_GOAL = 0.60;
    static final double PRECISION_GOAL = 0.95;
    static final long P50_GOAL_MS = 100;
    static final long P99_GOAL_MS = 500;

    /** Client-side translate times of the measured passes (successful replies only) and what failed meanwhile. */
    record Latencies(int passes, int clients, List<Long> millis, int errors) {
    }

    /** What the pipeline reported and how long it took to become ready; null where unknown. */
    record Pipeline(String status, Double loadSeconds, Long heapBytes, Double startupPolledSeconds,
            Double startupServerSeconds, Long serverLiveHeapBytes, String note) {
    }

    private EvaluationSummary() {
    }

    static String render(String heading, List<DevAnswer> answers, Scoring.Scores scores, Latencies firstPass,
            Latencies measured, Pipeline pipeline) {
        StringBuilder out = new StringBuilder("## ").append(heading).append("\n\n");
        Counts all = Counts.of(answers, scores);
        out.append("| NLQ evaluation | Figure | Goal | |\n|---|---:|---|---|\n");
        out.append(goalRow("Execution accuracy (correct ÷ all)", all.accuracy(), all.passed + "/" + all.total,
                ACCURACY_GOAL));
        out.append(goalRow("Precision on answered (correct ÷ answered)", all.precision(),
                all.answeredPassed + "/" + all.answered, PRECISION_GOAL));
        out.append("| Share answered (answered ÷ all) | ").append(percent(all.share())).append(" (").append(all.answered)
                .append("/").append(all.total).append(") | | |\n");
        out.append("| Ambiguous / cannot answer | ").append(all.ambiguous).append(" / ").append(all.cannot)
                .append(" | | |\n");
        out.append("| Failed calls (counted as cannot answer) | ").append(all.failed).append(" | 0 | ")
                .append(all.failed == 0 ? "✔" : "✘").append(" |\n\n");
        out.append(breakdown("Category", answers, scores, a -> a.question().category()));
        out.append(breakdown("Database", answers, scores, a -> a.question().db()));
        out.append(latencyTable(firstPass, measured, pipeline));
        List<String> failures = answers.stream().filter(DevAnswer::failed).limit(3)
                .map(a -> a.question().id() + ": " + a.error()).toList();
        if (!failures.isEmpty()) {
            out.append("\nFirst failed calls:\n");
            failures.forEach(f -> out.append("- ").append(f.replace('\n', ' ')).append('\n'));
        }
        return out.toString();
    }

    private static String breakdown(String what, List<DevAnswer> answers, Scoring.Scores scores,
            Function<DevAnswer, String> key) {
        Map<String, List<DevAnswer>> groups = new TreeMap<>();
        answers.forEach(a -> groups.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a));
        StringBuilder out = new StringBuilder("| ").append(what)
                .append(" | Questions | Answered | Correct | Accuracy | Precision on answered | Share answered"
                        + " | Ambiguous | Cannot answer |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        groups.forEach((name, group) -> out.append(row(name, Counts.of(group, scores))));
        out.append(row("**all**", Counts.of(answers, scores)));
        return out.append('\n').toString();
    }

    private static String row(String name, Counts c) {
        return "| " + name + " | " + c.total + " | " + c.answered + " | " + c.passed + " | " + percent(c.accuracy())
                + " | " + (c.answered == 0 ? "–" : percent(c.precision())) + " | " + percent(c.share()) + " | "
                + c.ambiguous + " | " + c.cannot + " |\n";
    }

    private static String latencyTable(Latencies first, Latencies measured, Pipeline p) {
        List<Long> sorted = new ArrayList<>(measured.millis());
        Collections.sort(sorted);
        List<Long> firstSorted = new ArrayList<>(first.millis());
        Collections.sort(firstSorted);
        String passes = measured.passes() + (measured.passes() == 1 ? " pass × " : " passes × ") + (measured.millis().size() + measured.errors())
                / Math.max(1, measured.passes()) + " questions after a warm-up pass, " + measured.clients() + " client";
        StringBuilder out = new StringBuilder("| NLQ benchmark | Figure | Goal | |\n|---|---:|---|---|\n");
        out.append(latencyRow("translate p50 (" + passes + ")", sorted, 0.50, P50_GOAL_MS));
        out.append(latencyRow("translate p95", sorted, 0.95, 0));
        out.append(latencyRow("translate p99", sorted, 0.99, P99_GOAL_MS));
        out.append(latencyRow("translate max", sorted, 1.0, 0));
        out.append("| translate calls that failed in the measured passes | ").append(measured.errors())
                .append(" of ").append(measured.millis().size() + measured.errors()).append(" | 0 | ")
                .append(measured.errors() == 0 ? "✔" : "✘").append(" |\n");
        out.append("| first pass (the evaluation and warm-up, ").append(first.clients()).append(" clients): p50 / p99 | ")
                .append(percentile(firstSorted, 0.50)).append(" / ").append(percentile(firstSorted, 0.99))
                .append(" ms | | |\n");
        out.append("| pipeline status | ").append(p.status()).append(" | READY | ")
                .append("READY".equals(p.status()) ? "✔" : "✘").append(" |\n");
        out.append("| pipeline load time (status: loadTime / loadMillis) | ").append(seconds(p.loadSeconds())).append(" | | |\n");
        out.append("| heap the pipeline adds (status: heapBytes / heapMegabytes) | ").append(megabytes(p.heapBytes())).append(" | | |\n");
        out.append("| startup: deploy → status READY, as polled | ").append(seconds(p.startupPolledSeconds()))
                .append(" | | |\n");
        out.append("| startup: deploy → READY by the server's clock (status.since) | ")
                .append(seconds(p.startupServerSeconds())).append(" | | |\n");
        out.append("| server live heap after the passes (jcmd, after a full GC) | ")
                .append(megabytes(p.serverLiveHeapBytes())).append(" | | |\n");
        if (p.note() != null) {
            out.append("\n").append(p.note()).append('\n');
        }
        return out.toString();
    }

    private static String latencyRow(String what, List<Long> sorted, double p, long goalMs) {
        String figure = percentile(sorted, p);
        if (goalMs == 0) {
            return "| " + what + " | " + figure + " ms | | |\n";
        }
        boolean met = !sorted.isEmpty() && Long.parseLong(figure) <= goalMs;
        return "| " + what + " | **" + figure + " ms** | ≤ " + goalMs + " ms | " + (met ? "✔" : "✘") + " |\n";
    }

    private static String goalRow(String what, double value, String counts, double goal) {
        return "| " + what + " | **" + percent(value) + "** (" + counts + ") | ≥ " + Math.round(goal * 100) + " % | "
                + (value >= goal ? "✔" : "✘") + " |\n";
    }

    static String percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return "–";
        }
        return String.valueOf(sorted.get(Math.max(0, Math.min(sorted.size() - 1,
                (int) Math.ceil(p * sorted.size()) - 1))));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String seconds(Double s) {
        return s == null ? "–" : String.format(Locale.ROOT, "%.1f s", s);
    }

    private static String megabytes(Long bytes) {
        return bytes == null ? "–" : String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }

    /** The counts behind one row; a question counts as correct only when the scorer passed it. */
    private record Counts(int total, int answered, int passed, int answeredPassed, int ambiguous, int cannot,
            int failed) {
        static Counts of(List<DevAnswer> answers, Scoring.Scores scores) {
            int answered = 0, passed = 0, answeredPassed = 0, ambiguous = 0, cannot = 0, failed = 0;
            for (DevAnswer a : answers) {
                boolean ok = scores.passed().getOrDefault(a.question().id(), false);
                passed += ok ? 1 : 0;
                if (a.answered()) {
                    answered++;
                    answeredPassed += ok ? 1 : 0;
                } else if (DevAnswer.AMBIGUOUS.equals(a.status())) {
                    ambiguous++;
                } else {
                    cannot++;
                }
                failed += a.failed() ? 1 : 0;
            }
            return new Counts(answers.size(), answered, passed, answeredPassed, ambiguous, cannot, failed);
        }

        double accuracy() {
            return total == 0 ? 0 : passed / (double) total;
        }

        double precision() {
            return answered == 0 ? 0 : answeredPassed / (double) answered;
        }

        double share() {
            return total == 0 ? 0 : answered / (double) total;
        }
    }
}
