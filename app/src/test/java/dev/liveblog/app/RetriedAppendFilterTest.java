package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.junit.jupiter.api.Test;

class RetriedAppendFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final RetriedAppendFilter filter = new RetriedAppendFilter();

    @Test
    void shouldDropTheBrokersErrorForARetriedFirstSequenceOnly() {
        final Throwable retried = new OutOfOrderSequenceException("Invalid sequence number for producer 2 at offset 10 "
                + "in partition t-2: 2 (incoming seq. number). Expected sequence 0 for transactions v2 idempotent "
                + "producer with no existing state.");
        final Throwable other = new OutOfOrderSequenceException("Out of order sequence number for producer 2: 51 "
                + "(incoming seq. number), 49 (current end sequence number)");

        assertEquals(FilterReply.DENY, filter.decide(event("kafka.server.ReplicaManager", retried)));
        assertEquals(FilterReply.NEUTRAL, filter.decide(event("kafka.server.ReplicaManager", other)));
        assertEquals(FilterReply.NEUTRAL, filter.decide(event("kafka.server.KafkaApis", retried)));
        assertEquals(FilterReply.NEUTRAL, filter.decide(event("kafka.server.ReplicaManager", null)));
    }

    private LoggingEvent event(final String loggerName, final Throwable thrown) {
        final Logger logger = context.getLogger(loggerName);
        return new LoggingEvent(Logger.class.getName(), logger, Level.ERROR, "Error processing append operation",
                thrown, null);
    }
}
