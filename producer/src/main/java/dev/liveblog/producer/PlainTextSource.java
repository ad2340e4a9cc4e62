package dev.liveblog.producer;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a live blog scraped as plain text: one entry per non-empty line, in page order. Decoding is strict
 * UTF-8, line by line, so that a bad byte is reported with its file and line instead of turning into
 * replacement characters.
 */
public final class PlainTextSource {

    private static final Logger LOG = LoggerFactory.getLogger(PlainTextSource.class);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InvalidLinePolicy invalidLinePolicy;

    public PlainTextSource(final InvalidLinePolicy invalidLinePolicy) {
        this.invalidLinePolicy = invalidLinePolicy;
    }

    /** Reads a file; a missing, unreadable or non-regular path is a user error naming it. */
    public List<SourceLine> read(final Path path) {
        if (!Files.exists(path)) {
            throw new UserException(ExitCodes.BAD_INPUT, "cannot read " + path + ": no such file");
        }
        if (Files.isDirectory(path)) {
            throw new UserException(ExitCodes.BAD_INPUT, "cannot read " + path + ": is a directory");
        }
        final byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (final IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, "cannot read " + path + ": " + e.getMessage(), e);
        }
        return parse(path.toString(), content);
    }

    /** Reads a stream to its end (standard input, a bundled resource). */
    public List<SourceLine> read(final String sourceName, final InputStream in) {
        try {
            return parse(sourceName, in.readAllBytes());
        } catch (final IOException e) {
            throw new UserException(ExitCodes.BAD_INPUT, "cannot read " + sourceName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Splits content into its non-empty lines, each decoded strictly; blank lines keep their number, and each line
     * knows the non-blank line above it.
     */
    public List<SourceLine> parse(final String sourceName, final byte[] content) {
        final List<SourceLine> lines = new ArrayList<>();
        int start = startsWithBom(content) ? UTF8_BOM.length : 0;
        int lineNumber = 1;
        int above = 0;
        while (start <= content.length) {
            int end = indexOf(content, (byte) '\n', start);
            if (end < 0) {
                end = content.length;
            }
            final String text = decode(sourceName, lineNumber, content, start, end);
            if (text != null && !text.isBlank()) {
                lines.add(new SourceLine(lineNumber, text.strip(), above));
                above = lineNumber;
            }
            start = end + 1;
            lineNumber++;
        }
        return lines;
    }

    private String decode(final String sourceName, final int lineNumber, final byte[] content, final int start,
                          final int end) {
        final int length = end > start && content[end - 1] == '\r' ? end - start - 1 : end - start;
        final int nul = indexOf(content, (byte) 0, start, start + length);
        if (nul >= 0) {
            return reject(sourceName, lineNumber, "binary data (NUL byte at column " + (nul - start + 1) + ")");
        }
        final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        final ByteBuffer bytes = ByteBuffer.wrap(content, start, length);
        try {
            return decoder.decode(bytes).toString();
        } catch (final MalformedInputException e) {
            final int offset = bytes.position();
            return reject(sourceName, lineNumber, String.format(Locale.ROOT,
                    "invalid UTF-8 (byte 0x%02X at column %d)", content[offset] & 0xFF, offset - start + 1));
        } catch (final CharacterCodingException e) {
            return reject(sourceName, lineNumber, "invalid UTF-8 (" + e.getMessage() + ")");
        }
    }

    private String reject(final String sourceName, final int lineNumber, final String problem) {
        final String message = sourceName + ":" + lineNumber + ": " + problem;
        if (invalidLinePolicy == InvalidLinePolicy.FAIL) {
            throw new UserException(ExitCodes.BAD_INPUT, message
                    + "; use --invalid-lines skip to leave such lines out");
        }
        LOG.warn("Skipping {}", message);
        return null;
    }

    private static boolean startsWithBom(final byte[] content) {
        return content.length >= UTF8_BOM.length && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
                && content[2] == UTF8_BOM[2];
    }

    private static int indexOf(final byte[] content, final byte value, final int from) {
        return indexOf(content, value, from, content.length);
    }

    private static int indexOf(final byte[] content, final byte value, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (content[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
