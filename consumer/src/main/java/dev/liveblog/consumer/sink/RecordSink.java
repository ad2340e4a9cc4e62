package dev.liveblog.consumer.sink;

import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.TopicPartition;

/** Where the consumer writes records, batch by batch. */
public interface RecordSink<V extends SpecificRecord> extends AutoCloseable {

    /** The offsets to resume from: what the sink has durably written, empty when it keeps none. */
    Map<TopicPartition, Long> committedOffsets();

    /**
     * Whether the sink's own offsets decide where reading starts. When true, a partition the sink has never
     * written is read from its beginning, whatever the consumer group committed (a new file must be complete).
     */
    boolean keepsOffsets();

    /**
     * Writes a batch and makes it durable together with the offsets to resume from after it; when this returns,
     * a crash loses nothing of the batch and a restart does not write it again.
     */
    void write(List<V> records, Map<TopicPartition, Long> nextOffsets);

    @Override
    void close();
}
