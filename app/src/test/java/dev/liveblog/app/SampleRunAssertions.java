package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveblog.common.config.Settings;
import dev.liveblog.producer.InvalidLinePolicy;
import dev.liveblog.producer.PlainTextSource;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.FilterReason;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.Origin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.Schema;

/** What a run of the bundled sample must show, checked against its gold file; shared by every broker kind. */
final class SampleRunAssertions {

    private SampleRunAssertions() {
    }

    /** Runs the sample file through the whole pipeline on the cluster at {@code bootstrapServers}. */
    static LocalPipeline.Result runSample(final String bootstrapServers, final Path out) throws Exception {
        final PipelineInputs inputs = PipelineInputs.files(List.of(GoldFile.SAMPLE_TEXT),
                new PlainTextSource(InvalidLinePolicy.FAIL));
        final Settings settings = Settings.builder().defaults(inputs.blogSettings())
                .overrides(Map.of("bootstrap.servers", bootstrapServers)).build();
        return new LocalPipeline(settings, out, 3, Duration.ofSeconds(120)).run(inputs);
    }

    static void assertMatchesGold(final LocalPipeline.Result result) throws Exception {
        final GoldFile gold = GoldFile.read(GoldFile.SAMPLE_GOLD);
        final List<String> lines = Files.readAllLines(GoldFile.SAMPLE_TEXT, StandardCharsets.UTF_8);
        final String source = GoldFile.SAMPLE_TEXT.getFileName().toString();

        // every news line is present exactly once, with its own text and origin line
        final Map<Integer, Integer> timesSeen = new HashMap<>();
        for (final CanonicalEntry item : result.canonical()) {
            assertEquals(1, item.getOrigins().size(), () -> "one origin per item before near-dedup: " + item);
            final Origin origin = item.getOrigins().get(0);
            assertEquals(source, origin.getSource());
            assertEquals(lines.get(origin.getLine() - 1).strip(), item.getText());
            timesSeen.merge(origin.getLine(), 1, Integer::sum);
        }
        final Set<Integer> newsLines = new TreeSet<>();
        for (int line = 1; line <= lines.size(); line++) {
            if (!gold.furnitureLines().contains(line)) {
                newsLines.add(line);
            }
        }
        assertEquals(newsLines, timesSeen.keySet(), "news lines in the canonical stream");
        timesSeen.forEach((line, times) -> assertEquals(1, times, "line " + line + " appears once"));
        assertEquals(40, result.canonical().size());

        // no furniture line is canonical, and every furniture line is filtered as furniture
        final Set<Integer> filteredFurniture = new TreeSet<>();
        for (final FilteredEntry entry : result.filtered()) {
            assertEquals(FilterReason.PAGE_FURNITURE, entry.getReason(), () -> "only furniture is filtered: " + entry);
            filteredFurniture.add(entry.getOrigin().getLine());
        }
        assertEquals(gold.furnitureLines(), filteredFurniture);
        // including both lines of the identical furniture pair
        for (final List<Integer> group : gold.exactRepeatGroups()) {
            assertTrue(filteredFurniture.containsAll(group), "exact furniture repeat " + group + " filtered");
        }
        assertEquals(0, result.deadLetters());
    }

    /** The files carry one JSON object per event, with exactly the schema's field names. */
    static void assertFilesFollowTheSchema(final LocalPipeline.Result result) throws Exception {
        assertJsonLines(result.canonicalFile(), CanonicalEntry.getClassSchema(), result.canonical().size());
        assertJsonLines(result.filteredFile(), FilteredEntry.getClassSchema(), result.filtered().size());
    }

    private static void assertJsonLines(final Path file, final Schema schema, final int expected) throws Exception {
        final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(expected, lines.size(), file + " lines");
        final List<String> schemaFields = schema.getFields().stream().map(Schema.Field::name).toList();
        final ObjectMapper json = new ObjectMapper();
        for (final String line : lines) {
            final JsonNode node = json.readTree(line);
            final List<String> names = new ArrayList<>();
            final Iterator<String> it = node.fieldNames();
            it.forEachRemaining(names::add);
            assertEquals(schemaFields, names);
            final String time = node.has("firstSeenAt") ? node.get("firstSeenAt").asText()
                    : node.get("filteredAt").asText();
            assertTrue(time.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"), time);
            assertFalse(line.contains("\n"));
        }
    }
}
