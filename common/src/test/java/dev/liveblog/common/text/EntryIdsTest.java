package dev.liveblog.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntryIdsTest {

    @Test
    void shouldBeDeterministicAndIgnoreTypography() {
        assertEquals(EntryIds.entryId("b", "He said “go”."), EntryIds.entryId("b", "he said \"go\". "));
    }

    @Test
    void shouldDependOnTheBlog() {
        assertNotEquals(EntryIds.entryId("blog-a", "Same text"), EntryIds.entryId("blog-b", "Same text"));
    }

    @Test
    void shouldDeriveTheCanonicalIdFromTheFirstEntry() {
        final String entryId = EntryIds.entryId("b", "text");
        assertTrue(entryId.matches("e-[0-9a-f]{16}"), entryId);
        final String fingerprint = EntryIds.fingerprint("b", TextNormalizer.normalize("text"));
        assertEquals("c-" + entryId.substring(2), EntryIds.canonicalId(fingerprint));
    }
}
