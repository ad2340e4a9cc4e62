package dev.liveblog.app;

import dev.liveblog.common.cli.ExitCodes;
import dev.liveblog.common.cli.UserException;
import dev.liveblog.producer.LiveBlogProducer;
import dev.liveblog.producer.EntryOrder;
import dev.liveblog.producer.PlainTextSource;
import dev.liveblog.producer.SourceSettings;
import dev.liveblog.producer.source.Update;
import dev.liveblog.schema.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The sources of a local run and the blog settings that come with them (see {@link SourceSettings}): either
 * files given by the user or the bundled sample named by {@code sample/sample.properties}.
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
        final String sidecar = "sample/" + input.substring(0, input.lastIndexOf('.')) + ".properties";
        try (InputStream text = resource("sample/" + input)) {
            final LiveBlogProducer.Input source = LiveBlogProducer.Input.ofLines(input, reader.read(input, text));
            return new PipelineInputs(List.of(source), toMap(load(sidecar, resource(sidecar))));
        } catch (final IOException e) {
            throw new IllegalStateException("cannot read the bundled sample " + input, e);
        }
    }

    static PipelineInputs files(final List<Path> files, final PlainTextSource reader) {
        final List<LiveBlogProducer.Input> sources = new ArrayList<>();
        for (final Path file : files) {
            sources.add(LiveBlogProducer.Input.ofLines(file.getFileName().toString(), reader.read(file)));
        }
        final Map<String, String> settings = SourceSettings.of(files.get(0));
        return new PipelineInputs(List.copyOf(sources), settings);
    }

    /** Where each entry comes from, in the order the producer sends them. */
    List<Origin> sendOrder(final EntryOrder order) {
        final List<Origin> origins = new ArrayList<>();
        for (final LiveBlogProducer.Input source : sources) {
            for (final Update update : order.arrangeUpdates(source.updates())) {
                origins.add(new Origin(source.sourceName(), update.position()));
            }
        }
        return origins;
    }

    int entries() {
        return sources.stream().mapToInt(s -> s.updates().size()).sum();
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
