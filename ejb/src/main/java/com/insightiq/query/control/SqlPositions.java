package com.insightiq.query.control;

/**
 * Maps a character position in the SQL that was sent (snippets expanded, variables turned into markers, perhaps
 * wrapped for paging) back to the SQL the person wrote, and turns it into a line and column. Exact wherever the two
 * texts agree; inside a changed stretch it finds the text at the error in the original, nearest to where it should be.
 */
public final class SqlPositions {
    private static final int[] PROBES = {32, 16, 8, 4};

    private SqlPositions() {
    }

    /** A 1-based line and column. */
    public record LineColumn(int line, int column) {
    }

    /** 0-based index in {@code written} for a 0-based index in {@code sent}. */
    public static int toWritten(String written, String sent, int sentIndex) {
        int index = Math.max(0, Math.min(sentIndex, sent.length()));
        if (written.equals(sent)) {
            return index;
        }
        int prefix = commonPrefix(written, sent);
        if (index < prefix) {
            return index;
        }
        int suffix = commonSuffix(written, sent, prefix);
        int fromEnd = sent.length() - index;
        if (fromEnd <= suffix) {
            return written.length() - fromEnd;
        }
        int changedWritten = written.length() - prefix - suffix;
        int changedSent = Math.max(1, sent.length() - prefix - suffix);
        int expected = prefix + (int) ((long) (index - prefix) * changedWritten / changedSent);
        for (int length : PROBES) {
            if (index + length > sent.length()) {
                continue;
            }
            String probe = sent.substring(index, index + length);
            int found = nearest(written, probe, expected, prefix, written.length() - suffix);
            if (found >= 0) {
                return found;
            }
        }
        return Math.min(prefix, Math.max(0, written.length() - 1));
    }

    public static LineColumn lineColumn(String text, int index) {
        int line = 1;
        int lineStart = 0;
        int end = Math.max(0, Math.min(index, text.length()));
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new LineColumn(line, end - lineStart + 1);
    }

    private static int nearest(String text, String probe, int expected, int from, int to) {
        int best = -1;
        for (int at = text.indexOf(probe, from); at >= 0 && at + probe.length() <= to;
             at = text.indexOf(probe, at + 1)) {
            if (best < 0 || Math.abs(at - expected) < Math.abs(best - expected)) {
                best = at;
            }
        }
        return best;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int commonSuffix(String a, String b, int prefix) {
        int n = Math.min(a.length(), b.length()) - prefix;
        int i = 0;
        while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }
}
