package dev.liveblog.benchmarks.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Summarises any JFR recording the way the suite summarises its own, e.g. one made by JMH's {@code -prof jfr}:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.liveblog.benchmarks.suite.JfrSummary FILE [THREAD-REGEX]}.
 */
public final class JfrSummary {

    private JfrSummary() {
    }

    public static void main(final String[] args) {
        if (args.length < 1 || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("usage: JfrSummary FILE.jfr [THREAD-REGEX] (the file must exist)");
            System.exit(2);
        }
        final Pattern threads = Pattern.compile(args.length > 1 ? args[1] : StreamsRun.STREAM_THREAD.pattern());
        JfrProfile.summarise(Path.of(args[0]), threads, 25).forEach(System.out::println);
    }
}
