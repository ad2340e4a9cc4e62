package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged command as users run it: the jar with its lib/ directory, in a JVM of its own. */
class PackagedCommandIT {

    @Test
    void shouldRunTheBundledSampleAndPrintItsCanonicalStream(@TempDir final Path out) throws Exception {
        // when 'liveblog run' runs with no input
        final Cli.Result result = Cli.run("run", "--out", out.toString());

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
        final Cli.Result result = Cli.run("run", "--input", "no-such-blog.txt");

        // then one readable line names it, with exit code 3 and no stack trace
        assertEquals(3, result.exitCode());
        assertEquals("liveblog run: cannot read no-such-blog.txt: no such file", result.stderr().strip());
    }

    @Test
    void shouldAnswerAnUnreachableBrokerWithOneLineAfterABoundedWait() throws Exception {
        // when the producer is pointed at a port where no broker listens
        final Cli.Result result = Cli.run("produce", "--input", "../sample/liveblog-istanbul-2025-05-16.txt",
                "--bootstrap-servers", "localhost:1", "-X", "liveblog.kafka.wait.seconds=3");

        // then it gives up with one line naming the address, and exit code 4
        assertEquals(4, result.exitCode(), result.stderr());
        final List<String> lines = result.messages();
        assertEquals(1, lines.size(), result.stderr());
        assertTrue(lines.get(0).startsWith("liveblog produce: cannot reach Kafka at localhost:1 within 3 s"),
                lines.get(0));
    }

    @Test
    void shouldAnswerAnUnknownOptionWithUsageExitCode() throws Exception {
        final Cli.Result result = Cli.run("consume", "--no-such-option");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().startsWith("liveblog consume: Unknown option: '--no-such-option'"),
                result.stderr());
    }
}
