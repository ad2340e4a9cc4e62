package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.config.Settings;
import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.topics.Topic;
import dev.liveblog.common.topics.TopicAdmin;
import dev.liveblog.common.topics.Topics;
import dev.liveblog.kafka.EmbeddedKafkaBroker;
import dev.liveblog.processor.LiveBlogProcessor;
import dev.liveblog.processor.dedup.DedupStores;
import dev.liveblog.processor.state.DedupItem;
import dev.liveblog.processor.state.StateSchemas;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.DuplicateKind;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.serde.Fingerprints;
import dev.liveblog.schema.serde.SchemaHistory;
import dev.liveblog.schema.serde.SchemaHistoryCheck;
import dev.liveblog.schema.serde.SchemaTopic;
import dev.liveblog.schema.serde.SchemaVersion;
import dev.liveblog.schema.serde.SharedSchemaCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema evolution against a real broker, in both upgrade orders: a newer producer feeds today's processor, which
 * finds the producer's schema in the schemas topic; an older producer's records and an older release's state still
 * decode; a record whose schema is nowhere is dead-lettered naming its fingerprint; and an incompatible change
 * fails the build's check. Each test has its own topics, schemas topic and application id on one broker.
 */
class SchemaEvolutionIT {

    private static final String BLOG = "blog-evolution";
    private static final List<String> TEXTS = List.of(
            "The coastguard said it had lifted a family of five to safety from a farmhouse roof.",
            "Rail services between the two cities will resume on Monday, the operator announced.",
            "Volunteers filled sandbags outside the town hall as the river kept rising overnight.",
            "The regional council has opened three schools as shelters for people forced from their homes.",
            "Power was restored to most households in the valley by early afternoon, the utility said.",
            "A temporary bridge for pedestrians will be built next to the damaged one, engineers confirmed.");
    private static EmbeddedKafkaBroker broker;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldProcessEntriesOfANewerProducerWhoseSchemaItFindsOnlyInTheSchemasTopic() throws Exception {
        // given a newer producer's BlogEntry (today's plus an optional field), unknown to this build, published
        // on the schemas topic the way that producer's serde does before its first record
        final Schema next = fixture("BlogEntry-next.avsc");
        assertNull(SchemaHistory.contract().store().findByFingerprint(Fingerprints.of(next)), "not released here");
        final Settings settings = settings("newer-producer");
        final Topics topics = createTopics(settings);
        SharedSchemaCatalog.over(new SchemaTopic(settings.kafkaProperties(), topics.schemas().name())).publish(next);

        // when it sends three entries and an exact repeat of the first to today's processor
        final List<String> texts = List.of(TEXTS.get(0), TEXTS.get(1), TEXTS.get(2), TEXTS.get(0));
        try (LiveBlogProcessor processor = LiveBlogProcessor.start(settings)) {
            for (int i = 0; i < texts.size(); i++) {
                final GenericRecord entry = entry(next, texts.get(i), "poll-" + i + ".txt", i + 1);
                entry.put("language", "en");
                sendRaw(topics, encode(next, entry));
            }

            // then every entry became an item or a filtered repeat, and nothing was dead-lettered
            assertAccountedFor(topics, texts, 3, 1);
        }

        // and the processor published the schemas it writes next to the producer's
        final Set<String> published = readSchemaKeys(topics);
        assertTrue(published.contains(Fingerprints.hex(Fingerprints.of(next))), published.toString());
        assertTrue(published.contains(Fingerprints.hex(Fingerprints.of(CanonicalEntry.getClassSchema()))),
                published.toString());
        assertTrue(published.contains(Fingerprints.hex(Fingerprints.of(FilteredEntry.getClassSchema()))),
                published.toString());
    }

