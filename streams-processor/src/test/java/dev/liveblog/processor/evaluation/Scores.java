package dev.liveblog.processor.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a run compares with a gold file: precision and recall of duplicate pairs (two entries in one item), the
 * share of must-stay-distinct pairs kept apart, and precision and recall of page furniture.
 */
record Scores(double pairPrecision, double pairRecall, int goldPairs, int predictedPairs, double keptApart,
              int apartPairs, double furniturePrecision, double furnitureRecall, List<String> missed,
              List<String> wrong) {

    static Scores of(final Corpus corpus, final PipelineRun.Result run) {
        final Set<String> gold = new HashSet<>();
        corpus.duplicateGroups().forEach(group -> gold.addAll(pairs(group.entries())));
        final Map<String, List<String>> byItem = new TreeMap<>();
        run.itemOfEntry().forEach((entry, item) -> byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(entry));
        final Set<String> predicted = new HashSet<>();
        byItem.values().forEach(entries -> predicted.addAll(pairs(entries)));
        final Set<String> hits = new HashSet<>(predicted);
        hits.retainAll(gold);
        final Map<String, String> itemOf = run.itemOfEntry();
        final long apart = corpus.mustStayDistinct().stream()
                .filter(p -> itemOf.get(p.get(0)) != null && itemOf.get(p.get(1)) != null
                        && !itemOf.get(p.get(0)).equals(itemOf.get(p.get(1))))
                .count();
        final Set<String> furniture = new HashSet<>(run.furniture());
        final Set<String> furnitureHits = new HashSet<>(furniture);
        furnitureHits.retainAll(corpus.furniture());
        final List<String> missed = gold.stream().filter(p -> !predicted.contains(p)).sorted().toList();
        final List<String> wrong = predicted.stream().filter(p -> !gold.contains(p)).sorted().toList();
        return new Scores(ratio(hits.size(), predicted.size()), ratio(hits.size(), gold.size()), gold.size(),
                predicted.size(), ratio(apart, corpus.mustStayDistinct().size()), corpus.mustStayDistinct().size(),
                ratio(furnitureHits.size(), furniture.size()), ratio(furnitureHits.size(), corpus.furniture().size()),
                missed, wrong);
    }

    private static List<String> pairs(final List<String> entries) {
        final List<String> pairs = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                final String a = entries.get(i);
                final String b = entries.get(j);
                pairs.add(a.compareTo(b) < 0 ? a + " ~ " + b : b + " ~ " + a);
            }
        }
        return pairs;
    }

    private static double ratio(final long numerator, final long denominator) {
        return denominator == 0 ? 1.0 : (double) numerator / denominator;
    }

    String describe(final String corpus) {
        return String.format(Locale.ROOT, "%-12s duplicate pairs: precision %.3f, recall %.3f (%d gold, %d found); "
                        + "must-stay-distinct kept apart %.3f of %d; furniture precision %.3f, recall %.3f",
                corpus, pairPrecision, pairRecall, goldPairs, predictedPairs, keptApart, apartPairs,
                furniturePrecision, furnitureRecall);
    }
}
