package dev.liveblog.common.config;

import java.util.List;
import org.apache.kafka.common.config.ConfigDef;

/**
 * One component's settings, as a service ({@code META-INF/services}): every declaration on the class path
 * together says which {@code liveblog.*} keys exist, so that a key no component knows is reported as a typo while
 * one component's key in a properties file shared with another is not; the README's settings tables are generated
 * from them.
 */
public interface ConfigDeclaration {

    /** Where the component comes in the README: shared settings first, then the components in pipeline order. */
    int order();

    /** The component's name, the heading of its table. */
    String component();

    /** The component's own settings (the shared ones are declared once, by the shared declaration). */
    ConfigDef definition();

    /** The Kafka client properties the component sets itself. */
    List<ClientDefault> clientDefaults();
}
