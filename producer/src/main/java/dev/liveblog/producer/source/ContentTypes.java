package dev.liveblog.producer.source;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What an HTTP content type says: its media type and charset, both optional and often wrong in the wild. */
final class ContentTypes {

    private static final Logger LOG = LoggerFactory.getLogger(ContentTypes.class);
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

    private ContentTypes() {
    }

    /** The media type, lower case, without parameters; "" when none is given. */
    static String mediaType(final String contentType) {
        if (contentType == null) {
            return "";
        }
        final int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The declared charset, or null when none is declared or Java does not know it (then the content decides). */
    static Charset charset(final String source, final String contentType) {
        if (contentType == null) {
            return null;
        }
        final Matcher matcher = CHARSET.matcher(contentType);
        if (!matcher.find()) {
            return null;
        }
        final String name = matcher.group(1);
        try {
            if (Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        } catch (final IllegalCharsetNameException e) {
            // reported below like an unknown one
        }
        LOG.warn("{}: unknown charset '{}' in content type, reading it from the content instead", source, name);
        return null;
    }

    static boolean isFeed(final String mediaType) {
        return mediaType.equals("application/rss+xml") || mediaType.equals("application/atom+xml")
                || mediaType.equals("application/rdf+xml");
    }

    static boolean isHtml(final String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }
}
