package dev.liveblog.app;

import dev.liveblog.schema.Attribution;
import dev.liveblog.schema.CanonicalEntry;
import dev.liveblog.schema.FilterReason;
import dev.liveblog.schema.FilteredEntry;
import dev.liveblog.schema.Origin;
import dev.liveblog.schema.Quote;
import dev.liveblog.schema.Topic;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a local run's canonical stream for a person: each item with its origins, then what was filtered. */
final class StreamReport {

    private static final int WIDTH = 100;

    private final PrintStream out;

    StreamReport(final PrintStream out) {
        this.out = out;
    }

    void print(final LocalPipeline.Result result, final List<Origin> sendOrder) {
        final List<CanonicalEntry> canonical = inSendOrder(result.snapshot(), sendOrder);
        final long updates = result.canonical().stream().filter(e -> e.getVersion() > 1).count();
        final String blogs = result.produced().blogs();
        out.println("Canonical items of " + (blogs.contains(",") ? "blogs " : "blog ") + blogs + " (" + canonical.size()
                + ", latest version of each, oldest first; the stream had " + result.canonical().size()
                + " events: " + (result.canonical().size() - updates) + " new, " + updates
                + (updates == 1 ? " update)" : " updates)"));
        out.println();
        int n = 0;
        for (final CanonicalEntry item : canonical) {
            n++;
            out.printf(Locale.ROOT, "%3d. %s v%d  from %s%n", n, item.getCanonicalId(), item.getVersion(),
                    origins(item.getOrigins()));
            wrap(item.getText(), "     ");
            enrichment(item);
        }
        out.println();
        out.println("Filtered (" + result.filtered().size() + "):");
        for (final FilteredEntry entry : result.filtered()) {
            out.printf(Locale.ROOT, "  - %s  %s%n", origin(entry.getOrigin()), reason(entry));
        }
        out.println();
        out.println(summary(result));
        out.println("Wrote " + result.canonicalFile() + ", " + result.snapshotFile() + " and "
                + result.filteredFile());
    }

    /**
     * The canonical topic is keyed by item, so its partitions interleave; a reader wants the blog's own order,
     * which is the order the entries were sent in (polled blogs: the order the items were first seen in).
     */
    private static List<CanonicalEntry> inSendOrder(final List<CanonicalEntry> items, final List<Origin> sendOrder) {
        final Map<Origin, Integer> rank = new java.util.HashMap<>();
        for (int i = 0; i < sendOrder.size(); i++) {
            rank.putIfAbsent(sendOrder.get(i), i);
        }
        return items.stream()
                .sorted(java.util.Comparator.comparingInt((CanonicalEntry item) ->
                                rank.getOrDefault(item.getOrigins().get(0), Integer.MAX_VALUE))
                        .thenComparing(CanonicalEntry::getFirstSeenAt)
                        .thenComparingInt(CanonicalEntry::getVersion))
                .toList();
    }

    /** One line per enrichment field that has something, so a reader sees what a subscriber gets. */
    private void enrichment(final CanonicalEntry item) {
        if (!item.getEntities().isEmpty()) {
            out.println("       who/where: " + item.getEntities().stream()
                    .map(e -> e.getName() + " (" + e.getType().name().toLowerCase(Locale.ROOT)
                            + (e.getKnown() ? "" : ", new") + ")")
                    .distinct().collect(Collectors.joining(", ")));
        }
        for (final Quote quote : item.getQuotes()) {
            out.println("       quote: \u201C" + shorten(quote.getText(), 60) + "\u201D \u2014 "
                    + (quote.getSpeaker() == null ? "speaker unknown" : quote.getSpeaker())
                    + (quote.getChannel() == null ? "" : " (" + quote.getChannel() + ")"));
        }
        if (!item.getAttributions().isEmpty()) {
            out.println("       according to: " + item.getAttributions().stream().map(Attribution::getSource)
                    .collect(Collectors.joining(", ")));
        }
        if (!item.getTimeMentions().isEmpty()) {
            out.println("       when: " + item.getTimeMentions().stream()
                    .map(t -> t.getMention() + " = " + (t.getUtc() != null ? t.getUtc().toString() : t.getDate()))
                    .collect(Collectors.joining(", ")));
        }
        if (!item.getTopics().isEmpty()) {
            out.println("       topics: " + item.getTopics().stream().map(Topic::getLabel)
                    .collect(Collectors.joining(", ")));
        }
    }

    private static String shorten(final String text, final int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    static String summary(final LocalPipeline.Result result) {
        final Map<FilterReason, Long> byReason = result.filtered().stream()
                .collect(Collectors.groupingBy(FilteredEntry::getReason, LinkedHashMap::new, Collectors.counting()));
        final long items = result.snapshot().size();
        return String.format(Locale.ROOT,
                "Summary: %d entries read, %d page furniture, %d duplicates, %d canonical items, %d dead letters "
                        + "(%.1f s)",
                result.produced().entries(), byReason.getOrDefault(FilterReason.PAGE_FURNITURE, 0L),
                byReason.getOrDefault(FilterReason.DUPLICATE, 0L), items, result.deadLetters(),
                result.elapsed().toMillis() / 1000.0);
    }

    private static String reason(final FilteredEntry entry) {
        if (entry.getReason() == FilterReason.DUPLICATE) {
            return "duplicate " + entry.getDuplicateKind() + ": " + entry.getExplanation();
        }
        return entry.getExplanation();
    }

    private static String origins(final List<Origin> origins) {
        return origins.stream().map(StreamReport::origin).collect(Collectors.joining(", "));
    }

    private static String origin(final Origin origin) {
        return origin.getSource() + ":" + origin.getLine();
    }

    /** Prints text wrapped at {@link #WIDTH} under {@code indent}, each paragraph (a polled update's too) apart. */
    private void wrap(final String text, final String indent) {
        final String[] paragraphs = text.strip().split("\\s*\\n\\s*\\n\\s*");
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                out.println();
            }
            wrapParagraph(paragraphs[i], indent);
        }
    }

    private void wrapParagraph(final String text, final String indent) {
        final StringBuilder line = new StringBuilder(indent);
        for (final String word : text.split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(line);
    }
}
