package com.insightiq.system.nlq;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The programs the evaluation needs beside Java: python3 for the scorer, and psql or psycopg for its queries. */
final class Tools {
    private Tools() {
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Fails at once, before any work, with what to install. */
    static void requireScorerTools() {
        if (!onPath("python3")) {
            throw new AssertionError("The NLQ evaluation needs python3 on the PATH to run the set's score.py"
                    + " (apt-get install python3)");
        }
        if (!onPath("psql") && run(List.of("python3", "-c", "import psycopg")) != 0
                && run(List.of("python3", "-c", "import psycopg2")) != 0) {
            throw new AssertionError("score.py reaches PostgreSQL through psycopg, psycopg2 or the psql client;"
                    + " none is installed (apt-get install postgresql-client, or pip install psycopg)");
        }
    }

    private static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
