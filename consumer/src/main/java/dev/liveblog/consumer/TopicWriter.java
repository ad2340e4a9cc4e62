package dev.liveblog.consumer;

import dev.liveblog.common.config.ClientDefault;
import dev.liveblog.common.ops.ClusterProbe;
import dev.liveblog.common.ops.Health;
import dev.liveblog.common.ops.Ops;
import dev.liveblog.common.topics.Topic;
import dev.liveblog.consumer.sink.RecordSink;
import dev.liveblog.schema.serde.SchemaChannelException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one topic with {@code read_committed} and writes every record to a sink, batch by batch. The sink's own
 * checkpoint, not the group's committed offsets, decides where reading resumes, so a file and its offsets never
 * disagree; offsets are also committed to Kafka so that the group's lag stays visible to operators.
 *
 * <p>Every partition is assigned, not subscribed to through a group: a file is the whole topic, so two consumers
 * started with the same group id each write every record instead of silently sharing the partitions. Partitions
 * added to the topic are picked up within {@link #PARTITION_CHECK}.
 */
public final class TopicWriter<V extends SpecificRecord> implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicWriter.class);


    /** How often the topic's partitions are looked up again. */
    static final Duration PARTITION_CHECK = Duration.ofSeconds(30);

    private final KafkaConsumer<String, V> consumer;
    private final Topic<String, V> topic;
    private final RecordSink<V> sink;
    private final DeadLetters deadLetters;
    private final Map<TopicPartition, Long> positions = new HashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
    private final WriterMetrics metrics;
    private final KafkaClientMetrics clientMetrics;
    private volatile boolean running = true;
    private volatile boolean assigned;
    private volatile Throwable failure;
    private volatile long written;
    private long partitionsCheckedAt;

    public TopicWriter(final Map<String, Object> kafkaProperties, final Topic<String, V> topic,
                       final RecordSink<V> sink, final Topic<byte[], byte[]> deadLetterTopic) {
        this(kafkaProperties, topic, sink, deadLetterTopic, new SimpleMeterRegistry());
    }

    /** A writer whose meters, and its Kafka consumer's, go to {@code registry}. */
    public TopicWriter(final Map<String, Object> kafkaProperties, final Topic<String, V> topic,
                       final RecordSink<V> sink, final Topic<byte[], byte[]> deadLetterTopic,
                       final MeterRegistry registry) {
        // Defaults in code, overridden by the user's Kafka properties, except read_committed and no auto-commit.
        final Map<String, Object> props = ClientDefault.apply(LiveBlogConsumerConfig.CLIENT_DEFAULTS, null,
                kafkaProperties);
        this.consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        this.topic = topic;
        this.sink = sink;
        this.deadLetters = new DeadLetters(kafkaProperties, deadLetterTopic);
        this.metrics = new WriterMetrics(registry, topic.name());
        this.clientMetrics = new KafkaClientMetrics(consumer);
        clientMetrics.bindTo(registry);
    }

    @Override
    public void run() {
        try {
            while (running) {
                assignAll();
                pollOnce();
            }
        } catch (final WakeupException e) {
            if (running) {
                failure = e;
                throw e;
            }
        } catch (final RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            assigned = false;
            clientMetrics.close();
            consumer.close(Duration.ofSeconds(5));
            deadLetters.close();
            sink.close();
            LOG.info("Stopped writing {} after {} record(s)", topic.name(), written);
        }
    }

    /** Assigns every partition of the topic, the new ones resuming where the sink says. */
    private void assignAll() {
        final long now = System.nanoTime();
        if (partitionsCheckedAt != 0 && now - partitionsCheckedAt < PARTITION_CHECK.toNanos()) {
            return;
        }
        partitionsCheckedAt = now;
        final List<TopicPartition> all = consumer.partitionsFor(topic.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        final List<TopicPartition> added = all.stream().filter(tp -> !consumer.assignment().contains(tp)).toList();
        if (!added.isEmpty()) {
            consumer.assign(all);
            resume(added);
        }
        assigned = !consumer.assignment().isEmpty();
    }

    private void pollOnce() {
        final ConsumerRecords<String, V> records;
        try {
            records = consumer.poll(Duration.ofMillis(200));
        } catch (final RecordDeserializationException e) {
            skipUndecodable(e);
            return;
        }
        writeBatch(records);
        for (final TopicPartition tp : consumer.assignment()) {
            consumer.currentLag(tp).ifPresent(lag -> metrics.lag(tp, lag));
        }
    }

    /**
     * Dead-letters the record, then moves the sink's offsets past it so that it is skipped exactly once. When the
     * schemas topic could not be read, the record is not at fault: the writer stops instead, and a restart reads it
     * again.
     */
    private void skipUndecodable(final RecordDeserializationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SchemaChannelException channel) {
                throw channel;
            }
        }
        LOG.warn("Cannot decode record at {} offset {}; sending it to the dead-letter topic: {}",
                e.topicPartition(), e.offset(), e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        deadLetters.send(e);
        metrics.deadLetter();
        final long next = e.offset() + 1;
        sink.write(List.of(), Map.of(e.topicPartition(), next));
        consumer.seek(e.topicPartition(), next);
        commitForLag(Map.of(e.topicPartition(), new OffsetAndMetadata(next)));
    }

    private void writeBatch(final ConsumerRecords<String, V> records) {
        if (records.isEmpty()) {
            recordPositions(consumer.assignment());
            return;
        }
        final List<V> values = new ArrayList<>(records.count());
        final long[] sentAt = new long[records.count()];
        final Map<TopicPartition, Long> next = new HashMap<>();
        for (final ConsumerRecord<String, V> record : records) {
            if (record.value() != null) {
                sentAt[values.size()] = record.timestamp();
                values.add(record.value());
            }
            next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
        }
        sink.write(values, next);
        written += values.size();
        metrics.written(values.size(), sentAt, System.currentTimeMillis());
        final Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        next.forEach((tp, offset) -> commit.put(tp, new OffsetAndMetadata(offset)));
        commitForLag(commit);
        recordPositions(consumer.assignment());
    }

    /**
     * Commits offsets to the group so that its lag shows how far the file has come. The file's checkpoint, not
     * these offsets, decides where reading resumes, so a refused commit (the group has subscribed members, such as
     * a consumer of an earlier release during an upgrade) only costs the lag figure.
     */
    private void commitForLag(final Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            consumer.commitSync(offsets);
        } catch (final CommitFailedException | RetriableException e) {
            // a refusal, or the broker gone between the write and the commit (a timeout is retriable): the file is
            // written and checkpointed, so the writer goes on
            LOG.warn("Offsets not committed to the group (they only show lag; the file's checkpoint is kept): {}",
                    e.getMessage());
        }
    }

    private void recordPositions(final Collection<TopicPartition> assigned) {
        final Map<TopicPartition, Long> now = new HashMap<>();
        for (final TopicPartition tp : assigned) {
            now.put(tp, consumer.position(tp));
        }
        synchronized (positions) {
            positions.clear();
            positions.putAll(now);
        }
    }

    /** The next offset to read per assigned partition, as of the last poll: how far the output has come. */
    public Map<TopicPartition, Long> positions() {
        synchronized (positions) {
            return Map.copyOf(positions);
        }
    }

    /**
     * Live unless the loop died of an error; ready when it is also running with its partitions assigned and the
     * cluster answers.
     */
    public Ops.Checks health(final ClusterProbe cluster) {
        return new Ops.Checks(() -> health(failure == null, cluster),
                () -> health(failure == null && running && assigned && cluster.reachable(), cluster));
    }

    private Health health(final boolean up, final ClusterProbe cluster) {
        final Map<String, Object> details = new LinkedHashMap<>();
        details.put("topic", topic.name());
        details.put("running", running && failure == null);
        details.put("assigned", assigned);
        details.put("written", written);
        details.put("cluster", cluster.details());
        final Throwable error = failure;
        if (error != null) {
            details.put("error", error.toString());
        }
        return new Health(up, details);
    }

    public long written() {
        return written;
    }

    /** Asks the loop to stop after the batch in hand; {@link #run} then closes the consumer and the sink. */
    @Override
    public void close() {
        if (stopping.compareAndSet(false, true)) {
            running = false;
            consumer.wakeup();
        }
    }

    /** Positions newly assigned partitions at the sink's checkpoint, or at the start when the sink has none. */
    private void resume(final Collection<TopicPartition> partitions) {
        final Map<TopicPartition, Long> saved = sink.committedOffsets();
        final List<TopicPartition> fromStart = new ArrayList<>();
        for (final TopicPartition tp : partitions) {
            final Long offset = saved.get(tp);
            if (offset != null) {
                consumer.seek(tp, offset);
            } else if (sink.keepsOffsets()) {
                fromStart.add(tp);
            }
        }
        if (!fromStart.isEmpty()) {
            consumer.seekToBeginning(fromStart);
        }
    }
}
