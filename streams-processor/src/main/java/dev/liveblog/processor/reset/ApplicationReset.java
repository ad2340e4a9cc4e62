package dev.liveblog.processor.reset;

import dev.liveblog.common.cli.AccessErrors;
import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topic;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import dev.liveblog.processor.ProcessorSettings;
import dev.liveblog.processor.topology.LiveBlogTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Resets the processor so that it processes its input again from the start, as Kafka's Streams application reset
 * tool does, plus the local state that tool leaves to the user: the application's committed input offsets go to
 * the earliest, its internal topics (changelogs, repartition topics) are deleted, and its local state directory
 * is removed. Output topics and the shared schemas topic are left alone.
 *
 * <p>Done with the Admin client rather than by calling {@code org.apache.kafka.tools.StreamsResetter}: that
 * class is no public API ({@code @Unstable}, "use the script"), brings {@code kafka-tools} and its dependencies
 * (Connect's runtime among them) into the image, forces the classic group protocol, leaves the local state alone,
 * and would delete the internal topics of an application whose id extends ours ({@link InternalTopics}); the
 * steps themselves are four Admin calls.
 *
 * <p>Refused while the application's group has members ({@link ExitCodes#REFUSED_WHILE_RUNNING}): a running
 * instance would keep its offsets and state and write them back.
 */
public final class ApplicationReset {

    private final Settings settings;
    private final TopicAdmin admin;
    private final Topics topics;
    private final Properties streamsProperties;
    private final String applicationId;

    private ApplicationReset(final Settings settings, final TopicAdmin admin) {
        this.settings = settings;
        this.admin = admin;
        final LiveBlogProcessorConfig config = LiveBlogProcessorConfig.from(settings);
        this.topics = Topics.from(config);
        this.streamsProperties = config.streamsProperties();
        this.applicationId = streamsProperties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
    }

    /** The reset of the application the settings name ({@code application.id}, {@code state.dir}). */
    public static ApplicationReset of(final Settings settings, final TopicAdmin admin) {
        return new ApplicationReset(settings, admin);
    }

    /** The one-line refusal, with its exit code, for a reset that would race a running processor. */
    static UserException refusal(final String why) {
        return new UserException(ExitCodes.REFUSED_WHILE_RUNNING, "refused: " + why
                + "; stop every processor instance first");
    }

    /** The refusal when the broker found members that joined after the group was described. */
    static UserException refusedBecauseOfMembers(final String what, final Throwable cause) {
        return new UserException(ExitCodes.REFUSED_WHILE_RUNNING, "refused: the broker would not " + what
                + " because the group has members now; stop every processor instance first", cause);
    }

    /**
     * Resets the application, or with {@code dryRun} only says what it would do; returns the summary, one line
     * per step.
     */
    public List<String> run(final boolean dryRun) {
        final Admin client = admin.admin();
        final Duration timeout = admin.timeout();
        final ApplicationGroup group = ApplicationGroup.describe(client, applicationId, timeout);
        if (group.members() > 0) {
            throw refusal(String.format(Locale.ROOT, "group %s still has %d member%s", applicationId,
                    group.members(), group.members() == 1 ? "" : "s"));
        }
        final Sources sources = sources();
        final Set<String> existing = await(client.listTopics().names(), timeout, "list topics");
        final List<String> missing = sources.streams().stream().filter(t -> !existing.contains(t)).toList();
        if (!missing.isEmpty()) {
            throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "input topic" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " missing; create them with 'liveblog create-topics'");
        }
        final InternalTopics.Selection internal = InternalTopics.select(applicationId, existing,
                ApplicationGroup.ids(client, timeout),
                topics.all().stream().map(Topic::name).collect(Collectors.toSet()));
        final Path stateDirectory = Path.of(new StreamsConfig(streamsProperties).getString(
                StreamsConfig.STATE_DIR_CONFIG), applicationId);

        try (LocalState state = LocalState.lock(stateDirectory)) {
            final List<String> summary = new ArrayList<>();
            summary.add((dryRun ? "dry run, nothing changed: " : "") + "application " + applicationId + " ("
                    + (group.exists() ? group.kind() + ", no members)" : "no group: it never ran, or its offsets "
                    + "expired)"));
            // read before anything changes: a failure to read leaves the application as it was
            final VersionFloors floors = VersionFloors.read(settings.kafkaProperties(), topics.raw().name(),
                    topics.canonical(), admin.timeout());
            summary.addAll(resetOffsets(group, sources.streams(), dryRun));
            sources.globals().forEach(t -> summary.add(t + " (global store): read again from the start, its "
                    + "position being part of the local state"));
            summary.add(deleteTopics(internal.ours(), dryRun));
            summary.add(seedVersionFloors(floors, dryRun));
            if (!internal.othersLeftAlone().isEmpty()) {
                summary.add("left alone, being another application's (its id extends " + applicationId + "): "
                        + String.join(", ", internal.othersLeftAlone()));
            }
            if (state.exists()) {
                if (!dryRun) {
                    state.delete();
                }
                summary.add((dryRun ? "would remove" : "removed") + " local state " + stateDirectory);
            } else {
                summary.add("no local state at " + stateDirectory);
            }
            summary.add("left alone: the output topics and the schemas topic");
            return summary;
        }
    }

    private List<String> resetOffsets(final ApplicationGroup group, final List<String> inputs, final boolean dryRun) {
        final Admin client = admin.admin();
        final Duration timeout = admin.timeout();
        final Map<TopicPartition, OffsetSpec> earliestSpec = new HashMap<>();
        final Map<TopicPartition, OffsetSpec> latestSpec = new HashMap<>();
        for (final String topic : inputs) {
            await(client.describeTopics(List.of(topic)).allTopicNames(), timeout, "describe topic " + topic)
                    .get(topic).partitions().forEach(p -> {
                        earliestSpec.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
                        latestSpec.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
                    });
        }
        final Map<TopicPartition, Long> earliest = offsets(client, earliestSpec, timeout);
        final Map<TopicPartition, Long> latest = offsets(client, latestSpec, timeout);
        final Map<TopicPartition, OffsetAndMetadata> committed = group.committed(client, timeout);
        final List<String> lines = new ArrayList<>();
        for (final String topic : inputs) {
            final List<TopicPartition> partitions = earliest.keySet().stream().filter(tp -> tp.topic().equals(topic))
                    .sorted(java.util.Comparator.comparingInt(TopicPartition::partition)).toList();
            final long records = partitions.stream().mapToLong(tp -> latest.get(tp) - earliest.get(tp)).sum();
            final long before = partitions.stream().mapToLong(tp -> committed.containsKey(tp)
                    ? committed.get(tp).offset() - earliest.get(tp) : 0).sum();
            if (!group.exists()) {
                lines.add(String.format(Locale.ROOT, "%s: no committed offsets (group %s does not exist), so the "
                        + "processor starts at the earliest: %d records", topic, applicationId, records));
            } else {
                lines.add(String.format(Locale.ROOT, "%s: %s the offsets of %d partition%s to the earliest (%d of "
                                + "%d records had been processed; all %d to process again)", topic,
                        dryRun ? "would move" : "moved", partitions.size(), partitions.size() == 1 ? "" : "s",
                        before, records, records));
            }
        }
        if (group.exists() && !dryRun) {
            final Map<TopicPartition, OffsetAndMetadata> reset = new HashMap<>();
            earliest.forEach((tp, offset) -> reset.put(tp, new OffsetAndMetadata(offset)));
            group.commit(client, reset, timeout);
        }
        return lines;
    }

    private String deleteTopics(final List<String> internal, final boolean dryRun) {
        if (internal.isEmpty()) {
            return "no internal topics of " + applicationId + " to delete";
        }
        if (!dryRun) {
            final Admin client = admin.admin();
            await(client.deleteTopics(internal).all(), admin.timeout(), "delete the internal topics");
            awaitGone(client, internal);
        }
        return (dryRun ? "would delete " : "deleted ") + internal.size() + " internal topic"
                + (internal.size() == 1 ? "" : "s") + ": " + String.join(", ", internal);
    }

    /**
     * Seeds the version floors from the canonical topic, so that items made again continue their versions rather
     * than start at 1 under their old ids ({@link VersionFloors}).
     */
    private String seedVersionFloors(final VersionFloors floors, final boolean dryRun) {
        final Duration timeout = admin.timeout();
        final String canonical = topics.canonical().name();
        final String skipped = floors.undecodable() == 0 ? "" : " (" + floors.undecodable()
                + " undecodable record(s) skipped)";
        if (floors.items() == 0) {
            return "no items in " + canonical + " of the blogs in " + topics.raw().name() + ": versions start at 1"
                    + skipped;
        }
        final String changelog = VersionFloors.changelog(applicationId);
        if (!dryRun) {
            final String raw = topics.raw().name();
            final int partitions = await(admin.admin().describeTopics(List.of(raw)).allTopicNames(), timeout,
                    "describe topic " + raw).get(raw).partitions().size();
            try {
                // the replicas Kafka Streams would give the changelog had it made it
                final int replicas = new StreamsConfig(streamsProperties)
                        .getInt(StreamsConfig.REPLICATION_FACTOR_CONFIG);
                floors.seed(admin.admin(), settings.kafkaProperties(), changelog, partitions, replicas, timeout);
            } catch (final ExecutionException | TimeoutException e) {
                final Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw AccessErrors.explain(cause, settings.kafkaProperties(), AccessErrors.TopicAccess.WRITE)
                        .orElseGet(() -> new UserException(ExitCodes.KAFKA_UNAVAILABLE, "cannot seed the version "
                                + "floors into " + changelog + " (the offsets are reset and the internal topics "
                                + "deleted; run the reset again): " + cause.getMessage(), e));
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserException(ExitCodes.FAILURE, "interrupted while seeding " + changelog, e);
            }
        }
        return String.format(Locale.ROOT, "%s the highest versions of %d items in %s into %s, so that their next "
                + "versions continue from there%s", dryRun ? "would seed" : "seeded", floors.items(), canonical,
                changelog, skipped);
    }

    /**
     * Waits until the deleted topics are gone from the metadata, so that a processor started right after the reset
     * creates its changelogs afresh instead of finding ones that are still being deleted.
     */
    private void awaitGone(final Admin client, final List<String> deleted) {
        final long deadline = System.nanoTime() + admin.timeout().toNanos();
        while (true) {
            final Set<String> left = new TreeSet<>(await(client.listTopics().names(), admin.timeout(), "list topics"));
            left.retainAll(deleted);
            if (left.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "topics " + String.join(", ", left)
                        + " were deleted but are still listed after " + admin.timeout().toSeconds() + " s");
            }
            try {
                Thread.sleep(100);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserException(ExitCodes.FAILURE, "interrupted while waiting for topics to go", e);
            }
        }
    }

    /** What the topology reads: stream sources (committed offsets) and global stores' topics (local checkpoints). */
    record Sources(List<String> streams, List<String> globals) {
    }

    /**
     * Taken from the topology this build would run with these settings, so that a source added later is reset
     * without anyone remembering to list it here.
     */
    Sources sources() {
        final TopologyDescription description = LiveBlogTopology.build(ProcessorSettings.from(settings, topics),
                streamsProperties).describe();
        final Set<String> streams = new TreeSet<>();
        description.subtopologies().forEach(sub -> sub.nodes().forEach(node -> {
            if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
                source.topicSet().stream().filter(t -> !InternalTopics.isInternalForm(t)).forEach(streams::add);
            }
        }));
        final Set<String> globals = new TreeSet<>();
        description.globalStores().forEach(store -> globals.addAll(store.source().topicSet()));
        return new Sources(List.copyOf(streams), List.copyOf(globals));
    }

    private static Map<TopicPartition, Long> offsets(final Admin client, final Map<TopicPartition, OffsetSpec> spec,
                                                     final Duration timeout) {
        final Map<TopicPartition, Long> offsets = new HashMap<>();
        await(client.listOffsets(spec).all(), timeout, "read offsets")
                .forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }

    /** Waits for an Admin call; its failure is one line, and members that joined meanwhile a refusal. */
    static <T> T await(final KafkaFuture<T> future, final Duration timeout, final String what) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final ExecutionException e) {
            if (e.getCause() instanceof GroupNotEmptyException) {
                throw refusedBecauseOfMembers(what, e);
            }
            throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "cannot " + what + ": " + e.getCause().getMessage(),
                    e);
        } catch (final TimeoutException e) {
            throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "cannot " + what + " within "
                    + timeout.toSeconds() + " s", e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(ExitCodes.FAILURE, "interrupted while trying to " + what, e);
        }
    }
}
