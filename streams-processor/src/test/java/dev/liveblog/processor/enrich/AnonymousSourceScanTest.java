package dev.liveblog.processor.enrich;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.processor.text.ScanCheck;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unnamed-source pattern, tried only where a match can begin, finds what it finds tried everywhere. */
class AnonymousSourceScanTest {

    @Test
    void shouldFindUnnamedSourcesAsFindDoes() throws IOException {
        final long found = ScanCheck.assertSameAsFind(SpeakerResolver.ANONYMOUS_SCAN, List.of("a", "A", "an", "An",
                "AN", "according", "to", "According", "senior", "diplomatic", "source", "official", "Official",
                "said", "says", "told", "added", "has", "spokesperson", "aide", "negotiator", "x", "é", "(", "."));
        assertTrue(found > 100, found + " matches");
    }
}
