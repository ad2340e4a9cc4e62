package dev.liveblog.producer;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The settings a source carries with it. A live blog's text does not say its blog id, date or zone, so a file
 * {@code NAME.properties} beside {@code NAME.txt} may hold them ({@code liveblog.blog.id}, {@code liveblog.blog.date},
 * {@code liveblog.blog.zone}); without one, the blog id is the file's name.
 */
public final class SourceSettings {

    private SourceSettings() {
    }

    /** The blog settings of a source file: its derived blog id, overridden by its sidecar file if there is one. */
    public static Map<String, String> of(final Path source) {
        final Map<String, String> settings = new HashMap<>();
        final String stem = stem(source);
        settings.put(LiveBlogProducerConfig.BLOG_ID, stem.replaceAll("[^A-Za-z0-9._:-]", "-"));
        final Path sidecar = source.resolveSibling(stem + ".properties");
        if (Files.isRegularFile(sidecar)) {
            final Properties props = new Properties();
            try (Reader reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
                props.load(reader);
            } catch (final IOException | IllegalArgumentException e) {
                throw new UserException(ExitCodes.BAD_CONFIG, "cannot read " + sidecar + ": " + e.getMessage(), e);
            }
            props.stringPropertyNames().forEach(k -> settings.put(k, props.getProperty(k).trim()));
        }
        return settings;
    }

    private static String stem(final Path file) {
        final String name = file.getFileName().toString();
        final int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
