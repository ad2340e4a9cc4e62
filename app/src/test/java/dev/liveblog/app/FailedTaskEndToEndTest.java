package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.processor.LiveBlogProcessor;
import dev.liveblog.processor.enrich.EnrichStores;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.FilterReason;
import dev.liveblog.schema.FilteredEntry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.ProcessorWrapper;
import org.apache.kafka.streams.processor.api.WrappedFixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.WrappedProcessorSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unexpected exception between two store writes of one record fails the task, and exactly-once rolls the
 * first write back: after the restart the record is processed again from the start, and its item is emitted.
 */
class FailedTaskEndToEndTest {

    private static final String BLOG = "blog-fault";
    private static final String TEXT = "Engineers restored power to the northern districts after a night without it.";
    /**
     * Armed once: the enricher's write of the item it emits fails for the first entry, after the deduplicator wrote
     * the item, its indexes and its place in the blog's sequence.
     */
    private static final AtomicBoolean ARMED = new AtomicBoolean();

    @Test
    void shouldLeaveNoPartialStateAfterAFailureBetweenTwoStoreWrites(@TempDir final Path dir) throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            final Settings faulty = BrokerRecords.settings(broker, dir.resolve("state"),
                    // (a client stopped by an error does not leave its group: a short session lets the restart in)
                    Map.of(StreamsConfig.PROCESSOR_WRAPPER_CLASS_CONFIG, FaultBetweenWrites.class.getName(),
                            "session.timeout.ms", "6000"));
            final Topics topics = Topics.from(faulty);
            try (TopicAdmin admin = TopicAdmin.connect(faulty)) {
                admin.createMissing(List.copyOf(topics.all()), 1, (short) 1);
            }
            final BrokerRecords records = new BrokerRecords(broker, topics);

            // given a processor that fails after the deduplicator stored the new item, before the enricher emits it
            ARMED.set(true);
            try (LiveBlogProcessor processor = LiveBlogProcessor.start(faulty)) {
                records.send(List.of(BrokerRecords.entry(BLOG, TEXT, "p-1", 1, null)));
                processor.awaitStopped();

                // then the processor stopped on the failure instead of skipping the record
                assertEquals(KafkaStreams.State.ERROR, processor.state());
                assertNotNull(processor.failure());
                assertTrue(records.read(topics.deadLetter().name(), org.apache.kafka.common.serialization.Serdes
                        .ByteArray(), 0).isEmpty(), "an unexpected failure is not dead-lettered");
            }
            assertTrue(!ARMED.get(), "the fault was injected");

            // when it restarts on the same state directory and the entry is re-polled
            try (LiveBlogProcessor processor = LiveBlogProcessor.start(BrokerRecords.settings(broker,
                    dir.resolve("state"), Map.of()))) {
                assertTrue(processor.awaitRunning(Duration.ofSeconds(60)));
                records.send(List.of(BrokerRecords.entry(BLOG, TEXT, "p-2", 1, null)));

                // then the first entry made its item, emitted once, and the re-poll is a repeat of that item: the
                // item written before the failure did not survive it (had it, the first entry would have been taken
                // for a repeat of an item the canonical topic never saw)
                final List<ConsumerRecord<String, FilteredEntry>> filtered = records.read(topics.filtered().name(),
                        topics.filtered().valueSerde(), 1);
                final List<ConsumerRecord<String, CanonicalEntry>> canonical = records.read(
                        topics.canonical().name(), topics.canonical().valueSerde(), 1);
                assertEquals(1, canonical.size(), "one canonical record");
                assertEquals(1, canonical.get(0).value().getVersion());
                assertEquals(1, filtered.size(), "one filtered record");
                assertEquals(FilterReason.DUPLICATE, filtered.get(0).value().getReason());
                assertEquals(canonical.get(0).value().getCanonicalId(), filtered.get(0).value().getCanonicalId());
            }
        }
    }

    /** Wraps the item processor so that, once, the enricher's item write throws after the deduplicator's writes. */
    public static final class FaultBetweenWrites implements ProcessorWrapper {

        @Override
        public <KIn, VIn, KOut, VOut> WrappedProcessorSupplier<KIn, VIn, KOut, VOut> wrapProcessorSupplier(
                final String name, final ProcessorSupplier<KIn, VIn, KOut, VOut> supplier) {
            return ProcessorWrapper.asWrapped(supplier);
        }

        @Override
        public <KIn, VIn, VOut> WrappedFixedKeyProcessorSupplier<KIn, VIn, VOut> wrapFixedKeyProcessorSupplier(
                final String name, final FixedKeyProcessorSupplier<KIn, VIn, VOut> supplier) {
            if (!"deduplicate-and-enrich".equals(name)) {
                return ProcessorWrapper.asWrappedFixedKey(supplier);
            }
            return ProcessorWrapper.asWrappedFixedKey(() -> new Faulty<>(supplier.get()));
        }
    }

    private static final class Faulty<K, V, O> implements FixedKeyProcessor<K, V, O> {

        private final FixedKeyProcessor<K, V, O> inner;

        Faulty(final FixedKeyProcessor<K, V, O> inner) {
            this.inner = inner;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void init(final FixedKeyProcessorContext<K, O> context) {
            inner.init((FixedKeyProcessorContext<K, O>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {FixedKeyProcessorContext.class}, (proxy, method, args) -> {
                        final Object result = invoke(method, context, args);
                        if ("getStateStore".equals(method.getName()) && EnrichStores.ITEMS_STORE.equals(args[0])) {
                            return failingPut(result);
                        }
                        return result;
                    }));
        }

        @Override
        public void process(final FixedKeyRecord<K, V> record) {
            inner.process(record);
        }

        private static Object failingPut(final Object store) {
            return Proxy.newProxyInstance(FailedTaskEndToEndTest.class.getClassLoader(),
                    store.getClass().getInterfaces(), (proxy, method, args) -> {
                        if ("put".equals(method.getName()) && ARMED.compareAndSet(true, false)) {
                            throw new IllegalStateException("injected failure between two store writes");
                        }
                        return invoke(method, store, args);
                    });
        }

        private static Object invoke(final java.lang.reflect.Method method, final Object target, final Object[] args)
                throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (final InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