    @Test
    void shouldProcessEntriesOfOlderProducersWithTodaysProcessor() throws Exception {
        // given every BlogEntry schema released before today's (the first lacks abovePosition)
        final List<SchemaVersion> older = olderVersions(SchemaHistory.contract(), "BlogEntry");
        assertFalse(older.isEmpty());
        assertNull(older.get(0).schema().getField("abovePosition"));
        final Settings settings = settings("older-producer");
        final Topics topics = createTopics(settings);

        // when a producer of each sends entries, the last one repeating the first
        final List<String> texts = new ArrayList<>();
        try (LiveBlogProcessor processor = LiveBlogProcessor.start(settings)) {
            for (int v = 0; v < older.size(); v++) {
                for (int i = 0; i < 2; i++) {
                    final String text = TEXTS.get((2 * v + i) % TEXTS.size());
                    texts.add(text);
                    final Schema schema = older.get(v).schema();
                    sendRaw(topics, encode(schema, entry(schema, text, "poll-" + v + ".txt", i + 1)));
                }
            }
            final Schema first = older.get(0).schema();
            texts.add(texts.get(0));
            sendRaw(topics, encode(first, entry(first, texts.get(0), "poll-again.txt", 1)));

            // then nothing is lost and nothing dead-lettered
            final int distinct = (int) texts.stream().distinct().count();
            assertAccountedFor(topics, texts, distinct, texts.size() - distinct);
        }
    }

    @Test
    void shouldDeadLetterARecordWhoseSchemaIsNowhereNamingItsFingerprintAndTheTopic() throws Exception {
        // given a newer producer that did not publish its schema
        final Schema next = fixture("BlogEntry-next.avsc");
        final Settings settings = settings("unpublished");
        final Topics topics = createTopics(settings);

        try (LiveBlogProcessor processor = LiveBlogProcessor.start(settings)) {
            // when its entry arrives, then a valid one
            sendRaw(topics, encode(next, entry(next, TEXTS.get(3), "poll.txt", 1)));
            sendRaw(topics, topics.raw().valueSerde().serializer().serialize(topics.raw().name(),
                    BlogEntry.newBuilder().setBlogId(BLOG).setEntryId(EntryIds.entryId(BLOG, TEXTS.get(4)))
                            .setSource("poll.txt").setPosition(2).setText(TEXTS.get(4))
                            .setIngestedAt(Instant.now()).setBlogDate(LocalDate.now()).setBlogZone("UTC").build()));

            // then the first is dead-lettered, the reason naming the fingerprint and where it was looked for,
            // and the second is processed
            final List<ConsumerRecord<String, byte[]>> dead = readRecords(topics.deadLetter().name(),
                    new ByteArrayDeserializer(), records -> !records.isEmpty());
            assertEquals(1, dead.size());
            final String reason = header(dead.get(0), "__streams.errors.message");
            assertTrue(reason.contains("no writer schema with fingerprint " + Fingerprints.hex(Fingerprints.of(next))),
                    reason);
            assertTrue(reason.contains(topics.schemas().name()), reason);
            assertEquals(1, read(topics.canonical().name(), topics.canonical().valueSerde().deserializer(),
                    records -> !records.isEmpty()).size());
        }
    }

