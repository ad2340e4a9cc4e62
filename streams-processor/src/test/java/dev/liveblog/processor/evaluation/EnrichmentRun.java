package dev.liveblog.processor.evaluation;

import dev.liveblog.processor.enrich.EnrichStores;
import dev.liveblog.processor.enrich.Enricher;
import dev.liveblog.processor.enrich.EntityCatalog;
import dev.liveblog.processor.enrich.InMemoryEnrichStores;
import dev.liveblog.processor.enrich.TopicTagger;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.Origin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Enriches every line of some polls as an item of its own, oldest entry first as the producer sends them, and
 * keeps each line's latest enriched version, so enrichment is scored line by line against a gold file.
 */
final class EnrichmentRun {

    private EnrichmentRun() {
    }

    static Map<String, CanonicalEntry> run(final List<Path> polls, final Set<String> skip, final LocalDate date,
                                           final ZoneId zone) throws Exception {
        final EnrichStores stores = InMemoryEnrichStores.create();
        final Enricher enricher = new Enricher(EntityCatalog.bundled(), stores, stores, TopicTagger.bundled(), stores);
        final Map<String, String> lineOfItem = new LinkedHashMap<>();
        final Map<String, CanonicalEntry> byLine = new LinkedHashMap<>();
        for (final Path poll : polls) {
            final String source = poll.getFileName().toString();
            final List<String> lines = Files.readAllLines(poll, StandardCharsets.UTF_8);
            final List<Integer> order = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank() && !skip.contains(source + ":" + (i + 1))) {
                    order.add(i + 1);
                }
            }
            Collections.reverse(order);
            for (final int line : order) {
                final String name = source + ":" + line;
                final String id = "c-" + name;
                lineOfItem.put(id, name);
                final CanonicalEntry item = CanonicalEntry.newBuilder()
                        .setCanonicalId(id).setBlogId("eval").setVersion(1).setText(lines.get(line - 1).strip())
                        .setMemberEntryIds(List.of("e-" + name)).setOrigins(List.of(new Origin(source, line)))
                        .setFirstSeenAt(Instant.EPOCH).setLastUpdatedAt(Instant.EPOCH)
                        .build();
                for (final CanonicalEntry enriched : enricher.enrich(item, date, zone)) {
                    byLine.put(lineOfItem.get(enriched.getCanonicalId()), enriched);
                }
            }
        }
        return byLine;
    }
}
