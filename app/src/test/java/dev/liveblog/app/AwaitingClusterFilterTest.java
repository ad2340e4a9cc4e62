package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class AwaitingClusterFilterTest {

    private static final String NETWORK_CLIENT = "org.apache.kafka.clients.NetworkClient";

    private final LoggerContext context = new LoggerContext();
    private final AwaitingClusterFilter filter = new AwaitingClusterFilter();

    @Test
    void shouldDropTheRefusedConnectionsOfTheAdminClientThatWaitsForTheCluster() {
        assertEquals(FilterReply.DENY, filter.decide(event(NETWORK_CLIENT, Level.WARN,
                "[AdminClient clientId=liveblog-admin-1] Connection to node -1 (localhost/127.0.0.1:9092) could not "
                        + "be established. Node may not be available.")));
        assertEquals(FilterReply.DENY, filter.decide(event(NETWORK_CLIENT, Level.WARN,
                "[AdminClient clientId=liveblog-admin-12] Bootstrap broker localhost:9092 (id: -1 rack: null "
                        + "isFenced: false) disconnected")));
    }

    @Test
    void shouldKeepTheSameWarningOfEveryOtherClientAndEveryOtherMessage() {
        // a lost broker is news to a running consumer, and to the processor's own admin client
        assertEquals(FilterReply.NEUTRAL, filter.decide(event(NETWORK_CLIENT, Level.WARN,
                "[Consumer clientId=liveblog-consumer, groupId=liveblog-consumer] Connection to node -1 "
                        + "(localhost/127.0.0.1:9092) could not be established. Node may not be available.")));
        assertEquals(FilterReply.NEUTRAL, filter.decide(event(NETWORK_CLIENT, Level.WARN,
                "[AdminClient clientId=liveblog-processor-admin] Connection to node 1 could not be established.")));
        assertEquals(FilterReply.NEUTRAL, filter.decide(event(NETWORK_CLIENT, Level.WARN,
                "[AdminClient clientId=liveblog-admin-1] Error while fetching metadata with correlation id 4")));
        assertEquals(FilterReply.NEUTRAL, filter.decide(event(NETWORK_CLIENT, Level.ERROR,
                "[AdminClient clientId=liveblog-admin-1] Connection to node -1 could not be established.")));
        assertEquals(FilterReply.NEUTRAL, filter.decide(event("org.apache.kafka.clients.Other", Level.WARN,
                "[AdminClient clientId=liveblog-admin-1] Connection to node -1 could not be established.")));
    }

    private LoggingEvent event(final String loggerName, final Level level, final String message) {
        final Logger logger = context.getLogger(loggerName);
        return new LoggingEvent(Logger.class.getName(), logger, level, message, null, null);
    }
}