    @Test
    void shouldRestoreDedupItemsWrittenWithEveryReleasedSchemaAndANewerOneFromTheChangelog() throws Exception {
        // given a processor that made one item per DedupItem schema to test (every release, and a newer release's
        // whose schema is only in the schemas topic), then stopped
        final List<Schema> schemas = new ArrayList<>(
                StateSchemas.history().versionsOf("DedupItem").stream().map(SchemaVersion::schema).toList());
        final Schema next = fixture("DedupItem-next.avsc");
        schemas.add(next);
        final Settings first = settings("restore");
        final Topics topics = createTopics(first);
        final List<String> texts = TEXTS.subList(0, schemas.size());
        try (LiveBlogProcessor processor = LiveBlogProcessor.start(first)) {
            for (int i = 0; i < texts.size(); i++) {
                sendRaw(topics, encode(BlogEntry.getClassSchema(), entry(BlogEntry.getClassSchema(), texts.get(i),
                        "poll-1.txt", i + 1)));
            }
            assertAccountedFor(topics, texts, texts.size(), 0);
        }

        // and its items rewritten in the changelog, each with one of those schemas (the newer one published)
        SharedSchemaCatalog.over(new SchemaTopic(first.kafkaProperties(), topics.schemas().name())).publish(next);
        final String changelog = first.require("application.id") + "-" + DedupStores.ITEMS + "-changelog";
        final Map<String, byte[]> items = readLatest(changelog);
        assertEquals(texts.size(), items.size());
        final SchemaStore known = fingerprint -> fingerprint == Fingerprints.of(next) ? next
                : StateSchemas.history().store().findByFingerprint(fingerprint);
        final List<String> ids = new ArrayList<>(items.keySet());
        for (int i = 0; i < ids.size(); i++) {
            final GenericRecord old = new BinaryMessageDecoder<GenericRecord>(GenericData.get(), schemas.get(i), known)
                    .decode(items.get(ids.get(i)));
            send(changelog, ids.get(i), encode(schemas.get(i), old));
        }

        // when a processor with an empty state directory restores them and sees each entry again
        try (LiveBlogProcessor processor = LiveBlogProcessor.start(first.with("state.dir",
                dir.resolve("restore-2").toString()))) {
            for (int i = 0; i < texts.size(); i++) {
                sendRaw(topics, encode(BlogEntry.getClassSchema(), entry(BlogEntry.getClassSchema(), texts.get(i),
                        "poll-2.txt", i + 1)));
            }

            // then it read every item: each entry is an exact repeat of its item, and nothing was dead-lettered
            final List<FilteredEntry> filtered = read(topics.filtered().name(),
                    topics.filtered().valueSerde().deserializer(), records -> records.size() >= texts.size());
            assertEquals(texts.size(), filtered.size());
            assertTrue(filtered.stream().allMatch(f -> f.getDuplicateKind() == DuplicateKind.EXACT), filtered.toString());
            assertEquals(new TreeSet<>(ids), filtered.stream().map(FilteredEntry::getCanonicalId)
                    .collect(Collectors.toCollection(TreeSet::new)));
            assertEquals(List.of(), readToEnd(topics.deadLetter().name(), new ByteArrayDeserializer()));
        }
    }

    @Test
    void shouldReadRecordsOfEveryReleasedSchemaOfEveryTopicThroughTheRegistrysSerdes() throws Exception {
        // given, on each Avro topic, one record written with each released schema of its type
        final Settings settings = settings("every-version");
        final Topics topics = createTopics(settings);
        final Map<String, Topic<String, ?>> byType = Map.of("BlogEntry", topics.raw(),
                "CanonicalEntry", topics.canonical(), "FilteredEntry", topics.filtered(), "QuoteEvent", topics.quotes());
        final Map<String, List<String>> written = new HashMap<>();
        for (final SchemaVersion released : SchemaHistory.contract().versions()) {
            final GenericRecord record = (GenericRecord) sample(released.schema(), released.fileName());
            send(byType.get(released.type()).name(), released.fileName(), encode(released.schema(), record));
            written.computeIfAbsent(released.type(), t -> new ArrayList<>())
                    .add(String.valueOf(record.get(0)));
        }
        assertEquals(byType.keySet(), written.keySet());

        // when the registry's serdes read each topic, then every record decodes, its first field as written
        for (final Map.Entry<String, List<String>> type : written.entrySet()) {
            final Topic<String, ?> topic = byType.get(type.getKey());
            final List<?> read = read(topic.name(), topic.valueSerde().deserializer(),
                    records -> records.size() >= type.getValue().size());
            assertEquals(type.getValue(), read.stream()
                    .map(r -> String.valueOf(((org.apache.avro.specific.SpecificRecord) r).get(0))).toList());
        }
    }

