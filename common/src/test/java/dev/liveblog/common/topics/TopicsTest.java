package dev.liveblog.common.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.config.Settings;
import dev.liveblog.schema.BlogEntry;
import dev.liveblog.schema.serde.SchemaCatalog;
import dev.liveblog.schema.serde.Serdes;
import dev.liveblog.schema.serde.SharedSchemaCatalog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void shouldRegisterTheCompactedSchemasTopicWithTheOthers() {
        final Topics topics = Topics.defaults();

        assertEquals("liveblog.schemas", topics.schemas().name());
        assertEquals(Topic.CleanupPolicy.COMPACT, topics.schemas().cleanupPolicy());
        assertTrue(topics.all().contains(topics.schemas()), "created and required with the others");
    }

    @Test
    void shouldNameTheSchemasTopicFromItsSetting() {
        final Topics topics = Topics.from(Settings.of(Map.of(Topics.SCHEMAS_NAME_KEY, "team.schemas")));

        assertEquals("team.schemas", topics.schemas().name());
    }

    @Test
    void shouldUseTheBundledSchemasWithoutACluster() {
        assertSame(SchemaCatalog.bundled(), Topics.defaults().schemaCatalog());
    }

    @Test
    void shouldReadTheSchemasTopicWithAClusterButNotForAFingerprintTheBuildKnows() {
        // given a registry of a cluster that is not there
        final Topics topics = Topics.from(Settings.of(Map.of("bootstrap.servers", "localhost:1")));
        assertInstanceOf(SharedSchemaCatalog.class, topics.schemaCatalog());

        // when its raw serde reads a record of a released schema, then it does so without any client
        final BlogEntry entry = BlogEntry.newBuilder().setBlogId("b").setEntryId("e").setSource("s").setPosition(1)
                .setText("t").setIngestedAt(Instant.EPOCH).setBlogDate(LocalDate.EPOCH).setBlogZone("UTC").build();
        assertEquals(entry, topics.raw().valueSerde().deserializer().deserialize("raw",
                Serdes.blogEntry().encode(entry)));
    }
}
