package dev.liveblog.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextSourceTest {

    private final PlainTextSource failing = new PlainTextSource(InvalidLinePolicy.FAIL);

    @Test
    void shouldReturnEachNonEmptyLineWithItsLineNumber() {
        // given a source with blank lines, CRLF endings, a BOM and no final newline
        final byte[] content = "\uFEFFfirst entry\r\n\r\n  second entry  \n\nthird".getBytes(StandardCharsets.UTF_8);

        // when it is parsed
        final List<SourceLine> lines = failing.parse("blog.txt", content);

        // then blank lines are skipped but keep their numbers, and text is trimmed
        assertEquals(List.of(new SourceLine(1, "first entry", 0), new SourceLine(3, "second entry", 1),
                new SourceLine(5, "third", 3)), lines);
    }

    @Test
    void shouldNameFileAndLineOfInvalidUtf8() {
        // given a source whose second line holds a byte that is not UTF-8
        final byte[] content = bytes("ok line\n", new byte[] {'b', 'a', 'd', ' ', (byte) 0xC3, '(', '\n'}, "next\n");

        // when it is parsed strictly
        final UserException error = assertThrows(UserException.class, () -> failing.parse("blog.txt", content));

        // then the error names file, line, byte and column
        assertEquals(ExitCodes.BAD_INPUT, error.exitCode());
        assertTrue(error.getMessage().startsWith("blog.txt:2: invalid UTF-8 (byte 0xC3 at column 5)"),
                error.getMessage());
    }

    @Test
    void shouldSkipInvalidLinesWhenAskedTo() {
        // given the same bad line and the skip policy
        final byte[] content = bytes("ok line\n", new byte[] {'b', 'a', 'd', (byte) 0xFF, '\n'}, "next\n");

        // when it is parsed
        final List<SourceLine> lines = new PlainTextSource(InvalidLinePolicy.SKIP).parse("blog.txt", content);

        // then the good lines remain with their numbers
        assertEquals(List.of(new SourceLine(1, "ok line", 0), new SourceLine(3, "next", 1)), lines);
    }

    @Test
    void shouldRejectBinaryContentNamingTheLine() {
        // given a source with a NUL byte on line 1
        final byte[] content = bytes("", new byte[] {'P', 'K', 0, 3, '\n'}, "");

        // when / then
        final UserException error = assertThrows(UserException.class, () -> failing.parse("archive.zip", content));
        assertTrue(error.getMessage().startsWith("archive.zip:1: binary data"), error.getMessage());
    }

    @Test
    void shouldReportMissingFileAndDirectoryByPath(@TempDir final Path dir) {
        // given a path that does not exist and one that is a directory
        final Path missing = dir.resolve("nope.txt");

        // when / then each is one readable error naming the path
        final UserException noFile = assertThrows(UserException.class, () -> failing.read(missing));
        assertEquals("cannot read " + missing + ": no such file", noFile.getMessage());
        final UserException isDir = assertThrows(UserException.class, () -> failing.read(dir));
        assertEquals("cannot read " + dir + ": is a directory", isDir.getMessage());
    }

    @Test
    void shouldReadTheBundledSampleIntoItsFortyEightEntries() throws Exception {
        // given the bundled sample file
        final Path sample = Path.of("..", "sample", "liveblog-istanbul-2025-05-16.txt");

        // when it is read
        final List<SourceLine> lines = failing.read(sample);

        // then there is one entry per line, numbered 1 to 48
        assertEquals(48, lines.size());
        assertEquals(1, lines.get(0).line());
        assertEquals(48, lines.get(47).line());
        assertEquals(Files.readAllLines(sample).get(2).strip(), lines.get(2).text());
    }

    private static byte[] bytes(final String before, final byte[] middle, final String after) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
