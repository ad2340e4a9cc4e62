package dev.liveblog.benchmarks.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a JVM of its own, with this JVM's class path and the same heap, and returns what it printed.
 * Tools that call {@code System.exit} or keep their own statics (Kafka's ProducerPerformance) run this way, and so
 * does our producer, so that both are measured alike.
 */
final class ChildJvm {

    private static final long TIMEOUT_MINUTES = 5;
    /** More JVM options for every child, e.g. to profile one: {@code -XX:StartFlightRecording=filename=child.jfr}. */
    static final String EXTRA_OPTIONS = "LIVEBLOG_BENCH_CHILD_OPTS";

    private ChildJvm() {
    }

    static String run(final Path workDir, final String mainClass, final List<String> args) {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms1g");
        command.add("-Xmx1g");
        command.add("-D" + BenchmarkSuite.LOGBACK_CONFIG + "=" + BenchmarkSuite.LOGBACK_FILE);
        final String extra = System.getenv(EXTRA_OPTIONS);
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        try {
            final Path out = Files.createTempFile(workDir, "child-", ".out");
            final Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(mainClass + " did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            final String printed = Files.readString(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(mainClass + " exited with " + process.exitValue() + ": " + excerpt(printed));
            }
            return printed;
        } catch (final IOException e) {
            throw new IllegalStateException("cannot run " + mainClass + ": " + e.getMessage(), e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + mainClass, e);
        }
    }

    /** What the child printed first (usually the error) and last, short enough for one message. */
    private static String excerpt(final String printed) {
        final String trimmed = printed.strip();
        return trimmed.length() <= 800 ? trimmed
                : trimmed.substring(0, 400) + " ... " + trimmed.substring(trimmed.length() - 400);
    }
}
