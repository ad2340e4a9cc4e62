package dev.liveblog.processor.topology;

import dev.liveblog.schema.serde.SchemaChannelException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import dev.liveblog.processor.metrics.PipelineMetrics;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Skips (to the dead-letter topic) a record whose bytes cannot be decoded, but fails the task when decoding failed
 * because the schemas topic could not be read: the record is not at fault then, and is read again once the topic is
 * back, instead of being dead-lettered with every other record of a newer writer.
 */
public final class UndecodableRecordHandler extends LogAndContinueExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UndecodableRecordHandler.class);

    private PipelineMetrics metrics = PipelineMetrics.discarding();

    @Override
    public void configure(final Map<String, ?> configs) {
        super.configure(configs);
        metrics = PipelineMetrics.from(configs);
    }

    @Override
    public Response handleError(final ErrorHandlerContext context, final ConsumerRecord<byte[], byte[]> record,
                                final Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SchemaChannelException) {
                LOG.error("Cannot decode the record at {} partition {} offset {} while the schemas topic cannot be "
                        + "read ({}); failing the task so that it is read again", context.topic(),
                        context.partition(), context.offset(), cause.getMessage());
                return Response.fail();
            }
        }
        metrics.deadLetter();
        return super.handleError(context, record, exception);
    }
}
