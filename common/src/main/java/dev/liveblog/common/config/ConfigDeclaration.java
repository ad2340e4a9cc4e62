package dev.liveblog.common.config;

import java.util.List;
import org.apache.kafka.common.config.ConfigDef;

/**
 * One component's settings, as a service ({@code META-INF/services}): every declaration on the class path
 * together says which {@code liveblog.*} keys exist, so that a key no component knows is reported as a typo while
 * one component's key in a properties file shared with another is not; the README's settings tables are generated
 * from them. A component declares itself with a subclass whose no-argument constructor passes its values here.
 */
public abstract class ConfigDeclaration {

    private final int order;
    private final String component;
    private final ConfigDef definition;
    private final List<ClientDefault> clientDefaults;

    /**
     * @param order where the component comes in the README: shared settings first, then the components in
     *              pipeline order
     * @param component the component's name, the heading of its table
     * @param definition the component's own settings (the shared ones are declared once, by the shared declaration)
     * @param clientDefaults the Kafka client properties the component sets itself
     */
    protected ConfigDeclaration(final int order, final String component, final ConfigDef definition,
                                final List<ClientDefault> clientDefaults) {
        this.order = order;
        this.component = component;
        this.definition = definition;
        this.clientDefaults = List.copyOf(clientDefaults);
    }

    public final int order() {
        return order;
    }

    public final String component() {
        return component;
    }

    public final ConfigDef definition() {
        return definition;
    }

    public final List<ClientDefault> clientDefaults() {
        return clientDefaults;
    }
}
