package dev.liveblog.benchmarks;

import dev.liveblog.common.text.EntryIds;
import dev.liveblog.common.text.TextNormalizer;
import dev.liveblog.processor.enrich.EntityCatalog;
import dev.liveblog.processor.enrich.Mention;
import dev.liveblog.processor.enrich.QuoteFinder;
import dev.liveblog.processor.enrich.TimeMentionFinder;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.Entity;
import dev.liveblog.schema.EntityType;
import dev.liveblog.schema.Origin;
import dev.liveblog.schema.serde.AvroSerde;
import dev.liveblog.schema.serde.Serdes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-entry hot paths outside the state stores, each on realistic synthetic entries: normalisation and
 * fingerprinting, entity matching, quote extraction, time resolution, and the Avro encoding and decoding of a
 * canonical item.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m", "-Dlogback.configurationFile=logback-bench.xml"})
public class HotPathBenchmark {

    private static final int TEXTS = 1_000;

    private final List<String> texts = new ArrayList<>(TEXTS);
    private EntityCatalog catalog;
    private AvroSerde<CanonicalEntry> serde;
    private CanonicalEntry item;
    private byte[] encoded;
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        final SyntheticBlog blog = new SyntheticBlog("bench", 7);
        for (int i = 0; i < TEXTS; i++) {
            texts.add(blog.next().getText());
        }
        catalog = EntityCatalog.bundled();
        serde = Serdes.canonicalEntry();
        final String text = texts.get(0);
        final List<Entity> entities = new ArrayList<>();
        for (final Mention m : catalog.find(text + " Emmanuel Macron met Olaf Scholz in Paris.")) {
            entities.add(new Entity(m.id(), m.name(), m.type(), m.text(), m.start(), m.end(), m.known()));
        }
        entities.add(new Entity("person:x", "X", EntityType.PERSON, "X", 0, 1, false));
        item = CanonicalEntry.newBuilder()
                .setCanonicalId("c-0").setBlogId("bench").setVersion(1).setText(text)
                .setMemberEntryIds(List.of("e-0")).setOrigins(List.of(new Origin("synthetic", 1)))
                .setFirstSeenAt(Instant.EPOCH).setLastUpdatedAt(Instant.EPOCH).setEntities(entities)
                .build();
        encoded = serde.encode(item);
    }

    private String text() {
        return texts.get(next++ % TEXTS);
    }

    @Benchmark
    public String normalize() {
        return TextNormalizer.normalize(text());
    }

    @Benchmark
    public String fingerprint() {
        return EntryIds.entryId("bench", text());
    }

    @Benchmark
    public List<Mention> matchEntities() {
        return catalog.find(text());
    }

    @Benchmark
    public List<QuoteFinder.Found> extractQuotes() {
        return QuoteFinder.find(text());
    }

    @Benchmark
    public List<TimeMentionFinder.Found> resolveTimes() {
        return TimeMentionFinder.find(text(), LocalDate.of(2031, 3, 11), ZoneId.of("Europe/Oslo"));
    }

    @Benchmark
    public byte[] encodeCanonical() {
        return serde.encode(item);
    }

    @Benchmark
    public CanonicalEntry decodeCanonical() {
        return serde.decode(encoded);
    }
}
