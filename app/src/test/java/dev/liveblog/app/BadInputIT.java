package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's mistakes, each answered by the packaged command with one readable line and its documented exit code
 * (README, "Exit codes"), never a stack trace.
 */
class BadInputIT {

    private static EmbeddedKafkaBroker broker;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedKafkaBroker.start();
        assertEquals(0, Cli.run("create-topics", "--bootstrap-servers", broker.bootstrapServers()).exitCode());
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldRefuseADirectoryAsInput() throws Exception {
        assertOneLine(ExitCodes.BAD_INPUT, "liveblog produce: cannot read " + dir + ": is a directory",
                produce("--input", dir.toString()));
    }

    @Test
    void shouldRefuseABinaryFileNamingItsLine() throws Exception {
        final Path binary = dir.resolve("photo.jpg");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10, '\n'});
        assertOneLine(ExitCodes.BAD_INPUT, "liveblog produce: " + binary + ":1: binary data (NUL byte at column 3); "
                + "use --invalid-lines skip to leave such lines out", produce("--input", binary.toString()));
    }

    @Test
    void shouldRefuseInvalidUtf8UnlessToldToSkipIt() throws Exception {
        final Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "First entry is fine.\nCaf\u00E9 entry in Latin-1.\n".getBytes(StandardCharsets.ISO_8859_1));

        assertOneLine(ExitCodes.BAD_INPUT, "liveblog produce: " + latin1 + ":2: invalid UTF-8 (byte 0xE9 at column 4); "
                + "use --invalid-lines skip to leave such lines out", produce("--input", latin1.toString()));
        final Cli.Result skipped = produce("--input", latin1.toString(), "--invalid-lines", "skip");
        assertEquals(0, skipped.exitCode(), skipped.stderr());
        assertEquals(true, skipped.stdout().startsWith("produced 1 entries"), skipped.stdout());
    }

    @Test
    void shouldRefuseAnEmptyFile() throws Exception {
        final Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertOneLine(ExitCodes.BAD_INPUT, "liveblog produce: " + empty + " holds no entries",
                produce("--input", empty.toString()));
    }

    @Test
    void shouldRefuseAnEntryTooLargeForKafkaNamingItsLine() throws Exception {
        final Path huge = dir.resolve("huge.txt");
        Files.writeString(huge, "Short entry.\n" + "word ".repeat(300_000) + "\n");
        final Cli.Result result = produce("--input", huge.toString());
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.stderr());
        assertEquals(1, result.messages().size(), result.stderr());
        assertEquals(true, result.messages().get(0).startsWith("liveblog produce: huge.txt:2: entry too large for Kafka"),
                result.messages().get(0));
    }

    @Test
    void shouldRefuseAnUnreadablePropertiesFile() throws Exception {
        final Path missing = dir.resolve("client.properties");
        assertOneLine(ExitCodes.BAD_CONFIG, "liveblog consume: cannot read properties file " + missing
                + ": no such file", Cli.run("consume", "--config", missing.toString()));
    }

    @Test
    void shouldAskForABlogIdWhenReadingStandardInput() throws Exception {
        final Path text = Files.writeString(dir.resolve("stdin.txt"), "An entry.\n");
        assertOneLine(ExitCodes.BAD_CONFIG, "liveblog produce: missing required setting 'liveblog.blog.id' (option, "
                + "environment variable LIVEBLOG_BLOG_ID or properties file)",
                Cli.runWithInput(text, "produce", "--bootstrap-servers", broker.bootstrapServers()));
    }

    @Test
    void shouldRefuseAMistypedDate() throws Exception {
        final Path text = Files.writeString(dir.resolve("blog.txt"), "An entry.\n");
        assertOneLine(ExitCodes.BAD_CONFIG, "liveblog produce: invalid value '2025-13-01' for setting "
                + "'liveblog.blog.date' (command line); allowed: a date, YYYY-MM-DD",
                produce("--input", text.toString(), "--date", "2025-13-01"));
    }

    @Test
    void shouldRefuseAUrlThatIsNoHttpUrl() throws Exception {
        assertOneLine(ExitCodes.BAD_CONFIG, "liveblog produce: --url ftp://news.example/live: not an http(s) URL "
                + "with a host", produce("--url", "ftp://news.example/live", "--polls", "1"));
    }

    @Test
    void shouldNameTheFileAndLineOfABadBlogsFileLine() throws Exception {
        final Path blogs = Files.writeString(dir.resolve("blogs.txt"),
                "# blogs\nhttps://news.example/live/a  blog-a\nhttps://news.example/live/b  blog-b  colour=red\n");
        assertOneLine(ExitCodes.BAD_CONFIG, "liveblog produce: " + blogs + ":3: 'colour=red' is neither the blog id "
                + "(second, before any option) nor one of selector=, format=, zone=, date=",
                produce("--blogs", blogs.toString()));
    }

    @Test
    void shouldRefuseANegativeNumberOfPolls() throws Exception {
        assertOneLine(ExitCodes.USAGE, "liveblog produce: --polls must be 0 (until stopped) or more: -1",
                produce("--url", "https://news.example/live", "--polls", "-1"));
    }

    @Test
    void shouldKeepPollingPastAnUnreachableUrlAndSayWhyInOneLine() throws Exception {
        // given a URL nothing answers at
        final int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        final String url = "http://127.0.0.1:" + closed + "/live";

        // when it is polled twice
        final Cli.Result result = produce("--url", url, "--polls", "2", "--interval", "100ms", "--state",
                dir.resolve("state.json").toString());

        // then each failure is one line naming the URL, and the poller ends normally after its polls
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(2, result.stderr().lines().filter(l -> l.contains(url + ": cannot connect")).count(),
                result.stderr());
        assertTrue(result.stdout().contains("2 poll(s), 2 failed"), result.stdout());
    }

    @Test
    void shouldReportEveryBadSettingOnALineOfItsOwnBeforeContactingKafka() throws Exception {
        // given a properties file with a value out of range and a mistyped key, and a bad option
        final Path config = Files.writeString(dir.resolve("processor.properties"),
                "liveblog.dedup.near.threshold=1.5\nliveblog.state.sweep.budjet=100\n", StandardCharsets.UTF_8);

        // when the processor starts with them against a cluster that is not there
        final Cli.Result result = Cli.run("process", "--bootstrap-servers", "localhost:1", "--config",
                config.toString(), "-X", "liveblog.kafka.wait.seconds=0");

        // then each problem is one line, the configuration's exit code, and no wait for Kafka
        assertEquals(List.of(
                "liveblog process: invalid value '0' for setting 'liveblog.kafka.wait.seconds' (command line); "
                        + "allowed: a whole number, at least 1",
                "liveblog process: invalid value '1.5' for setting 'liveblog.dedup.near.threshold' (properties file "
                        + config + "); allowed: a number, 0 to 1",
                "liveblog process: unknown setting 'liveblog.state.sweep.budjet' (properties file " + config
                        + "); did you mean 'liveblog.state.sweep.budget'?"), result.messages(), result.stderr());
        assertEquals(ExitCodes.BAD_CONFIG, result.exitCode(), result.stderr());
    }

    private Cli.Result produce(final String... args) throws Exception {
        final List<String> all = new java.util.ArrayList<>(List.of("produce", "--bootstrap-servers",
                broker.bootstrapServers()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(new String[0]));
    }

    private static void assertOneLine(final int exitCode, final String message, final Cli.Result result) {
        assertEquals(List.of(message), result.messages(), result.stderr());
        assertEquals(exitCode, result.exitCode(), result.stderr());
    }
}
