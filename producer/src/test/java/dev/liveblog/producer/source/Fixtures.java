package dev.liveblog.producer.source;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the invented source fixtures under {@code sources/} and reads them as a fetch would have. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(final String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/sources/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Snapshot read(final String name, final String contentType, final SourceOptions options) {
        return new SourceReader().read("https://x.example/" + name, contentType, bytes(name), options);
    }

    static Snapshot read(final String name) {
        return read(name, null, SourceOptions.detect());
    }

    /** Page chrome in the fixtures is marked CHROME; no update may carry any of it. */
    static void assertNoChrome(final Snapshot snapshot) {
        for (final Update update : snapshot.updates()) {
            assertFalse(update.text().contains("CHROME"), update.text());
            assertFalse(update.headline() != null && update.headline().contains("CHROME"), update.headline());
        }
    }
}
