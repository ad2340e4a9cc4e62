package dev.liveblog.consumer.sink;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Writes JSON Lines to standard output. A stream cannot be cut back after a crash, so this sink keeps no offsets
 * of its own: the consumer commits to Kafka after each batch is written (at least once).
 */
public final class StdoutSink<V extends SpecificRecord> implements RecordSink<V> {

    private final PrintStream out;

    public StdoutSink(final PrintStream out) {
        this.out = out;
    }

    @Override
    public Map<TopicPartition, Long> committedOffsets() {
        return Map.of();
    }

    @Override
    public boolean keepsOffsets() {
        return false;
    }

    @Override
    public void write(final List<V> records, final Map<TopicPartition, Long> nextOffsets) {
        for (final V record : records) {
            out.println(JsonRecords.toJson(record));
        }
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }
}
