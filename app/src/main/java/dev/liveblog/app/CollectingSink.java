package dev.liveblog.app;

import dev.liveblog.consumer.sink.RecordSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.TopicPartition;

/** Passes records on to a sink and keeps a copy, so the local run can print what it wrote. */
final class CollectingSink<V extends SpecificRecord> implements RecordSink<V> {

    private final RecordSink<V> delegate;
    private final List<V> collected = new ArrayList<>();

    CollectingSink(final RecordSink<V> delegate) {
        this.delegate = delegate;
    }

    @Override
    public Map<TopicPartition, Long> committedOffsets() {
        return delegate.committedOffsets();
    }

    @Override
    public boolean keepsOffsets() {
        return delegate.keepsOffsets();
    }

    @Override
    public void write(final List<V> records, final Map<TopicPartition, Long> nextOffsets) {
        delegate.write(records, nextOffsets);
        synchronized (collected) {
            collected.addAll(records);
        }
    }

    List<V> collected() {
        synchronized (collected) {
            return List.copyOf(collected);
        }
    }

    @Override
    public void close() {
        delegate.close();
    }
}
