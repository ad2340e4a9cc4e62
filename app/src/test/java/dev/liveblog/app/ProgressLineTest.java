package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.processor.metrics.PipelineMetrics;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.serde.AvroTrust;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void shouldShowTheCountsAndTheRateSinceTheLastLine() {
        final ProgressLine.Counts before = new ProgressLine.Counts(100, 80, 5, 15, 0);
        final ProgressLine.Counts now = new ProgressLine.Counts(1_600, 1_200, 100, 299, 1);

        assertEquals("1,600 entries read: 1,200 items, 100 duplicates, 299 furniture, 1 dead letters (300 entries/s)",
                ProgressLine.line(now, before, 5.0));
    }

    @Test
    void shouldReadTheProcessorsCounters() {
        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        final PipelineMetrics metrics = new PipelineMetrics(registry);
        metrics.entry(PipelineMetrics.Outcome.NEWS, "item");
        metrics.entry(PipelineMetrics.Outcome.NEWS, "item");
        metrics.entry(PipelineMetrics.Outcome.FURNITURE, "line");
        metrics.entry(PipelineMetrics.Outcome.DUPLICATE, "exact");
        metrics.item(item(1));
        metrics.item(item(2));

        assertEquals(new ProgressLine.Counts(4, 1, 1, 1, 0), ProgressLine.Counts.of(registry));
    }

    @Test
    void shouldEndTheLineOnATerminalWhenClosed() {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final ProgressLine progress = new ProgressLine(new SimpleMeterRegistry(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        progress.close();
        final String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("\r0 entries read"), shown);
        assertTrue(shown.endsWith("\n"), shown);
    }

    private static CanonicalEntry item(final int version) {
        AvroTrust.trustGeneratedClasses();
        return CanonicalEntry.newBuilder().setCanonicalId("c-1").setBlogId("b").setVersion(version).setText("t")
                .setMemberEntryIds(List.of()).setOrigins(List.of()).setFirstSeenAt(Instant.EPOCH)
                .setLastUpdatedAt(Instant.EPOCH).build();
    }
}
