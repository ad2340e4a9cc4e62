package dev.liveblog.consumer.sink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;

/**
 * Writes an Avro record as one line of plain JSON: the schema's field names in schema order, union values
 * without Avro's type wrappers, enums as their symbol, and times as ISO-8601 (instants in UTC, dates as days).
 */
public final class JsonRecords {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonRecords() {
    }

    /** The record as one line of JSON, without a line terminator. */
    public static String toJson(final IndexedRecord record) {
        final StringWriter out = new StringWriter(512);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            writeRecord(json, record);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + record.getSchema().getName() + " as JSON", e);
        }
        return out.toString();
    }

    private static void writeRecord(final JsonGenerator json, final IndexedRecord record) throws IOException {
        json.writeStartObject();
        for (final Schema.Field field : record.getSchema().getFields()) {
            json.writeFieldName(field.name());
            writeValue(json, record.get(field.pos()));
        }
        json.writeEndObject();
    }

    private static void writeValue(final JsonGenerator json, final Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof IndexedRecord record) {
            writeRecord(json, record);
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (final Object item : items) {
                writeValue(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (final Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Instant instant) {
            json.writeString(DateTimeFormatter.ISO_INSTANT.format(instant));
        } else if (value instanceof LocalDate date) {
            json.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            json.writeNumber(number.doubleValue());
        } else if (value instanceof Enum<?> || value instanceof GenericEnumSymbol<?> || value instanceof CharSequence) {
            json.writeString(value.toString());
        } else if (value instanceof ByteBuffer bytes) {
            json.writeBinary(bytes.duplicate().array());
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }
}