    @Test
    void shouldFailTheBuildsCheckOnAnIncompatibleChangeNamingTheType() throws Exception {
        // given the released BlogEntry history, and a next version adding a required field without default
        final Path history = Files.createDirectories(dir.resolve("history"));
        final Path current = Files.createDirectories(dir.resolve("current"));
        final List<SchemaVersion> released = SchemaHistory.contract().versionsOf("BlogEntry");
        final StringBuilder index = new StringBuilder();
        for (final SchemaVersion version : released) {
            Files.writeString(history.resolve(version.fileName()), version.schema().toString(true));
            index.append(version.fileName()).append('\n');
        }
        final int nextVersion = released.size() + 1;
        final String incompatible = fixtureText("BlogEntry-incompatible.avsc");
        Files.writeString(history.resolve("BlogEntry-" + nextVersion + ".avsc"), incompatible);
        Files.writeString(history.resolve(SchemaHistory.INDEX), index + "BlogEntry-" + nextVersion + ".avsc\n");
        Files.writeString(current.resolve("BlogEntry.avsc"), incompatible);

        // when the build's check runs, then it fails naming the type, the versions and the field
        final IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> SchemaHistoryCheck.verify(current, history));
        assertTrue(failure.getMessage().contains("BlogEntry: versions " + released.size() + " and " + nextVersion
                + " are incompatible"), failure.getMessage());
        assertTrue(failure.getMessage().contains("feedId"), failure.getMessage());
    }

    // --- the pipeline's side ---

    private Settings settings(final String run) {
        final Map<String, String> values = new HashMap<>(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "state.dir", dir.resolve(run).toString(), "application.id", "evolution-" + run));
        Map.of(Topics.RAW_NAME_KEY, Topics.RAW_DEFAULT, Topics.FILTERED_NAME_KEY, Topics.FILTERED_DEFAULT,
                Topics.CANONICAL_NAME_KEY, Topics.CANONICAL_DEFAULT, Topics.DEAD_LETTER_NAME_KEY,
                Topics.DEAD_LETTER_DEFAULT, Topics.QUOTES_NAME_KEY, Topics.QUOTES_DEFAULT,
                Topics.REFERENCE_ENTITIES_NAME_KEY, Topics.REFERENCE_ENTITIES_DEFAULT,
                Topics.SCHEMAS_NAME_KEY, Topics.SCHEMAS_DEFAULT)
                .forEach((key, name) -> values.put(key, run + "." + name));
        return Settings.of(values);
    }

    private static Topics createTopics(final Settings settings) {
        final Topics topics = Topics.from(settings);
        try (TopicAdmin admin = TopicAdmin.connect(settings.kafkaProperties(), Duration.ofSeconds(30))) {
            admin.createMissing(List.copyOf(topics.all()), 1, (short) 1);
        }
        return topics;
    }

    /** Every text's entry is a canonical item's member or a filtered record; the dead-letter topic stays empty. */
    private static void assertAccountedFor(final Topics topics, final List<String> texts, final int items,
                                           final int repeats) {
        final List<CanonicalEntry> canonical = read(topics.canonical().name(),
                topics.canonical().valueSerde().deserializer(),
                records -> records.stream().map(CanonicalEntry::getCanonicalId).distinct().count() >= items);
        final List<FilteredEntry> filtered = repeats == 0 ? List.of() : read(topics.filtered().name(),
                topics.filtered().valueSerde().deserializer(), records -> records.size() >= repeats);
        assertEquals(items, canonical.stream().map(CanonicalEntry::getCanonicalId).distinct().count());
        assertEquals(repeats, filtered.size());
        final Set<String> seen = new TreeSet<>();
        canonical.forEach(c -> seen.addAll(c.getMemberEntryIds()));
        filtered.forEach(f -> seen.add(f.getEntryId()));
        assertEquals(texts.stream().map(t -> EntryIds.entryId(BLOG, t)).collect(Collectors.toCollection(TreeSet::new)),
                seen);
        assertEquals(List.of(), readToEnd(topics.deadLetter().name(), new ByteArrayDeserializer()));
    }

    private static List<SchemaVersion> olderVersions(final SchemaHistory history, final String type) {
        final List<SchemaVersion> versions = history.versionsOf(type);
        return versions.subList(0, versions.size() - 1);
    }

    // --- records ---

    /** An entry of this blog as a producer of {@code schema} writes it; fields it does not know at their default. */
    private static GenericRecord entry(final Schema schema, final String text, final String source,
                                       final int position) {
        final Map<String, Object> values = new HashMap<>();
        values.put("blogId", BLOG);
        values.put("entryId", EntryIds.entryId(BLOG, text));
        values.put("source", source);
        values.put("position", position);
        values.put("text", text);
        values.put("ingestedAt", Instant.now().toEpochMilli());
        values.put("blogDate", (int) LocalDate.now().toEpochDay());
        values.put("blogZone", "UTC");
        final GenericRecord record = new GenericData.Record(schema);
        for (final Schema.Field field : schema.getFields()) {
            record.put(field.pos(), values.containsKey(field.name()) ? values.get(field.name())
                    : GenericData.get().getDefaultValue(field));
        }
        return record;
    }

    /** A value for every field of a schema, strings naming where they are. */
    private static Object sample(final Schema schema, final String name) {
        return switch (schema.getType()) {
            case RECORD -> {
                final GenericData.Record record = new GenericData.Record(schema);
                schema.getFields().forEach(f -> record.put(f.pos(), sample(f.schema(), name + "." + f.name())));
                yield record;
            }
            case STRING -> name;
            case INT -> 7;
            case LONG -> 7L;
            case DOUBLE -> 0.5;
            case FLOAT -> 0.5f;
            case BOOLEAN -> true;
            case ENUM -> new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(0));
            case ARRAY -> List.of(sample(schema.getElementType(), name));
            case MAP -> Map.of("k", sample(schema.getValueType(), name));
            case UNION -> sample(schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst()
                    .orElse(schema.getTypes().get(0)), name);
            case BYTES -> ByteBuffer.wrap(name.getBytes(StandardCharsets.UTF_8));
            case FIXED -> new GenericData.Fixed(schema, new byte[schema.getFixedSize()]);
            case NULL -> null;
        };
    }

    private static byte[] encode(final Schema schema, final GenericRecord record) throws IOException {
        final ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record);
        final byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static Schema fixture(final String name) {
        return new Schema.Parser().parse(fixtureText(name));
    }

    private static String fixtureText(final String name) {
        try (InputStream in = SchemaEvolutionIT.class.getResourceAsStream("/evolution/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- Kafka ---

    private static void sendRaw(final Topics topics, final byte[] value) throws Exception {
        send(topics.raw().name(), BLOG, value);
    }

    private static void send(final String topic, final String key, final byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Committed values of a topic until {@code done} holds or 30 s passed, then what a short poll adds. */
    private static <V> List<V> read(final String topic, final Deserializer<V> values, final Predicate<List<V>> done) {
        return readRecords(topic, values, done).stream().map(ConsumerRecord::value).toList();
    }

    private static <V> List<ConsumerRecord<String, V>> readRecords(final String topic, final Deserializer<V> values,
                                                                   final Predicate<List<V>> done) {
        final List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", broker.bootstrapServers(), "group.id", "evolution-" + System.nanoTime(),
                "auto.offset.reset", "earliest", "isolation.level", "read_committed"),
                new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!done.test(records.stream().map(ConsumerRecord::value).toList()) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
        }
        return records;
    }

    /** Every committed record of a topic now, read up to its end. */
    private static <V> List<ConsumerRecord<String, V>> readToEnd(final String topic, final Deserializer<V> values) {
        final List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", broker.bootstrapServers(), "isolation.level", "read_committed"),
                new StringDeserializer(), values)) {
            final List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    /** The latest value of each key of a topic, in order of first appearance. */
    private static Map<String, byte[]> readLatest(final String topic) {
        final Map<String, byte[]> latest = new LinkedHashMap<>();
        readToEnd(topic, new ByteArrayDeserializer()).forEach(r -> latest.put(r.key(), r.value()));
        return latest;
    }

    private static Set<String> readSchemaKeys(final Topics topics) {
        return readToEnd(topics.schemas().name(), new StringDeserializer()).stream()
                .map(ConsumerRecord::key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String header(final ConsumerRecord<String, byte[]> record, final String name) {
        final Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
