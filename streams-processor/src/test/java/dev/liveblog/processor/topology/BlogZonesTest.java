package dev.liveblog.processor.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BlogZonesTest {

    @Test
    void shouldGiveWhatZoneIdGivesAndKeepItForTheNextEntry() {
        final BlogZones zones = new BlogZones();
        for (final String id : new String[] {"Europe/Oslo", "America/New_York", "UTC", "+02:00", "GMT+05:30"}) {
            assertEquals(ZoneId.of(id), zones.zone(id), id);
            assertSame(zones.zone(id), zones.zone(id), id);
        }
    }

    @Test
    void shouldRefuseAnIdThatIsNoZoneAsZoneIdDoes() {
        final BlogZones zones = new BlogZones();
        assertThrows(DateTimeException.class, () -> zones.zone("Mars/Olympus_Mons"));
        assertThrows(DateTimeException.class, () -> zones.zone("Mars/Olympus_Mons"));
        assertEquals(ZoneId.of("Europe/Oslo"), BlogZones.of("Europe/Oslo"));
    }

    @Test
    void shouldStillAnswerBeyondTheIdsItKeeps() {
        final BlogZones zones = new BlogZones();
        // offsets to the second are valid ids: more of them than it keeps
        for (int seconds = 1; seconds <= BlogZones.MAX_KEPT + 10; seconds++) {
            final String id = String.format(java.util.Locale.ROOT, "+%02d:%02d:%02d", seconds / 3600,
                    seconds / 60 % 60, seconds % 60);
            assertEquals(ZoneId.of(id), zones.zone(id), id);
            assertEquals(ZoneId.of(id), zones.zone(id), id);
        }
    }
}
