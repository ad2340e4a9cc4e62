package dev.liveblog.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveblog.common.cli.CommandLines;
import dev.liveblog.common.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark command end to end on a tiny scale, against the embedded broker it starts: it must keep working as
 * the pipeline changes. Its figures are not judged here (speed is reported, never asserted); only that every group
 * reported a measurement and that the profile was summarised.
 */
class BenchmarkSuiteTest {

    @Test
    void shouldRefuseANegativeNumberOfWarmUpRunsBeforeStartingAnything(@TempDir final Path out) {
        assertEquals(ExitCodes.USAGE, CommandLines.execute(new BenchmarkSuite(), "--warm-up-runs", "-1", "--out",
                out.toString()));
        assertTrue(Files.notExists(out.resolve("results.json")));
    }

    @Test
    void shouldMeasureEveryGroupAndWriteTheTableAsJson(@TempDir final Path out) throws IOException {
        // when the suite runs at a hundredth of its size, with one warm-up run, the profile and without JMH
        final int exit = CommandLines.execute(new BenchmarkSuite(), "--scale", "0.01", "--warm-up-runs", "1",
                "--skip-jmh", "--profile", "--out", out.toString());

        // then it succeeded and wrote one row per figure, each with a positive measurement
        assertEquals(0, exit);
        final JsonNode results = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        final Set<String> groups = new TreeSet<>();
        final List<String> names = new ArrayList<>();
        for (final JsonNode figure : results.get("figures")) {
            groups.add(figure.get("group").asText());
            names.add(figure.get("name").asText());
            assertTrue(figure.get("ours").asDouble() > 0, () -> figure + " has no measurement");
        }
        assertEquals(Set.of("producer", "topology", "latency", "consumer"), groups);
        assertEquals(9, names.size(), () -> "figures: " + names);
        assertTrue(results.get("context").get("cores").asInt() > 0);

        // and the profile of the full processor names the pipeline's steps
        final String profile = Files.readString(out.resolve("profile.txt"));
        // (every step is listed, sampled or not: what shows the profile saw the pipeline is a share above zero; a
        // run of a hundredth of the suite gives a few dozen samples, which may all miss one cheap step, so the
        // pipeline's steps are counted together)
        double pipeline = 0;
        for (final String step : List.of("furniture classification", "deduplication", "enrichment")) {
            final java.util.regex.Matcher share = java.util.regex.Pattern
                    .compile("(\\d+\\.\\d)%\\s+" + step + "\\n").matcher(profile);
            assertTrue(share.find(), () -> step + " missing from the profile:\n" + profile);
            pipeline += Double.parseDouble(share.group(1));
        }
        assertTrue(pipeline > 0, () -> "the pipeline's steps have no samples:\n" + profile);
        assertTrue(Files.exists(out.resolve("full-processor-eos.jfr")));
    }
}
