package dev.liveblog.schema.serde;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A catalog that knows the schemas bundled with the build and those writers left in a shared channel (the schemas
 * topic), so a reader decodes records of a newer writer it was not built with, without a redeploy.
 *
 * <p>A fingerprint the build knows never leaves memory (and Avro's decoder remembers every schema it resolved, so
 * the catalog is asked once per new fingerprint). On a miss the channel is read from where the last read stopped
 * to its end; what it holds is parsed with Avro's own parser and kept. A fingerprint that is still unknown fails
 * with a {@link SerializationException} naming it and the channel (the record is undecodable: dead-lettered), and
 * is not looked up again for {@code retryAfter}, so a stream of such records costs one read per interval, not one
 * per record. A channel that cannot be read fails with a {@link SchemaChannelException}: the record is not at
 * fault, and must not be dead-lettered.
 */
public final class SharedSchemaCatalog implements SchemaCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(SharedSchemaCatalog.class);
    /** How long an unknown fingerprint is reported as unknown before the channel is read again for it. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(10);

    private final SchemaStore bundled;
    private final SchemaChannel channel;
    private final long retryAfterNanos;
    private final LongSupplier nanoClock;
    private final Map<Long, Schema> fetched = new ConcurrentHashMap<>();
    private final Map<Long, String> rejected = new ConcurrentHashMap<>();
    private final Map<Long, Long> missedAt = new ConcurrentHashMap<>();
    private final Set<Long> published = ConcurrentHashMap.newKeySet();

    /**
     * @param bundled the schemas the build knows (looked up first, never through the channel)
     * @param channel where writers publish their schemas
     * @param retryAfter how long a fingerprint not found is not looked up again
     * @param nanoClock {@link System#nanoTime}, or a test's clock
     */
    public SharedSchemaCatalog(final SchemaStore bundled, final SchemaChannel channel, final Duration retryAfter,
                               final LongSupplier nanoClock) {
        this.bundled = Objects.requireNonNull(bundled, "bundled");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.retryAfterNanos = retryAfter.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The public contract's history and a channel, with the default retry interval. */
    public static SharedSchemaCatalog over(final SchemaChannel channel) {
        return new SharedSchemaCatalog(SchemaHistory.contract().store(), channel, DEFAULT_RETRY_AFTER,
                System::nanoTime);
    }

    /**
     * The writer schema with this fingerprint.
     *
     * @throws SerializationException when neither the build nor the channel has it, naming both
     */
    @Override
    public Schema findByFingerprint(final long fingerprint) {
        final Schema known = bundled.findByFingerprint(fingerprint);
        if (known != null) {
            return known;
        }
        final Schema seen = fetched.get(fingerprint);
        return seen != null ? seen : lookUp(fingerprint);
    }

    private synchronized Schema lookUp(final long fingerprint) {
        final Schema meanwhile = fetched.get(fingerprint);
        if (meanwhile != null) {
            return meanwhile;
        }
        final Long missed = missedAt.get(fingerprint);
        final long now = nanoClock.getAsLong();
        if (missed != null && now - missed < retryAfterNanos) {
            throw new SerializationException(notFound(fingerprint, ""));
        }
        // A channel that cannot be read says nothing about the record: that fails the task (the exception is not a
        // SerializationException), and the record is read again once the channel is back.
        read();
        final Schema found = fetched.get(fingerprint);
        if (found == null) {
            missedAt.put(fingerprint, now);
            throw new SerializationException(notFound(fingerprint, ""));
        }
        missedAt.remove(fingerprint);
        return found;
    }

    private void read() {
        for (final Map.Entry<String, String> entry : channel.readNew().entrySet()) {
            final OptionalLong key = Fingerprints.parseHex(entry.getKey());
            if (key.isEmpty() || entry.getValue() == null) {
                LOG.warn("Ignoring an entry of {} with key '{}': not a 16-hex-digit fingerprint with a schema",
                        channel.name(), entry.getKey());
                continue;
            }
            try {
                final Schema schema = new Schema.Parser().parse(entry.getValue());
                final long actual = Fingerprints.of(schema);
                if (actual == key.getAsLong()) {
                    fetched.put(actual, schema);
                    rejected.remove(actual);
                } else {
                    reject(key.getAsLong(), "its schema's fingerprint is " + Fingerprints.hex(actual));
                }
            } catch (final SchemaParseException e) {
                reject(key.getAsLong(), "it is not a valid Avro schema (" + e.getMessage() + ")");
            }
        }
    }

    private void reject(final long key, final String why) {
        rejected.put(key, why);
        LOG.warn("Ignoring the entry of {} for fingerprint {}: {}", channel.name(), Fingerprints.hex(key), why);
    }

    private String notFound(final long fingerprint, final String detail) {
        final String rejection = rejected.get(fingerprint);
        return "no writer schema with fingerprint " + Fingerprints.hex(fingerprint)
                + ": it is not among the schemas released with this build, nor in " + channel.name()
                + (rejection == null ? "" : " (its entry there was ignored: " + rejection + ")") + detail
                + "; a writer publishes its schema there before its first record";
    }

    /**
     * Writes the schema to the channel the first time this catalog sees it.
     *
     * @throws SerializationException when the channel cannot take it; the next call tries again
     */
    @Override
    public void publish(final Schema writerSchema) {
        final long fingerprint = Fingerprints.of(writerSchema);
        if (published.contains(fingerprint)) {
            return;
        }
        channel.write(Fingerprints.hex(fingerprint), writerSchema.toString());
        published.add(fingerprint);
        LOG.info("Published writer schema {} ({}) to {}", writerSchema.getFullName(), Fingerprints.hex(fingerprint),
                channel.name());
    }
}
