package dev.liveblog.consumer;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topic;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.consumer.sink.FileFormat;
import dev.liveblog.consumer.sink.FileSink;
import dev.liveblog.consumer.sink.RecordSink;
import dev.liveblog.consumer.sink.SnapshotSink;
import dev.liveblog.consumer.sink.StdoutSink;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.QuoteEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/** Wires a topic of the registry to an output: a file (exactly once) or standard output. */
public final class Outputs {

    /** Standard output, as an output name. */
    public static final String STDOUT = "-";

    /** The streams a consumer can write. */
    public enum Stream {
        CANONICAL, FILTERED, QUOTES
    }

    /** How the canonical stream is written. */
    public enum Mode {
        /** Every event: creates and updates, in topic order, exactly once. */
        STREAM,
        /** The latest version of each item, the whole file replaced after each batch. */
        SNAPSHOT
    }

    private Outputs() {
    }

    public static TopicWriter<?> writer(final Settings settings, final Stream stream, final Mode mode,
                                        final String output, final FileFormat format) {
        return writer(settings, stream, mode, output, format, new SimpleMeterRegistry());
    }

    /** The writer of {@code stream}, its meters in {@code registry}. */
    public static TopicWriter<?> writer(final Settings settings, final Stream stream, final Mode mode,
                                        final String output, final FileFormat format, final MeterRegistry registry) {
        final Topics topics = Topics.from(settings);
        if (mode == Mode.SNAPSHOT) {
            if (stream != Stream.CANONICAL || STDOUT.equals(output)) {
                throw new UserException(ExitCodes.USAGE,
                        "--mode snapshot writes the canonical stream to an --output file");
            }
            return writer(settings, topics.canonical(), new SnapshotSink(Path.of(output), format), registry);
        }
        return switch (stream) {
            case CANONICAL -> writer(settings, topics.canonical(),
                    sink(CanonicalEntry.getClassSchema(), output, format), registry);
            case FILTERED -> writer(settings, topics.filtered(), sink(FilteredEntry.getClassSchema(), output, format),
                    registry);
            case QUOTES -> writer(settings, topics.quotes(), sink(QuoteEvent.getClassSchema(), output, format),
                    registry);
        };
    }

    /** A writer of one topic to a file of {@code schema}'s records, or to standard output. */
    public static <V extends SpecificRecord> TopicWriter<V> writer(
            final Settings settings, final Topic<String, V> topic, final Schema schema, final String output,
            final FileFormat format) {
        return writer(settings, topic, sink(schema, output, format));
    }

    private static <V extends SpecificRecord> RecordSink<V> sink(final Schema schema, final String output,
                                                                 final FileFormat format) {
        final RecordSink<V> sink;
        if (STDOUT.equals(output)) {
            if (format != FileFormat.JSONL) {
                throw new UserException(ExitCodes.USAGE, "--format " + format.name().toLowerCase(Locale.ROOT)
                        + " needs an --output file; standard output takes jsonl");
            }
            sink = new StdoutSink<>(System.out);
        } else {
            sink = FileSink.open(Path.of(output), format, schema);
        }
        return sink;
    }

    /** A writer of one topic into a sink of the caller's making. */
    public static <V extends SpecificRecord> TopicWriter<V> writer(
            final Settings settings, final Topic<String, V> topic, final RecordSink<V> sink) {
        return writer(settings, topic, sink, new SimpleMeterRegistry());
    }

    /** A writer of one topic into a sink of the caller's making, its meters in {@code registry}. */
    public static <V extends SpecificRecord> TopicWriter<V> writer(
            final Settings settings, final Topic<String, V> topic, final RecordSink<V> sink,
            final MeterRegistry registry) {
        return new TopicWriter<>(settings.kafkaProperties(), topic, sink, Topics.from(settings).deadLetter(),
                registry);
    }
}
