package dev.liveblog.processor;

import dev.liveblog.common.cli.AccessErrors;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.ops.ClusterProbe;
import dev.liveblog.common.ops.Ops;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.dedup.DedupStores;
import dev.liveblog.processor.metrics.PipelineMetrics;
import dev.liveblog.processor.metrics.StoreGauges;
import dev.liveblog.processor.topology.LiveBlogTopology;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running processor: one {@link KafkaStreams} instance with a state listener, an uncaught-exception handler
 * and a bounded close. Used by its own command, by the local run and by the end-to-end tests. Its meters (the
 * pipeline's own, its Kafka clients', the number of keys in each store) go to the registry it is started with.
 */
public final class LiveBlogProcessor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveBlogProcessor.class);
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final RestoreProgress restore = new RestoreProgress();
    private final KafkaStreamsMetrics streamsMetrics;
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Map<String, Object> kafkaProperties = new HashMap<>();

    private LiveBlogProcessor(final Topology topology, final java.util.Properties properties,
                              final MeterRegistry registry) {
        properties.forEach((key, value) -> kafkaProperties.put(String.valueOf(key), value));
        this.streams = new KafkaStreams(topology, properties);
        streams.setStateListener(this::onStateChange);
        streams.setUncaughtExceptionHandler(this::onUncaughtException);
        streams.setGlobalStateRestoreListener(restore);
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        StoreGauges.bind(registry, streams, topology.describe());
    }

    /** Starts with meters nobody reads. */
    public static LiveBlogProcessor start(final Settings settings) {
        return start(settings, new SimpleMeterRegistry());
    }

    /**
     * Checks that Kafka and the topics are there and that the raw topic has the partition count the state was built
     * with, then starts processing.
     */
    public static LiveBlogProcessor start(final Settings settings, final MeterRegistry registry) {
        // Every setting is checked before Kafka is contacted: one line per problem, exit code 5.
        final LiveBlogProcessorConfig config = LiveBlogProcessorConfig.from(settings);
        final Topics topics = Topics.from(config);
        final java.util.Properties properties = config.streamsProperties();
        final PipelineMetrics metrics = new PipelineMetrics(registry);
        // The exception handlers are made by Kafka Streams from the configuration; this is how they get the meters.
        properties.put(PipelineMetrics.CONFIG_KEY, metrics);
        try (TopicAdmin admin = TopicAdmin.connect(config)) {
            admin.awaitReachable();
            admin.requireTopics(List.copyOf(topics.all()));
            try {
                PartitionCheck.verify(admin.admin(), properties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG),
                        topics.raw().name(), DedupStores.ITEMS, admin.timeout().toMillis());
            } catch (final UserException e) {
                // the state's changelog is named after the application id, and so are the processor's ACLs
                throw e.getCause() == null ? e
                        : admin.refusal(e.getCause(), AccessErrors.TopicAccess.DESCRIBE).orElse(e);
            }
            AccessCheck.verify(admin, properties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG),
                    properties.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        }
        final LiveBlogProcessor processor = new LiveBlogProcessor(
                LiveBlogTopology.build(ProcessorSettings.from(config, topics).withMetrics(metrics), properties),
                properties, registry);
        processor.streams.start();
        return processor;
    }

    private void onStateChange(final KafkaStreams.State newState, final KafkaStreams.State oldState) {
        LOG.info("Processor state {} -> {}", oldState, newState);
        if (newState == KafkaStreams.State.RUNNING) {
            running.countDown();
        }
        if (newState == KafkaStreams.State.NOT_RUNNING || newState == KafkaStreams.State.ERROR) {
            running.countDown();
            stopped.countDown();
        }
    }

    private StreamThreadExceptionResponse onUncaughtException(final Throwable error) {
        final Optional<UserException> refused = AccessErrors.explain(error, kafkaProperties);
        if (refused.isPresent()) {
            // the broker refused the processor: the reason, not a stack trace, is what the operator needs
            LOG.error("Processor stopped: {}", refused.get().getMessage());
        } else {
            LOG.error("Processor failed; shutting down so that a restart resumes from the last committed state",
                    error);
        }
        failure.compareAndSet(null, error);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    /** Waits until the processor is RUNNING; false if it stopped or the wait ran out first. */
    public boolean awaitRunning(final Duration timeout) throws InterruptedException {
        return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && streams.state() == KafkaStreams.State.RUNNING;
    }

    /** Blocks until the processor has stopped, by close or by failure. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Liveness and readiness of this processor; readiness also asks {@code cluster}. */
    public Ops.Checks health(final ClusterProbe cluster) {
        final ProcessorHealth health = new ProcessorHealth(streams, restore, cluster);
        return new Ops.Checks(health::live, health::ready);
    }

    /** The error that stopped the processor, if one did. */
    public Throwable failure() {
        return failure.get();
    }

    /** The one-line explanation of the failure when the broker refused the processor (credentials, ACLs). */
    public Optional<UserException> refusal() {
        final Throwable error = failure.get();
        return error == null ? Optional.empty() : AccessErrors.explain(error, kafkaProperties);
    }

    /**
     * Commits and stops within {@link #CLOSE_TIMEOUT}; a restart then resumes where this one stopped. The member
     * leaves its group, so a replacement is assigned the tasks at once instead of after the session timeout.
     */
    @Override
    public void close() {
        if (!streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP))) {
            LOG.warn("Processor did not stop within {}", CLOSE_TIMEOUT);
        }
        streamsMetrics.close();
        stopped.countDown();
    }
}
