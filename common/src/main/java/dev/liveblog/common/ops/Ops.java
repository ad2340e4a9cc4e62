package dev.liveblog.common.ops;

import dev.liveblog.common.config.LiveBlogConfig;
import dev.liveblog.common.config.Settings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * What a long-running component shows operators: its meters and, when {@code liveblog.http.port} is set, an HTTP
 * server with them and its health, plus the cluster probe readiness asks. Closed last, after the component.
 */
public final class Ops implements AutoCloseable {

    /** The two checks a component answers. */
    public record Checks(HealthCheck live, HealthCheck ready) {
    }

    private final MeterRegistry registry;
    private final OptionalInt port;
    private ClusterProbe probe;
    private OpsServer server;

    private Ops(final MeterRegistry registry, final OptionalInt port) {
        this.registry = registry;
        this.port = port;
    }

    /** Meters for {@code component}: a Prometheus registry when it will be served, else one nobody reads. */
    public static Ops of(final String component, final Settings settings) {
        final OptionalInt port = LiveBlogConfig.from(settings).httpPort();
        return new Ops(port.isPresent() ? Meters.prometheus(component) : new SimpleMeterRegistry(), port);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /**
     * Starts serving, if a port is set: {@code checks} receives the cluster probe and returns the component's checks.
     */
    public void serve(final Settings settings, final Function<ClusterProbe, Checks> checks) {
        if (port.isEmpty()) {
            return;
        }
        probe = ClusterProbe.start(settings.kafkaProperties());
        final Checks health = checks.apply(probe);
        server = OpsServer.start(port.getAsInt(), (PrometheusMeterRegistry) registry, health.live(), health.ready());
    }

    /** The port served, or -1 when nothing is served. */
    public int port() {
        return server == null ? -1 : server.port();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        if (probe != null) {
            probe.close();
        }
    }
}
