package dev.liveblog.schema.serde;

import org.apache.kafka.common.KafkaException;

/**
 * The schemas channel could not be read or written (the cluster is unreachable, the topic missing, a timeout).
 * Not a {@link org.apache.kafka.common.errors.SerializationException}: the record is not at fault, so it must not be
 * skipped as undecodable; the task fails and its record is read again once the channel is back.
 */
public final class SchemaChannelException extends KafkaException {

    private static final long serialVersionUID = 1L;

    public SchemaChannelException(final String message, final Throwable cause) {
        super(message, cause);
    }

    public SchemaChannelException(final String message) {
        super(message);
    }
}
