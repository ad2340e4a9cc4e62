package dev.liveblog.processor;

import dev.liveblog.common.ops.ClusterProbe;
import dev.liveblog.common.ops.Health;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;

/**
 * Liveness and readiness of a running processor. Live unless the Streams client is in ERROR or NOT_RUNNING (or on
 * its way there): only a restart helps then. A stream thread that dies takes the client to ERROR (the processor's
 * uncaught-exception handler shuts the client down), and dead threads are not listed by the client at all. Ready when it is RUNNING, no store is
 * being restored, and the cluster answers: a client whose broker is gone stays RUNNING while it retries.
 */
final class ProcessorHealth {

    private static final Set<KafkaStreams.State> DEAD = Set.of(KafkaStreams.State.ERROR,
            KafkaStreams.State.NOT_RUNNING, KafkaStreams.State.PENDING_ERROR);

    private final KafkaStreams streams;
    private final RestoreProgress restore;
    private final ClusterProbe cluster;

    ProcessorHealth(final KafkaStreams streams, final RestoreProgress restore, final ClusterProbe cluster) {
        this.streams = streams;
        this.restore = restore;
        this.cluster = cluster;
    }

    Health live() {
        final KafkaStreams.State state = streams.state();
        final Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", state.name());
        details.put("threads", threads());
        return DEAD.contains(state) ? Health.down(details) : Health.up(details);
    }

    Health ready() {
        final KafkaStreams.State state = streams.state();
        final Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", state.name());
        details.put("threads", threads());
        details.put("restoring", restore.progress());
        details.put("cluster", cluster.details());
        final boolean ready = state == KafkaStreams.State.RUNNING && !restore.restoring() && cluster.reachable();
        return ready ? Health.up(details) : Health.down(details);
    }

    private List<Map<String, Object>> threads() {
        final List<Map<String, Object>> threads = new ArrayList<>();
        if (DEAD.contains(streams.state())) {
            return threads;
        }
        for (final ThreadMetadata thread : streams.metadataForLocalThreads()) {
            final Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", thread.threadName());
            t.put("state", thread.threadState());
            t.put("activeTasks", thread.activeTasks().stream().map(task -> task.taskId().toString()).sorted().toList());
            t.put("standbyTasks", thread.standbyTasks().stream().map(task -> task.taskId().toString()).sorted()
                    .toList());
            threads.add(t);
        }
        return threads;
    }
}
