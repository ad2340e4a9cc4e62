package dev.liveblog.common.ops;

import dev.liveblog.common.config.LiveBlogConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * What a long-running component shows operators: its meters and, when {@code liveblog.http.port} is set, an HTTP
 * server with them and its health, plus the cluster probe readiness asks. The server is bound before the component
 * starts, so that a port in use stops it before it joins a group or processes a record; until the component
 * {@link #attach}es its checks it answers live (starting is not dead) and not ready. Closed last, after the
 * component.
 */
public final class Ops implements AutoCloseable {

    /** The two checks a component answers. */
    public record Checks(HealthCheck live, HealthCheck ready) {
    }

    private static final Checks STARTING = new Checks(() -> Health.up(Map.of("state", "STARTING")),
            () -> Health.down(Map.of("state", "STARTING")));

    private final MeterRegistry registry;
    private final ClusterProbe probe;
    private OpsServer server;
    private volatile Checks checks = STARTING;

    private Ops(final MeterRegistry registry, final ClusterProbe probe) {
        this.registry = registry;
        this.probe = probe;
    }

    /**
     * Meters for {@code component}, and its server when {@code config} sets a port: a Prometheus registry then, else
     * one nobody reads. The config has been checked already, so a bad port never gets here.
     */
    public static Ops start(final String component, final LiveBlogConfig config) {
        final OptionalInt port = config.httpPort();
        if (port.isEmpty()) {
            return new Ops(new SimpleMeterRegistry(), null);
        }
        final PrometheusMeterRegistry registry = Meters.prometheus(component);
        final Ops ops = new Ops(registry, ClusterProbe.start(config.kafkaProperties()));
        try {
            ops.server = OpsServer.start(port.getAsInt(), registry, () -> ops.checks.live().check(),
                    () -> ops.checks.ready().check());
        } catch (final RuntimeException e) {
            ops.close();
            throw e;
        }
        return ops;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** From now on the server answers with the component's checks, made with the cluster probe. */
    public void attach(final Function<ClusterProbe, Checks> component) {
        if (server != null) {
            checks = component.apply(probe);
        }
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
