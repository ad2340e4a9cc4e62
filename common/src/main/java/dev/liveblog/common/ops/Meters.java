package dev.liveblog.common.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** The registry a component's {@code /metrics} shows: its own meters, its Kafka clients', and the JVM's. */
public final class Meters {

    private Meters() {
    }

    /** A Prometheus registry whose every meter carries {@code component="<component>"}. */
    public static PrometheusMeterRegistry prometheus(final String component) {
        final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("component", component);
        bindJvm(registry);
        return registry;
    }

    private static void bindJvm(final MeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        // Its listener lives as long as the JVM; one per process is what the registry is.
        new JvmGcMetrics().bindTo(registry);
    }
}
