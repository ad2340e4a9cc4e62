package dev.liveblog.app;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.processor.LiveBlogProcessorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What {@code liveblog broker --security sasl-ssl} does once its broker runs: the pipeline's topics created by
 * {@code admin}, each component's ACLs ({@link PipelineAcls}) granted, and one client properties file per user
 * written, each usable as {@code --config FILE}. The tests call it too, so they run what operators run.
 */
final class SecuredPipeline {

    /** The consumer's group, as {@code liveblog consume} uses it unless told otherwise. */
    static final String CONSUMER_GROUP = "liveblog-consumer";

    private SecuredPipeline() {
    }

    /** Creates the topics, grants the ACLs and writes {@code <user>.properties} into {@code outDir}; returns them. */
    static Map<String, Path> prepare(final EmbeddedKafkaBroker broker, final Path outDir, final int partitions,
                                     final Duration wait) {
        final Settings admin = Settings.of(broker.clientProperties("admin"));
        final Topics topics = Topics.from(admin);
        try (TopicAdmin client = TopicAdmin.connect(admin.kafkaProperties(), wait)) {
            client.createMissing(List.copyOf(topics.all()), partitions, (short) 1);
            final List<PipelineAcls.Grant> grants = PipelineAcls.grants(topics,
                    LiveBlogProcessorConfig.DEFAULT_APPLICATION_ID, CONSUMER_GROUP);
            client.admin().createAcls(PipelineAcls.bindings(grants)).all()
                    .get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final ExecutionException | TimeoutException e) {
            throw new UserException(ExitCodes.KAFKA_UNAVAILABLE, "cannot grant the pipeline's ACLs at "
                    + broker.bootstrapServers() + ": " + e, e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(ExitCodes.FAILURE, "interrupted while granting ACLs", e);
        }
        final Map<String, Path> files = new LinkedHashMap<>();
        for (final String user : broker.users()) {
            files.put(user, write(outDir.resolve(user + ".properties"), user, broker.clientProperties(user)));
        }
        broker.caCertificate().ifPresent(ca -> copy(ca, outDir.resolve("ca.pem")));
        return files;
    }

    private static Path write(final Path file, final String user, final Map<String, String> properties) {
        final List<String> lines = new ArrayList<>();
        lines.add("# Kafka client properties of user " + user + "; pass as 'liveblog <command> --config " + file
                + "'.");
        lines.add("# It holds the user's password: keep it private.");
        properties.forEach((key, value) -> lines.add(key + "=" + value.replace("\\", "\\\\")));
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
            ownerOnly(file);
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    private static void copy(final Path from, final Path to) {
        try {
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot write " + to, e);
        }
    }

    private static void ownerOnly(final Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
