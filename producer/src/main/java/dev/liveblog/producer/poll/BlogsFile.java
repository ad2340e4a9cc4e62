package dev.liveblog.producer.poll;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blogs file of a polling producer: one blog per line, {@code URL [BLOG-ID] [key=value ...]}, the keys
 * {@code selector}, {@code format}, {@code zone} and {@code date}; a value with spaces in double quotes; {@code #}
 * starts a comment. Read here into lines; {@link BlogSources} checks what they say, naming file and line.
 */
public final class BlogsFile {

    /** One line of the file. */
    public record Line(Path file, int number, String source, String blogId, Map<String, String> options) {

        /** Where the line is, for messages: {@code FILE:LINE}. */
        public String where() {
            return file + ":" + number;
        }
    }

    static final List<String> KEYS = List.of("selector", "format", "zone", "date");

    private BlogsFile() {
    }

    public static List<Line> read(final Path file) {
        final List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, "cannot read the blogs file " + file + ": "
                    + e.getMessage(), e);
        }
        final List<Line> blogs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            final List<String> words = words(file, i + 1, lines.get(i));
            if (!words.isEmpty()) {
                blogs.add(line(file, i + 1, words));
            }
        }
        if (blogs.isEmpty()) {
            throw new UserException(ExitCodes.BAD_CONFIG, file + ": names no blog (one per line: URL [BLOG-ID] "
                    + "[selector=CSS] [format=F] [zone=Z] [date=YYYY-MM-DD])");
        }
        return blogs;
    }

    private static Line line(final Path file, final int number, final List<String> words) {
        String blogId = null;
        final Map<String, String> options = new LinkedHashMap<>();
        for (final String word : words.subList(1, words.size())) {
            final int eq = word.indexOf('=');
            if (eq < 0 && blogId == null && options.isEmpty()) {
                blogId = word;
            } else if (eq > 0 && KEYS.contains(word.substring(0, eq))) {
                options.put(word.substring(0, eq), word.substring(eq + 1));
            } else {
                throw new UserException(ExitCodes.BAD_CONFIG, file + ":" + number + ": '" + word + "' is neither "
                        + "the blog id (second, before any option) nor one of " + String.join("=, ", KEYS) + "=");
            }
        }
        return new Line(file, number, words.get(0), blogId, options);
    }

    /** The words of a line: split at spaces, double quotes keep spaces, {@code #} outside quotes ends the line. */
    private static List<String> words(final Path file, final int number, final String line) {
        final List<String> words = new ArrayList<>();
        final StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            final char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (!quoted && c == '#' && !inWord) {
                break;
            } else if (!quoted && Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quoted) {
            throw new UserException(ExitCodes.BAD_CONFIG, file + ":" + number + ": a quote is not closed");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
