package dev.liveblog.benchmarks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.liveblog.benchmarks.SyntheticBlog;
import dev.liveblog.common.topics.Topic;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.schema.BlogEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The references the processor is measured against do what their names say, and nothing else. */
class TopologyBenchmarkTest {

    private final Topic<String, BlogEntry> in = Topics.defaults().raw();
    private final Topic<String, BlogEntry> out = new Topic<>("out", in.keySerde(), in.valueSerde(),
            Topic.CleanupPolicy.DELETE, "the reference's output");

    @Test
    void loggingPassThroughShouldWriteEachEntryUnchangedAndRememberItsTextInEachStore(@TempDir final Path state) {
        // given entries of a synthetic blog
        final List<BlogEntry> entries = new SyntheticBlog("blog-a", 7).entries(20, 0.15, 0.05);

        try (TopologyTestDriver driver = new TopologyTestDriver(TopologyBenchmark.loggingPassThrough(in, out, 2),
                properties(state))) {
            // when the pass-through that keeps a store reads them
            final TestInputTopic<String, BlogEntry> input = driver.createInputTopic(in.name(),
                    in.keySerde().serializer(), in.valueSerde().serializer());
            entries.forEach(entry -> input.pipeInput(entry.getBlogId(), entry));

            // then each is written unchanged, in order, and its text is in each store under its id
            final TestOutputTopic<String, BlogEntry> output = driver.createOutputTopic(out.name(),
                    out.keySerde().deserializer(), out.valueSerde().deserializer());
            assertEquals(entries, output.readValuesToList());
            for (final String store : List.of("seen-entries-0", "seen-entries-1")) {
                final KeyValueStore<String, String> seen = driver.getKeyValueStore(store);
                entries.forEach(entry -> assertEquals(entry.getText(), seen.get(entry.getEntryId()), store));
            }
        }
    }

    @Test
    void passThroughShouldWriteEachEntryUnchanged(@TempDir final Path state) {
        final List<BlogEntry> entries = new SyntheticBlog("blog-b", 8).entries(10, 0, 0);
        try (TopologyTestDriver driver = new TopologyTestDriver(TopologyBenchmark.passThrough(in, out),
                properties(state))) {
            final TestInputTopic<String, BlogEntry> input = driver.createInputTopic(in.name(),
                    in.keySerde().serializer(), in.valueSerde().serializer());
            entries.forEach(entry -> input.pipeInput(entry.getBlogId(), entry));
            assertEquals(entries, driver.createOutputTopic(out.name(), out.keySerde().deserializer(),
                    out.valueSerde().deserializer()).readValuesToList());
        }
    }

    private static Properties properties(final Path state) {
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-benchmark-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        return props;
    }
}
