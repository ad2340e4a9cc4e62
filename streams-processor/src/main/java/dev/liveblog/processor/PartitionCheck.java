package dev.liveblog.processor;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The processor's state is kept per partition of the raw topic: a blog's items live in the task of the partition
 * its key hashes to. Partitions added to the raw topic move blogs to other tasks, away from their state, and their
 * repeats would become new items. The partition count the state was built with is the partition count of its
 * changelogs (Kafka Streams creates them like the source), so a start with a different raw count is refused.
 */
public final class PartitionCheck {

    private PartitionCheck() {
    }

    /**
     * The problem, if the raw topic's partition count differs from the one the state was built with.
     *
     * @param stateCount partitions of the state's changelog, empty when it does not exist yet (a first start)
     */
    static Optional<String> problem(final String applicationId, final String rawTopic, final int rawCount,
                                    final Optional<Integer> stateCount) {
        if (stateCount.isEmpty() || stateCount.get() == rawCount) {
            return Optional.empty();
        }
        return Optional.of(String.format(java.util.Locale.ROOT, "topic %s has %d partition(s) but the state of "
                        + "application %s was built with %d; blogs would move away from their state. Keep %d "
                        + "partition(s), or re-partition with a new application.id and reprocess (README, "
                        + "'Changing the number of partitions')", rawTopic, rawCount, applicationId,
                stateCount.get(), stateCount.get()));
    }

    /** Refuses to start, with one readable line, when the raw topic was re-partitioned under existing state. */
    static void verify(final Admin admin, final String applicationId, final String rawTopic,
                       final String stateStore, final long timeoutMillis) {
        final String changelog = applicationId + "-" + stateStore + "-changelog";
        final int rawCount = partitions(admin, rawTopic, timeoutMillis).orElseThrow();
        problem(applicationId, rawTopic, rawCount, partitions(admin, changelog, timeoutMillis)).ifPresent(problem -> {
            throw new UserException(ExitCodes.BAD_CONFIG, problem);
        });
    }

    private static Optional<Integer> partitions(final Admin admin, final String topic, final long timeoutMillis) {
        try {
            final Map<String, TopicDescription> described = admin.describeTopics(java.util.List.of(topic))
                    .allTopicNames().get(timeoutMillis, TimeUnit.MILLISECONDS);
            return Optional.of(described.get(topic).partitions().size());
        } catch (final ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            if (e.getCause() instanceof TopicAuthorizationException) {
                // the refusal does not name the topic; the caller explains it with the client's user
                throw new UserException(ExitCodes.NOT_AUTHORIZED, "not authorized to describe topic " + topic,
                        new TopicAuthorizationException("not authorized to describe topic " + topic, Set.of(topic)));
            }
            throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "cannot describe topic " + topic + ": "
                    + e.getCause().getMessage(), e);
        } catch (final TimeoutException e) {
            throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "cannot describe topic " + topic + " within "
                    + timeoutMillis / 1000 + " s", e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(ExitCodes.FAILURE, "interrupted while describing topic " + topic, e);
        }
    }
}
