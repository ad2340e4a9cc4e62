package dev.liveblog.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import dev.liveblog.common.topics.TopicAdmin;

/**
 * Drops the warnings Kafka's network client logs for each refused connection of the admin client a component
 * waits for the cluster with ({@link TopicAdmin#awaitReachable}): a component started before its broker (a
 * container, a restart) retries for {@code liveblog.kafka.wait.seconds}, which it says once at INFO, and fails
 * with one line if the broker does not come. The same warnings of every other client (a producer, a consumer, the
 * processor's own admin client) are kept: there a lost broker is news.
 */
public final class AwaitingClusterFilter extends Filter<ILoggingEvent> {

    private static final String LOGGER = "org.apache.kafka.clients.NetworkClient";
    private static final String CLIENT = "[AdminClient clientId=" + TopicAdmin.CLIENT_ID_PREFIX;

    @Override
    public FilterReply decide(final ILoggingEvent event) {
        final String message = event.getFormattedMessage();
        if (LOGGER.equals(event.getLoggerName()) && event.getLevel() == Level.WARN && message != null
                && message.startsWith(CLIENT) && (message.contains("could not be established")
                || message.contains("disconnected"))) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
