package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.schema.CanonicalEntry;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our topics are readable by software that never saw our code: kcat (librdkafka) fetches the values and Python's
 * avro package decodes them with nothing but the .avsc files (tools/decode_topic.py). Skipped where kcat or
 * Debian's python3-avro is missing; .ci/run installs both.
 */
class InteropTest {

    private static final String PYTHON = "/usr/bin/python3";

    @Test
    void shouldLetKcatAndPythonAvroReadEveryTopicWithOnlyTheSchemaFiles(@TempDir final Path out) throws Exception {
        // given kcat and python3-avro
        assumeTrue(TestTools.onPath("kcat"), "kcat is not installed");
        assumeTrue(exec(List.of(PYTHON, "-c", "import avro")).exitCode() == 0, "python3-avro is not installed");

        // and the sample through the pipeline on a real broker
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            final LocalPipeline.Result result = SampleRunAssertions.runSample(broker.bootstrapServers(), out);

            // when each topic is read by kcat and decoded by Python
            final Exec canonical = decode(broker, "liveblog.entries.canonical", "CanonicalEntry.avsc");
            final Exec filtered = decode(broker, "liveblog.entries.filtered", "FilteredEntry.avsc");
            final Exec raw = decode(broker, "liveblog.entries.raw", "BlogEntry.avsc");

            // then every record decodes, and the canonical ids are those our consumer wrote
            assertEquals(0, canonical.exitCode(), canonical.stderr());
            assertEquals(0, filtered.exitCode(), filtered.stderr());
            assertEquals(0, raw.exitCode(), raw.stderr());
            final Set<String> ids = result.canonical().stream().map(CanonicalEntry::getCanonicalId)
                    .collect(Collectors.toSet());
            final Set<String> decodedIds = canonical.stdout().lines()
                    .map(line -> line.replaceAll("^\\{\"canonicalId\": \"([^\"]+)\".*$", "$1"))
                    .collect(Collectors.toSet());
            assertEquals(ids, decodedIds);
            assertEquals(result.filtered().size(), filtered.stdout().lines().count());
            assertEquals(48, raw.stdout().lines().count());
            assertTrue(raw.stdout().contains("\"blogZone\": \"Europe/Istanbul\""), raw.stdout());
        }
    }

    private static Exec decode(final EmbeddedKafkaBroker broker, final String topic, final String schema)
            throws Exception {
        final String kcat = "kcat -b " + broker.bootstrapServers() + " -C -t " + topic
                + " -e -q -X isolation.level=read_committed -f '%S:%s'";
        final String python = PYTHON + " ../tools/decode_topic.py ../schemas/src/main/avro/" + schema;
        return exec(List.of("bash", "-c", "set -o pipefail; " + kcat + " | " + python));
    }

    private record Exec(int exitCode, String stdout, String stderr) {
    }

    private static Exec exec(final List<String> command) throws Exception {
        final File err = File.createTempFile("interop", ".err");
        try {
            final Process process = new ProcessBuilder(command).redirectError(err).start();
            final String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "command did not finish: " + command);
            return new Exec(process.exitValue(), stdout,
                    java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            err.delete();
        }
    }
}
