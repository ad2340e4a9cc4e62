package dev.liveblog.common.ops;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Whether the cluster answers, asked in the background every {@link #INTERVAL}. A Streams client or a consumer
 * stays RUNNING while its broker is gone (it retries for as long as it takes), so readiness asks the cluster itself:
 * a component that cannot reach it serves nothing new. The answer counts as fresh for {@link #STALE_AFTER}, so a
 * stopped broker shows within about 20 seconds and one missed answer does not flap readiness.
 */
public final class ClusterProbe implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofSeconds(5);
    static final Duration STALE_AFTER = Duration.ofSeconds(15);

    private final Admin admin;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoClock;
    private volatile long lastAnswer = Long.MIN_VALUE;
    private volatile String lastError = "not asked yet";

    ClusterProbe(final Admin admin, final LongSupplier nanoClock, final boolean schedule) {
        this.admin = admin;
        this.nanoClock = nanoClock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            final Thread thread = new Thread(runnable, "liveblog-cluster-probe");
            thread.setDaemon(true);
            return thread;
        });
        if (schedule) {
            scheduler.scheduleWithFixedDelay(this::ask, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Starts asking the cluster that {@code kafkaProperties} names, with its security settings. */
    public static ClusterProbe start(final Map<String, Object> kafkaProperties) {
        final Map<String, Object> props = new HashMap<>();
        AdminClientConfig.configNames().forEach(name -> {
            if (kafkaProperties.containsKey(name)) {
                props.put(name, kafkaProperties.get(name));
            }
        });
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "liveblog-cluster-probe");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) INTERVAL.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) INTERVAL.toMillis());
        // Reconnect quickly once the broker is back, not after the default minute of backoff.
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2_000);
        return new ClusterProbe(Admin.create(props), System::nanoTime, true);
    }

    /** Asks once; called by the scheduler, and by tests. */
    void ask() {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) INTERVAL.toMillis()))
                    .clusterId().get(INTERVAL.toMillis() + 1_000, TimeUnit.MILLISECONDS);
            answered(null);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (final Exception e) {
            answered(e.getCause() != null ? e.getCause().toString() : e.toString());
        }
    }

    /** Notes one answer: null when the cluster answered, else what went wrong. */
    void answered(final String error) {
        if (error == null) {
            lastAnswer = nanoClock.getAsLong();
        }
        lastError = error;
    }

    /** Whether the cluster answered within the last {@link #STALE_AFTER}. */
    public boolean reachable() {
        final long last = lastAnswer;
        return last != Long.MIN_VALUE && nanoClock.getAsLong() - last <= STALE_AFTER.toNanos();
    }

    /** What the cluster probe saw, for a health body. */
    public Map<String, Object> details() {
        final String error = lastError;
        final Map<String, Object> details = new HashMap<>();
        details.put("reachable", reachable());
        if (error != null && !reachable()) {
            details.put("error", error);
        }
        return details;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        admin.close(Duration.ofSeconds(2));
    }
}
