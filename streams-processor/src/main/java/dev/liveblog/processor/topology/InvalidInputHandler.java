package dev.liveblog.processor.topology;

import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import dev.liveblog.processor.metrics.PipelineMetrics;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Continue only for invalid input, fail on anything else. An {@link InvalidEntryException} is thrown before any
 * store is written, so skipping its record (to the dead-letter topic, with the reason) leaves no trace in the state.
 * Any other exception may come between two store writes of one record; failing the task makes exactly-once abort
 * the transaction and restore the stores from their changelogs, so no item is stored without being emitted. A
 * record that fails every time stops the processor: it is a bug to fix, not input to drop.
 */
public final class InvalidInputHandler extends LogAndContinueProcessingExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(InvalidInputHandler.class);

    private PipelineMetrics metrics = PipelineMetrics.discarding();

    @Override
    public void configure(final Map<String, ?> configs) {
        super.configure(configs);
        metrics = PipelineMetrics.from(configs);
    }

    @Override
    public Response handleError(final ErrorHandlerContext context, final Record<?, ?> record,
                                final Exception exception) {
        if (invalidInput(exception)) {
            metrics.deadLetter();
            return super.handleError(context, record, exception);
        }
        LOG.error("Processing failed at {} partition {} offset {} (processor {}): {}; failing the task so that its "
                        + "transaction aborts and its stores are restored", context.topic(), context.partition(),
                context.offset(), context.processorNodeId(), exception.toString());
        return Response.fail();
    }

    static boolean invalidInput(final Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidEntryException) {
                return true;
            }
        }
        return false;
    }
}
