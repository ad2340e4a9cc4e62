package dev.liveblog.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops one error the embedded broker logs for a condition its clients retry: with transactions v2 (KIP-890), a
 * transactional producer's batch that reaches a partition before its first batch (a partition Kafka Streams has
 * just created, whose leader was not ready for the first) is refused with a retriable out-of-order-sequence error,
 * and the producer sends both again in order (KAFKA-18202). The broker logs each refusal with a stack trace at
 * ERROR, though nothing is lost or doubled; every other error is kept.
 */
public final class RetriedAppendFilter extends Filter<ILoggingEvent> {

    private static final String LOGGER = "kafka.server.ReplicaManager";
    private static final String EXCEPTION = "org.apache.kafka.common.errors.OutOfOrderSequenceException";
    private static final String RETRIED = "for transactions v2 idempotent producer with no existing state";

    @Override
    public FilterReply decide(final ILoggingEvent event) {
        final IThrowableProxy thrown = event.getThrowableProxy();
        if (LOGGER.equals(event.getLoggerName()) && thrown != null && EXCEPTION.equals(thrown.getClassName())
                && thrown.getMessage() != null && thrown.getMessage().contains(RETRIED)) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
