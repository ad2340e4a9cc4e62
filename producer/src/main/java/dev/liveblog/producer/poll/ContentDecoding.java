package dev.liveblog.producer.poll;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes a {@code Content-Encoding}, which {@link java.net.http.HttpClient} leaves to its caller. gzip (and its
 * alias x-gzip) and deflate are understood, deflate both as the zlib stream the standard means and as the raw
 * stream some servers send; the decoded size is limited too.
 */
final class ContentDecoding {

    /** The server used an encoding we did not offer and cannot read. */
    static final class UnsupportedEncodingException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsupportedEncodingException(final String encoding) {
            super("unsupported Content-Encoding " + encoding);
        }
    }

    private ContentDecoding() {
    }

    /**
     * The body with the encodings named by the {@code Content-Encoding} header values undone, last applied first.
     *
     * @throws LimitedBodySubscriber.TooLargeException if the decoded body passes {@code maxBytes}
     * @throws IOException                             if the body is not validly encoded
     */
    static byte[] decode(final byte[] body, final List<String> headerValues, final long maxBytes)
            throws IOException {
        final List<String> encodings = new ArrayList<>();
        for (final String value : headerValues) {
            for (final String part : value.split(",")) {
                final String encoding = part.trim().toLowerCase(Locale.ROOT);
                if (!encoding.isEmpty() && !encoding.equals("identity")) {
                    encodings.add(encoding);
                }
            }
        }
        byte[] decoded = body;
        for (int i = encodings.size() - 1; i >= 0; i--) {
            decoded = decodeOne(decoded, encodings.get(i), maxBytes);
        }
        return decoded;
    }

    private static byte[] decodeOne(final byte[] body, final String encoding, final long maxBytes)
            throws IOException {
        switch (encoding) {
            case "gzip", "x-gzip" -> {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    return readLimited(in, maxBytes);
                }
            }
            case "deflate" -> {
                try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(body))) {
                    return readLimited(in, maxBytes);
                } catch (final ZipException e) {
                    final Inflater raw = new Inflater(true);
                    try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(body), raw)) {
                        return readLimited(in, maxBytes);
                    } finally {
                        raw.end();
                    }
                }
            }
            default -> throw new UnsupportedEncodingException(encoding);
        }
    }

    private static byte[] readLimited(final InputStream in, final long maxBytes) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final byte[] chunk = new byte[8192];
        int read;
        while ((read = in.read(chunk)) != -1) {
            if ((long) out.size() + read > maxBytes) {
                throw new LimitedBodySubscriber.TooLargeException(maxBytes);
            }
            out.write(chunk, 0, read);
        }
        return out.toByteArray();
    }
}
