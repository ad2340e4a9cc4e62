package dev.liveblog.processor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Checks that a {@link LeadingScan} finds what a plain {@link Matcher#find()} over the same region finds, for the
 * tests of each pattern scanned so: over every line of every corpus and the sample, from its start and from a
 * random offset, and over lines made of the words the pattern looks for.
 */
public final class ScanCheck {

    private ScanCheck() {
    }

    /** The matches both found, to show the check had something to compare. */
    public static long assertSameAsFind(final LeadingScan scan, final List<String> words) throws IOException {
        final Random random = new Random(3);
        long found = 0;
        for (final String line : lines(words)) {
            for (final int from : List.of(0, line.isEmpty() ? 0 : random.nextInt(line.length()))) {
                final List<String> expected = find(scan, line, from);
                assertEquals(expected, describe(scan.findAll(line, from)), scan.pattern() + " in: " + line);
                found += expected.size();
            }
        }
        return found;
    }

    private static List<String> find(final LeadingScan scan, final String text, final int from) {
        final Matcher matcher = scan.pattern().matcher(text);
        matcher.region(from, text.length());
        final List<MatchResult> all = new ArrayList<>();
        while (matcher.find()) {
            all.add(matcher.toMatchResult());
        }
        return describe(all);
    }

    private static List<String> describe(final List<MatchResult> matches) {
        final List<String> described = new ArrayList<>();
        for (final MatchResult m : matches) {
            final StringBuilder s = new StringBuilder(m.start() + "-" + m.end());
            for (int g = 0; g <= m.groupCount(); g++) {
                s.append('|').append(m.group(g));
            }
            described.add(s.toString());
        }
        return described;
    }

    /** Every line of every corpus and of the sample blog. */
    public static List<String> corpusLines() throws IOException {
        final List<String> lines = new ArrayList<>();
        for (final Path root : List.of(Path.of("src", "test", "resources", "corpus"), Path.of("..", "sample"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (final Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    lines.addAll(Files.readAllLines(file));
                }
            }
        }
        return lines;
    }

    private static List<String> lines(final List<String> words) throws IOException {
        final List<String> lines = corpusLines();
        final Random random = new Random(5);
        final String[] between = {" ", "", " ", ", ", "x", "2", "-"};
        for (int i = 0; i < 20_000; i++) {
            final StringBuilder line = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                line.append(words.get(random.nextInt(words.size()))).append(between[random.nextInt(between.length)]);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
