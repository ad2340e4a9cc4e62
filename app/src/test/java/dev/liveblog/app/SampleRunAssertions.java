package dev.liveblog.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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

        // every news line is in exactly one item of the final snapshot
        final Map<Integer, CanonicalEntry> itemOfLine = new HashMap<>();
        for (final CanonicalEntry item : result.snapshot()) {
            for (final Origin origin : item.getOrigins()) {
                assertEquals(source, origin.getSource());
                assertNull(itemOfLine.put(origin.getLine(), item), "line " + origin.getLine() + " is in one item");
            }
        }
        final Set<Integer> newsLines = new TreeSet<>();
        for (int line = 1; line <= lines.size(); line++) {
            if (!gold.furnitureLines().contains(line)) {
                newsLines.add(line);
            }
        }
        assertEquals(newsLines, new TreeSet<>(itemOfLine.keySet()), "news lines in the canonical items");

        // the gold's duplicate groups are one item each, carrying the text the gold names
        int merged = 0;
        for (final GoldFile.Group group : gold.duplicateGroups()) {
            final CanonicalEntry item = itemOfLine.get(group.lines().get(0));
            for (final int line : group.lines()) {
                assertSame(item, itemOfLine.get(line), "lines " + group.lines() + " are one item");
            }
            assertEquals(lines.get(group.keepTextOf() - 1).strip(), item.getText());
            merged += group.lines().size() - 1;
        }
        // every other item carries the text of its one line
        for (final CanonicalEntry item : result.snapshot()) {
            if (item.getOrigins().size() == 1) {
                assertEquals(lines.get(item.getOrigins().get(0).getLine() - 1).strip(), item.getText());
            }
        }
        assertEquals(newsLines.size() - merged, result.snapshot().size());
        assertEquals(39, result.snapshot().size());

        // what must stay distinct does
        for (final List<Integer> pair : gold.mustStayDistinct()) {
            assertNotSame(itemOfLine.get(pair.get(0)), itemOfLine.get(pair.get(1)), "lines " + pair + " stay apart");
        }

        // every furniture line is filtered as furniture, every merged line as a duplicate of its item
        final Set<Integer> furniture = new TreeSet<>();
        for (final FilteredEntry entry : result.filtered()) {
            final int line = entry.getOrigin().getLine();
            if (entry.getReason() == FilterReason.PAGE_FURNITURE) {
                furniture.add(line);
            } else {
                assertEquals(itemOfLine.get(line).getCanonicalId(), entry.getCanonicalId());
            }
        }
        assertEquals(gold.furnitureLines(), furniture);
        assertEquals(gold.furnitureLines().size() + merged, result.filtered().size());
        assertEquals(0, result.deadLetters());

        // the items come enriched through the whole pipeline
        final CanonicalEntry merged38 = itemOfLine.get(38);
        assertEquals("a Ukrainian diplomatic source", merged38.getQuotes().get(0).getSpeaker());
        assertTrue(result.snapshot().stream().anyMatch(i -> i.getEntities().stream()
                .anyMatch(e -> e.getName().equals("Vladimir Putin") && e.getKnown())));
        assertTrue(result.snapshot().stream().anyMatch(i -> !i.getTimeMentions().isEmpty()
                && i.getTimeMentions().get(0).getUtc() != null));
    }

    /** The files carry one JSON object per event, with exactly the schema's field names. */
    static void assertFilesFollowTheSchema(final LocalPipeline.Result result) throws Exception {
        assertJsonLines(result.canonicalFile(), CanonicalEntry.getClassSchema(), result.canonical().size());
        assertJsonLines(result.snapshotFile(), CanonicalEntry.getClassSchema(), result.snapshot().size());
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
