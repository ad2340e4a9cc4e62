package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged command as users run it: the jar with its lib/ directory, in a JVM of its own. */
class PackagedCommandIT {

    private static final Path JAR = Path.of("target", "liveblog.jar");

    @Test
    void shouldRunTheBundledSampleAndPrintItsCanonicalStream(@TempDir final Path out) throws Exception {
        // when 'liveblog run' runs with no input
        final Result result = run("run", "--out", out.toString());

        // then it succeeds, prints the stream with its summary, and writes both files
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stdout().contains("8 page furniture, 1 duplicates, 39 canonical items"), result.stdout());
        final java.util.regex.Matcher events = java.util.regex.Pattern.compile("the stream had (\\d+) events")
                .matcher(result.stdout());
        assertTrue(events.find(), result.stdout());
        assertEquals(Integer.parseInt(events.group(1)), Files.readAllLines(out.resolve("canonical.jsonl")).size());
        assertEquals(39, Files.readAllLines(out.resolve("canonical-snapshot.jsonl")).size());
        assertEquals(9, Files.readAllLines(out.resolve("filtered.jsonl")).size());
        assertFalse(result.stderr().contains("Exception"), result.stderr());
    }

    @Test
    void shouldAnswerAMissingInputWithOneLineAndTheBadInputExitCode() throws Exception {
        // when the input does not exist
        final Result result = run("run", "--input", "no-such-blog.txt");

        // then one readable line names it, with exit code 3 and no stack trace
        assertEquals(3, result.exitCode());
        assertEquals("liveblog run: cannot read no-such-blog.txt: no such file", result.stderr().strip());
    }

    @Test
    void shouldAnswerAnUnreachableBrokerWithOneLineAfterABoundedWait() throws Exception {
        // when the producer is pointed at a port where no broker listens
        final Result result = run("produce", "--input", "../sample/liveblog-istanbul-2025-05-16.txt",
                "--bootstrap-servers", "localhost:1", "-X", "liveblog.kafka.wait.seconds=3");

        // then it gives up with one line naming the address, and exit code 4
        assertEquals(4, result.exitCode(), result.stderr());
        final List<String> lines = result.stderr().strip().lines().filter(l -> !l.contains(" WARN ")).toList();
        assertEquals(1, lines.size(), result.stderr());
        assertTrue(lines.get(0).startsWith("liveblog produce: cannot reach Kafka at localhost:1 within 3 s"),
                lines.get(0));
    }

    @Test
    void shouldAnswerAnUnknownOptionWithUsageExitCode() throws Exception {
        final Result result = run("consume", "--no-such-option");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().startsWith("liveblog consume: Unknown option: '--no-such-option'"),
                result.stderr());
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result run(final String... args) throws Exception {
        final List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        final Process process = new ProcessBuilder(command).start();
        final var stdout = process.getInputStream();
        final var stderr = process.getErrorStream();
        final StringBuilder err = new StringBuilder();
        final Thread errReader = new Thread(() -> {
            try {
                err.append(new String(stderr.readAllBytes(), StandardCharsets.UTF_8));
            } catch (final java.io.IOException e) {
                err.append(e);
            }
        });
        errReader.start();
        final String out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "command did not finish");
        errReader.join();
        return new Result(process.exitValue(), out, err.toString());
    }
}
