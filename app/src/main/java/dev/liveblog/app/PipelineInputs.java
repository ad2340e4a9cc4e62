package dev.liveblog.app;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.producer.LiveBlogProducer;
import dev.liveblog.producer.EntryOrder;
import dev.liveblog.producer.PlainTextSource;
import dev.liveblog.producer.SourceLine;
import dev.liveblog.schema.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The sources of a local run and the blog settings that come with them: either files given by the user (with
 * an optional {@code NAME.properties} beside the first one holding its blog id, date and zone) or the bundled
 * sample, whose settings live in {@code sample/sample.properties}.
 */
record PipelineInputs(List<LiveBlogProducer.Input> sources, Map<String, String> blogSettings) {

    static final String SAMPLE_MANIFEST = "sample/sample.properties";
    static final String SAMPLE_INPUT_KEY = "liveblog.sample.input";

    static PipelineInputs bundledSample(final PlainTextSource reader) {
        final Properties manifest = load(SAMPLE_MANIFEST, resource(SAMPLE_MANIFEST));
        final String input = manifest.getProperty(SAMPLE_INPUT_KEY);
        if (input == null) {
            throw new IllegalStateException(SAMPLE_MANIFEST + " does not name its input (" + SAMPLE_INPUT_KEY + ")");
        }
        try (InputStream text = resource("sample/" + input)) {
            final LiveBlogProducer.Input source = new LiveBlogProducer.Input(input, reader.read(input, text));
            final Map<String, String> settings = toMap(manifest);
            settings.remove(SAMPLE_INPUT_KEY);
            return new PipelineInputs(List.of(source), settings);
        } catch (final IOException e) {
            throw new IllegalStateException("cannot read the bundled sample " + input, e);
        }
    }

    static PipelineInputs files(final List<Path> files, final PlainTextSource reader) {
        final List<LiveBlogProducer.Input> sources = new ArrayList<>();
        for (final Path file : files) {
            sources.add(new LiveBlogProducer.Input(file.getFileName().toString(), reader.read(file)));
        }
        final Map<String, String> settings = new HashMap<>();
        settings.put("liveblog.blog.id", stem(files.get(0)).replaceAll("[^A-Za-z0-9._:-]", "-"));
        final Path sidecar = files.get(0).resolveSibling(stem(files.get(0)) + ".properties");
        if (Files.isRegularFile(sidecar)) {
            try (InputStream in = Files.newInputStream(sidecar)) {
                settings.putAll(toMap(load(sidecar.toString(), in)));
            } catch (final IOException e) {
                throw new UserException(ExitCodes.BAD_CONFIG, "cannot read " + sidecar + ": " + e.getMessage(), e);
            }
        }
        return new PipelineInputs(List.copyOf(sources), settings);
    }

    /** Where each entry comes from, in the order the producer sends them. */
    List<Origin> sendOrder(final EntryOrder order) {
        final List<Origin> origins = new ArrayList<>();
        for (final LiveBlogProducer.Input source : sources) {
            for (final SourceLine line : order.arrange(source.lines())) {
                origins.add(new Origin(source.sourceName(), line.line()));
            }
        }
        return origins;
    }

    int entries() {
        return sources.stream().mapToInt(s -> s.lines().size()).sum();
    }

    private static String stem(final Path file) {
        final String name = file.getFileName().toString();
        final int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static InputStream resource(final String name) {
        final InputStream in = PipelineInputs.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the bundled resource " + name + " is missing from the build");
        }
        return in;
    }

    private static Properties load(final String name, final InputStream in) {
        final Properties props = new Properties();
        try (in; Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (final IOException | IllegalArgumentException e) {
            throw new UserException(ExitCodes.BAD_CONFIG, "cannot read " + name + ": " + e.getMessage(), e);
        }
        return props;
    }

    private static Map<String, String> toMap(final Properties props) {
        final Map<String, String> map = new HashMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k).trim()));
        return map;
    }
}
