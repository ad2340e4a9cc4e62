package dev.liveblog.common.topics;

import dev.liveblog.common.cli.AccessErrors;
import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.LiveBlogConfig;
import dev.liveblog.common.config.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks that Kafka is reachable and that the pipeline's topics exist, and creates them. */
public final class TopicAdmin implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    /** How long the wait for the cluster lasts before a plaintext client checks whether the port speaks TLS. */
    static final Duration TLS_PROBE_AFTER = Duration.ofSeconds(3);

    private final Admin admin;
    private final String bootstrapServers;
    private final Duration timeout;
    private final Map<String, Object> clientProperties;
    /** Set when the cluster refused or never answered: closing then need not wait for calls still pending. */
    private boolean unanswered;

    private TopicAdmin(final Admin admin, final String bootstrapServers, final Duration timeout,
                       final Map<String, Object> clientProperties) {
        this.admin = admin;
        this.bootstrapServers = bootstrapServers;
        this.timeout = timeout;
        this.clientProperties = clientProperties;
    }

    /** How long a component waits for the cluster before giving up with one readable line. */
    public static final String WAIT_SECONDS = LiveBlogConfig.KAFKA_WAIT_SECONDS;

    /** Opens an admin client on the cluster the settings name, waiting at most {@link #WAIT_SECONDS} per call. */
    public static TopicAdmin connect(final Settings settings) {
        return connect(LiveBlogConfig.from(settings));
    }

    /** Opens an admin client on the cluster of a component's checked config. */
    public static TopicAdmin connect(final LiveBlogConfig config) {
        return connect(config.kafkaProperties(), config.kafkaWait());
    }

    /**
     * The client id of the admin clients that wait for the cluster, numbered as Kafka numbers its own (one JVM may
     * hold several). The app's logging knows them by it: while a component waits for a broker that is not up yet,
     * the client's warnings for each refused connection are the expected state, not news.
     */
    public static final String CLIENT_ID_PREFIX = "liveblog-admin-";
    private static final AtomicInteger CLIENT_IDS = new AtomicInteger();

    /** Opens an admin client; every call waits at most {@code timeout} before giving up with one readable line. */
    public static TopicAdmin connect(final Map<String, Object> kafkaProperties, final Duration timeout) {
        final Map<String, Object> props = new java.util.HashMap<>(kafkaProperties);
        props.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, CLIENT_ID_PREFIX + CLIENT_IDS.incrementAndGet());
        final int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        props.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(millis, 30_000));
        final String servers = String.valueOf(props.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        try {
            return new TopicAdmin(Admin.create(props), servers, timeout, Map.copyOf(props));
        } catch (final org.apache.kafka.common.KafkaException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, "invalid Kafka client configuration: " + rootMessage(e), e);
        }
    }

    /**
     * Waits until the cluster answers, or fails with one readable line naming the servers, or why it refused this
     * client (credentials, TLS, ACLs). A plaintext client whose first {@link #TLS_PROBE_AFTER} went unanswered
     * checks whether the port speaks TLS, so that a missing {@code security.protocol} is named at once rather than
     * reported as an unreachable cluster after the whole wait.
     */
    public void awaitReachable() {
        LOG.info("Connecting to Kafka at {} (waiting up to {} s)", bootstrapServers, timeout.toSeconds());
        final KafkaFuture<?> nodes = admin.describeCluster().nodes();
        final long start = System.nanoTime();
        unanswered = true;
        try {
            if (!usesTls() && timeout.compareTo(TLS_PROBE_AFTER) > 0) {
                try {
                    nodes.get(TLS_PROBE_AFTER.toMillis(), TimeUnit.MILLISECONDS);
                    unanswered = false;
                    return;
                } catch (final TimeoutException e) {
                    final Optional<String> tls = TlsProbe.firstTlsServer(bootstrapServers, Duration.ofSeconds(2));
                    if (tls.isPresent()) {
                        throw AccessErrors.plaintextToTls(clientProperties, tls.get());
                    }
                }
            }
            final long left = timeout.toNanos() - (System.nanoTime() - start);
            nodes.get(Math.max(0, left), TimeUnit.NANOSECONDS);
            unanswered = false;
        } catch (final ExecutionException e) {
            throw refusal(e).orElseGet(() -> new UserException(ExitCodes.KAFKA_UNAVAILABLE, "cannot reach Kafka at "
                    + bootstrapServers + " within " + timeout.toSeconds() + " s" + detail(e), e));
        } catch (final TimeoutException e) {
            throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "cannot reach Kafka at " + bootstrapServers
                    + " within " + timeout.toSeconds() + " s" + detail(e), e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(ExitCodes.FAILURE, "interrupted while waiting for Kafka at " + bootstrapServers, e);
        }
    }

    /**
     * Fails with one readable line when any of the topics does not exist, or when this client may not see it: a
     * cluster with ACLs lists only the topics a user may describe, and a topic hidden that way is not missing.
     */
    public void requireTopics(final List<Topic<?, ?>> topics) {
        final Set<String> existing = listTopics();
        final List<String> missing = topics.stream().map(Topic::name).filter(n -> !existing.contains(n)).toList();
        if (!missing.isEmpty()) {
            requireDescribable(missing);
            throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "topic" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " missing at " + bootstrapServers
                    + "; create them with 'liveblog create-topics'");
        }
    }

    /** Creates the topics that do not exist yet; returns the names created. */
    public List<String> createMissing(final List<Topic<?, ?>> topics, final int partitions, final short replication) {
        final Set<String> existing = listTopics();
        final List<NewTopic> toCreate = new ArrayList<>();
        for (final Topic<?, ?> topic : topics) {
            if (!existing.contains(topic.name())) {
                toCreate.add(new NewTopic(topic.name(), Optional.of(partitions), Optional.of(replication))
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, topic.cleanupPolicy().configValue())));
            }
        }
        if (toCreate.isEmpty()) {
            return List.of();
        }
        try {
            admin.createTopics(toCreate).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                refusal(e).ifPresent(refused -> {
                    throw refused;
                });
                throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "cannot create topics at " + bootstrapServers
                        + detail(e), e);
            }
        } catch (final TimeoutException e) {
            throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "cannot create topics at " + bootstrapServers
                    + " within " + timeout.toSeconds() + " s", e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(ExitCodes.FAILURE, "interrupted while creating topics", e);
        }
        final List<String> names = toCreate.stream().map(NewTopic::name).collect(Collectors.toList());
        awaitLeaders(names, partitions);
        LOG.info("Created topics {} with {} partition(s), replication factor {}", names, partitions, replication);
        return names;
    }

    /**
     * Waits until every partition's leader serves requests. A topic is in the metadata clients see a moment before
     * its leaders are ready; an idempotent producer whose first batch meets that moment gets it rejected while
     * the next batch is accepted, and the retried first batch then fails for good as out of order.
     */
    private void awaitLeaders(final List<String> names, final int partitions) {
        final Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        names.forEach(name -> {
            for (int p = 0; p < partitions; p++) {
                request.put(new TopicPartition(name, p), OffsetSpec.latest());
            }
        });
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                admin.listOffsets(request).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (final ExecutionException | TimeoutException e) {
                // A new topic's leaders take a moment: expected, so below the level anyone is alerted at.
                LOG.debug("Leaders of {} not ready yet{}", names, detail(e));
                if (System.nanoTime() > deadline) {
                    throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "topics " + String.join(", ", names)
                            + " were created at " + bootstrapServers + " but their leaders are not ready after "
                            + timeout.toSeconds() + " s" + detail(e), e);
                }
                sleep(Duration.ofMillis(50));
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserException(ExitCodes.FAILURE, "interrupted while waiting for new topics", e);
            }
        }
    }

    private static void sleep(final Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(ExitCodes.FAILURE, "interrupted while waiting for new topics", e);
        }
    }

    /**
     * Where a reader that has read everything of the topic stands, per partition: the log end offset, or under
     * {@code READ_COMMITTED} the end of what is committed.
     */
    public Map<TopicPartition, Long> endOffsets(final String topic, final IsolationLevel isolation) {
        try {
            final Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            final Map<TopicPartition, Long> end = new HashMap<>();
            admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all().get()
                    .forEach((tp, info) -> end.put(tp, info.offset()));
            return end;
        } catch (final ExecutionException e) {
            throw new IllegalStateException("cannot read the end offsets of " + topic, e.getCause());
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public Admin admin() {
        return admin;
    }

    /** How long each call waits for the cluster. */
    public Duration timeout() {
        return timeout;
    }

    /** Fails with one line naming the topics among {@code names} this client is not authorized to describe. */
    private void requireDescribable(final List<String> names) {
        final List<String> refused = new ArrayList<>();
        final Map<String, KafkaFuture<TopicDescription>> each = admin.describeTopics(names).topicNameValues();
        for (final String name : names) {
            try {
                each.get(name).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (final ExecutionException e) {
                if (e.getCause() instanceof TopicAuthorizationException) {
                    refused.add(name);
                }
            } catch (final TimeoutException e) {
                return;
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserException(ExitCodes.FAILURE, "interrupted while describing topics", e);
            }
        }
        if (!refused.isEmpty()) {
            // each refusal names no topic: the one explained names them all
            throw AccessErrors.explain(new TopicAuthorizationException(Set.copyOf(refused)), clientProperties,
                    AccessErrors.TopicAccess.DESCRIBE).orElseThrow();
        }
    }

    /** The explanation of a security refusal in {@code error}, naming this client's servers and user. */
    public Optional<UserException> refusal(final Throwable error) {
        return AccessErrors.explain(error, clientProperties);
    }

    /** As {@link #refusal(Throwable)}, for a client that was doing {@code access} with a topic. */
    public Optional<UserException> refusal(final Throwable error, final AccessErrors.TopicAccess access) {
        return AccessErrors.explain(error, clientProperties, access);
    }

    private boolean usesTls() {
        final String protocol = String.valueOf(clientProperties.getOrDefault("security.protocol", "PLAINTEXT"));
        return protocol.toUpperCase(Locale.ROOT).endsWith("SSL");
    }

    private Set<String> listTopics() {
        try {
            return admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final ExecutionException e) {
            throw refusal(e).orElseGet(() -> new UserException(ExitCodes.KAFKA_UNAVAILABLE, "cannot list topics at "
                    + bootstrapServers + " within " + timeout.toSeconds() + " s" + detail(e), e));
        } catch (final TimeoutException e) {
            throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "cannot list topics at " + bootstrapServers
                    + " within " + timeout.toSeconds() + " s" + detail(e), e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(ExitCodes.FAILURE, "interrupted while listing topics", e);
        }
    }

    private static String detail(final Exception e) {
        final String message = rootMessage(e);
        return message == null || message.isBlank() ? "" : " (" + message + ")";
    }

    private static String rootMessage(final Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @Override
    public void close() {
        admin.close(unanswered ? Duration.ZERO : Duration.ofSeconds(5));
    }
}
