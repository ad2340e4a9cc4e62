package dev.liveblog.benchmarks.suite;

import dev.liveblog.benchmarks.SyntheticBlog;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.producer.EntryPublisher;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.serde.Serdes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Our producer command against Kafka's {@code ProducerPerformance}, each in a JVM of its own, on the same broker
 * with the same acks, idempotence, compression and linger, and payloads of about the same size and text.
 * Ours reads a live blog file and encodes each entry as Avro; the reference sends text payloads from a file.
 */
final class ProducerBenchmark {

    private static final String BLOG_ID = "bench-producer";
    private static final Pattern REFERENCE_TOTAL =
            Pattern.compile("(\\d+) records sent, ([0-9.]+) records/sec \\(([0-9.]+) MB/sec\\)");
    private static final Pattern OURS_TOTAL = Pattern.compile("produced (\\d+) entries .* in ([0-9.]+) s");

    private final BenchCluster cluster;
    private final Path workDir;

    ProducerBenchmark(final BenchCluster cluster, final Path workDir) {
        this.cluster = cluster;
        this.workDir = workDir;
    }

    /** Runs both {@code rounds} times, alternating, and compares the best round of each. */
    Figure run(final int records, final int rounds) {
        final List<BlogEntry> entries = new SyntheticBlog(BLOG_ID, 11).entries(records, 0, 0);
        final Path page = writePage(entries);
        final Path payloads = writePayloads(entries);
        // One blog is one key, so our producer writes one partition; the reference gets one partition too.
        final Settings ours = cluster.topicsFor("producer-ours", 1);
        final String referenceTopic = Topics.from(cluster.topicsFor("producer-reference", 1)).raw().name();
        double bestOurs = 0;
        double bestReference = 0;
        for (int round = 0; round < rounds; round++) {
            bestReference = Math.max(bestReference, runReference(referenceTopic, payloads, records));
            bestOurs = Math.max(bestOurs, runOurs(ours, page));
        }
        final String note = String.format(Locale.ROOT, "%,d records, best of %d; Avro entry %.0f B, reference "
                        + "payload %.0f B; one partition; acks=all, idempotent, lz4, linger 5 ms; ours builds and encodes each entry",
                records, rounds, meanAvroSize(entries), meanPayloadSize(payloads));
        return Figure.compared("producer", "our producer vs ProducerPerformance", bestOurs, bestReference, "rec/s",
                0.8, note);
    }

    private double runReference(final String topic, final Path payloads, final int records) {
        final List<String> args = new ArrayList<>(List.of("--topic", topic, "--num-records", String.valueOf(records),
                "--payload-file", payloads.toString(), "--throughput", "-1", "--producer-props",
                "bootstrap.servers=" + cluster.bootstrapServers()));
        for (final String key : List.of(ProducerConfig.ACKS_CONFIG, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, ProducerConfig.LINGER_MS_CONFIG)) {
            args.add(key + "=" + EntryPublisher.DEFAULTS.get(key));
        }
        cluster.kafkaProperties().forEach((key, value) -> {
            if (!ProducerConfig.BOOTSTRAP_SERVERS_CONFIG.equals(key)) {
                args.add(key + "=" + value);
            }
        });
        final String printed = ChildJvm.run(workDir, "org.apache.kafka.tools.ProducerPerformance", args);
        final MatchResult total = lastMatch(REFERENCE_TOTAL, printed, "ProducerPerformance");
        return Double.parseDouble(total.group(2));
    }

    private double runOurs(final Settings topics, final Path page) {
        final List<String> args = new ArrayList<>(List.of("--bootstrap-servers", cluster.bootstrapServers(),
                "-X", Topics.RAW_NAME_KEY + "=" + Topics.from(topics).raw().name(), "--input", page.toString()));
        cluster.kafkaProperties().forEach((key, value) -> {
            if (!ProducerConfig.BOOTSTRAP_SERVERS_CONFIG.equals(key)) {
                args.addAll(List.of("-X", key + "=" + value));
            }
        });
        final String printed = ChildJvm.run(workDir, "dev.liveblog.producer.ProducerCommand", args);
        final MatchResult total = lastMatch(OURS_TOTAL, printed, "our producer");
        return Long.parseLong(total.group(1)) / Double.parseDouble(total.group(2));
    }

    /** The tool's final total: progress lines come first in the same shape. */
    private static MatchResult lastMatch(final Pattern pattern, final String printed, final String tool) {
        final Matcher matcher = pattern.matcher(printed);
        MatchResult last = null;
        while (matcher.find()) {
            last = matcher.toMatchResult();
        }
        if (last == null) {
            throw new IllegalStateException(tool + " printed no total: " + printed.strip());
        }
        return last;
    }

    /** The page as a scraper saves it: newest entry first, one per line, with the blog's settings beside it. */
    private Path writePage(final List<BlogEntry> entries) {
        final List<String> lines = new ArrayList<>(entries.size());
        entries.forEach(e -> lines.add(e.getText()));
        Collections.reverse(lines);
        try {
            final Path page = workDir.resolve(BLOG_ID + ".txt");
            Files.write(page, lines, StandardCharsets.UTF_8);
            Files.writeString(workDir.resolve(BLOG_ID + ".properties"), "liveblog.blog.id=" + BLOG_ID
                    + "\nliveblog.blog.date=2031-03-11\nliveblog.blog.zone=Europe/Oslo\n");
            return page;
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One payload per line: the entry's text, then its other fields as text, so sizes and content match ours. */
    private Path writePayloads(final List<BlogEntry> entries) {
        final List<String> lines = new ArrayList<>(entries.size());
        for (final BlogEntry e : entries) {
            lines.add(String.join(" ", e.getText(), e.getBlogId(), e.getEntryId(), BLOG_ID + ".txt",
                    String.valueOf(e.getPosition()), String.valueOf(e.getIngestedAt().toEpochMilli()),
                    String.valueOf(e.getBlogDate()), e.getBlogZone()));
        }
        try {
            final Path payloads = workDir.resolve("payloads.txt");
            Files.write(payloads, lines, StandardCharsets.UTF_8);
            return payloads;
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double meanAvroSize(final List<BlogEntry> entries) {
        final var serde = Serdes.blogEntry();
        return entries.stream().mapToInt(e -> serde.encode(e).length).average().orElse(0);
    }

    private static double meanPayloadSize(final Path payloads) {
        try (var lines = Files.lines(payloads, StandardCharsets.UTF_8)) {
            return lines.mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).average().orElse(0);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
