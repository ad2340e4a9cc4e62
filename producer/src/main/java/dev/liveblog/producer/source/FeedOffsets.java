package dev.liveblog.producer.source;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UTC offset a feed writes its items' times in ({@code Tue, 14 Oct 2025 13:40:00 +0800}), which is the
 * outlet's local time and so the blog's. Rome keeps only the instant, so the first item date is read from the
 * text itself. A feed that writes its times in GMT says nothing of its zone.
 */
final class FeedOffsets {

    private static final Pattern ITEM_DATE = Pattern.compile(
            "<(?:pubDate|published|updated|dc:date)>\\s*([^<]{10,60}?)\\s*</", Pattern.CASE_INSENSITIVE);
    private static final int SCANNED_BYTES = 65_536;

    private FeedOffsets() {
    }

    /** The offset of the first item date that has one other than UTC; null when there is none. */
    static ZoneOffset of(final byte[] body) {
        final Matcher m = ITEM_DATE.matcher(new String(body, 0, Math.min(body.length, SCANNED_BYTES),
                StandardCharsets.ISO_8859_1));
        while (m.find()) {
            final ZoneOffset offset = offset(m.group(1));
            if (offset != null) {
                return offset.equals(ZoneOffset.UTC) ? null : offset;
            }
        }
        return null;
    }

    private static ZoneOffset offset(final String date) {
        try {
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).getOffset();
        } catch (final DateTimeException notRfc822) {
            try {
                return OffsetDateTime.parse(date).getOffset();
            } catch (final DateTimeException notIso) {
                return null;
            }
        }
    }
}
