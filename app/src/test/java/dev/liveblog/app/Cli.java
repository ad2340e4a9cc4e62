package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged command in a JVM of its own, as users do, and captures what it prints. */
final class Cli {

    static final Path JAR = Path.of("target", "liveblog.jar");

    record Result(int exitCode, String stdout, String stderr) {

        /** Standard error without the log lines of the clients: what a user reads. */
        List<String> messages() {
            return stderr.strip().lines().filter(l -> !l.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d+ .*")).toList();
        }
    }

    private Cli() {
    }

    static Result run(final String... args) throws Exception {
        return runWithInput(null, args);
    }

    /** Runs with {@code stdin} as standard input (none when null). */
    static Result runWithInput(final Path stdin, final String... args) throws Exception {
        final List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        final File out = File.createTempFile("cli", ".out");
        final File err = File.createTempFile("cli", ".err");
        try {
            final ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out).redirectError(err);
            if (stdin != null) {
                builder.redirectInput(stdin.toFile());
            }
            final Process process = builder.start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "command did not finish: " + command);
            return new Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            out.delete();
            err.delete();
        }
    }
}
