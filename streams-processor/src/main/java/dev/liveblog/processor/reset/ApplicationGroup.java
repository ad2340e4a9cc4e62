package dev.liveblog.processor.reset;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListStreamsGroupOffsetsSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * The group a Streams application commits its input offsets to (its id is the application id), in either of the
 * protocols Kafka Streams 4.4 speaks: a classic consumer group (the default, {@code group.protocol=classic}) or a
 * streams group (KIP-1071, {@code group.protocol=streams}). The Admin client has calls of their own for each kind,
 * so the group's kind is looked up first.
 *
 * @param id the group id, which is the application id
 * @param type the kind of group, empty when the group does not exist (never started, or its offsets expired)
 * @param members how many members it has now
 */
record ApplicationGroup(String id, Optional<GroupType> type, int members) {

    /** Looks the group up; every call waits at most {@code timeout}. */
    static ApplicationGroup describe(final Admin admin, final String id, final Duration timeout) {
        final Optional<GroupType> type = groups(admin, timeout).stream()
                .filter(g -> g.groupId().equals(id))
                .findFirst()
                .map(g -> g.type().orElse(GroupType.CLASSIC));
        if (type.isEmpty()) {
            return new ApplicationGroup(id, type, 0);
        }
        final int members = switch (type.get()) {
            case STREAMS -> await(admin.describeStreamsGroups(List.of(id)).describedGroups().get(id), timeout,
                    "describe group " + id).members().size();
            case CLASSIC, CONSUMER -> await(admin.describeConsumerGroups(List.of(id)).describedGroups().get(id),
                    timeout, "describe group " + id).members().size();
            default -> throw new UserException(ExitCodes.BAD_CONFIG, "group " + id + " is a "
                    + type.get().toString().toLowerCase(Locale.ROOT) + " group, not a Kafka Streams application's");
        };
        return new ApplicationGroup(id, type, members);
    }

    /** Every group id of the cluster, of every kind. */
    static List<String> ids(final Admin admin, final Duration timeout) {
        return groups(admin, timeout).stream().map(GroupListing::groupId).toList();
    }

    boolean exists() {
        return type.isPresent();
    }

    /** How an operator would name the kind of group, for the summary. */
    String kind() {
        return type.map(t -> t == GroupType.STREAMS ? "streams group" : "consumer group").orElseThrow();
    }

    /** The committed offsets of the group, by partition (none when the group does not exist). */
    Map<TopicPartition, OffsetAndMetadata> committed(final Admin admin, final Duration timeout) {
        if (type.isEmpty()) {
            return Map.of();
        }
        final Map<TopicPartition, OffsetAndMetadata> offsets = type.get() == GroupType.STREAMS
                ? await(admin.listStreamsGroupOffsets(Map.of(id, new ListStreamsGroupOffsetsSpec()))
                        .partitionsToOffsetAndMetadata(id), timeout, "read the offsets of group " + id)
                : await(admin.listConsumerGroupOffsets(id).partitionsToOffsetAndMetadata(), timeout,
                        "read the offsets of group " + id);
        final Map<TopicPartition, OffsetAndMetadata> present = new java.util.HashMap<>();
        offsets.forEach((tp, meta) -> {
            if (meta != null) {
                present.put(tp, meta);
            }
        });
        return present;
    }

    /**
     * Commits {@code offsets} for the group. The broker refuses while the group has members, which also covers an
     * instance that started after {@link #describe} looked.
     */
    void commit(final Admin admin, final Map<TopicPartition, OffsetAndMetadata> offsets, final Duration timeout) {
        final KafkaFuture<Void> done = type.orElseThrow() == GroupType.STREAMS
                ? admin.alterStreamsGroupOffsets(id, offsets).all()
                : admin.alterConsumerGroupOffsets(id, offsets).all();
        await(done, timeout, "reset the offsets of group " + id);
    }

    private static List<GroupListing> groups(final Admin admin, final Duration timeout) {
        return List.copyOf(await(admin.listGroups().all(), timeout, "list the groups"));
    }

    private static <T> T await(final KafkaFuture<T> future, final Duration timeout, final String what) {
        return ApplicationReset.await(future, timeout, what);
    }

}
