package dev.liveblog.processor.evaluation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.enrich.EntityCatalog;
import dev.liveblog.processor.enrich.ReferenceEntity;
import dev.liveblog.processor.enrich.names.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every labelled corpus through the processor's real topology, scored field by field against its gold file
 * (furniture, repeats, entities, speakers, times, post times, attributions, polls), each figure held to the floor
 * {@code evaluation-thresholds.properties} sets for it: just under what the rules measured, so a regression fails the
 * build. Prints one row per corpus, and with {@code -Dliveblog.eval.mistakes=true} every mistake on the corpora the
 * rules may be developed on; the held-out corpora's mistakes stay unread unless
 * {@code -Dliveblog.eval.heldout.mistakes=true}, and {@code -Dliveblog.eval.skip.heldout=true} leaves them out
 * altogether (while rules are being developed).
 */
class OpenWorldEvaluationTest {

    /** Not read while the rules change; their figures are the estimate on unseen blogs (see corpus/README.md). */
    static final Set<String> HELD_OUT = Set.of("mumbai-floods", "mumbai-monsoon", "eu-parliament-vote");

    private static final Map<String, Quality> SCORES = new LinkedHashMap<>();

    @BeforeAll
    static void scoreEveryCorpus(@TempDir final Path stateDir) throws Exception {
        final EntityCatalog catalog = EntityCatalog.bundled();
        final Map<String, List<String>> placeNames = new HashMap<>();
        Gazetteer.bundled().forEachName((name, place) -> placeNames.computeIfAbsent(place.id(),
                id -> new ArrayList<>()).add(name));
        // The other names of a found entity are names of it too: reference data's aliases, the gazetteer's.
        final Function<String, List<String>> aliases = id -> {
            final ReferenceEntity entity = catalog.byId(id);
            return entity != null ? entity.aliases() : placeNames.getOrDefault(id, List.of());
        };
        for (final Corpus corpus : Corpus.all().values()) {
            if (HELD_OUT.contains(corpus.name()) && Boolean.getBoolean("liveblog.eval.skip.heldout")) {
                continue;
            }
            final PipelineRun.Result all = PipelineRun.run(corpus, DedupConfig.defaults(),
                    stateDir.resolve(corpus.name() + "-all"));
            final PipelineRun.Result last = PipelineRun.run(corpus, List.of(corpus.polls().get(corpus.polls().size() - 1)),
                    DedupConfig.defaults(), stateDir.resolve(corpus.name() + "-last"));
            SCORES.put(corpus.name(), QualityScorer.score(corpus, all, last, aliases));
        }
        System.out.println(Quality.header());
        SCORES.forEach((name, quality) -> System.out.println(quality.row(name)));
        SCORES.forEach((name, quality) -> System.out.println(quality.counts(name)));
        SCORES.forEach((name, quality) -> {
            if (Boolean.getBoolean(HELD_OUT.contains(name) ? "liveblog.eval.heldout.mistakes" : "liveblog.eval.mistakes")) {
                quality.mistakes().forEach(m -> System.out.println(name + ": " + m));
            }
        });
    }

    @Test
    void shouldHoldEveryCorpusToItsFloors() throws IOException {
        final Properties floors = new Properties();
        try (InputStream in = OpenWorldEvaluationTest.class.getResourceAsStream("/evaluation-thresholds.properties")) {
            floors.load(in);
        }
        final List<Executable> checks = new ArrayList<>();
        SCORES.forEach((name, quality) -> {
            final Function<String, Double> floor = field -> {
                final String value = floors.getProperty(name + "." + field, floors.getProperty("default." + field));
                if (value == null) {
                    throw new AssertionError("no floor for " + name + "." + field + " in evaluation-thresholds.properties");
                }
                return Double.parseDouble(value);
            };
            checks.add(() -> assertTrue(quality.leakedFurniture() <= floor.apply("leaked.max"),
                    name + ": furniture kept as news: " + quality.leakedFurniture()));
            checks.add(() -> assertTrue(quality.droppedNews() <= floor.apply("lost.max"), name + ": news dropped"));
            checks.add(atLeast(name, "dedup.precision", quality.dedup().pairPrecision(), floor));
            checks.add(atLeast(name, "dedup.recall", quality.dedup().pairRecall(), floor));
            checks.add(atLeast(name, "apart", quality.dedup().keptApart(), floor));
            checks.add(atLeast(name, "entities.precision", quality.entities().precision(), floor));
            checks.add(atLeast(name, "entities.recall", quality.entities().recall(), floor));
            checks.add(atLeast(name, "people", quality.entities().people().ratio(), floor));
            checks.add(atLeast(name, "places", quality.entities().places().ratio(), floor));
            checks.add(atLeast(name, "organisations", quality.entities().organisations().ratio(), floor));
            checks.add(atLeast(name, "speakers", quality.quotes().ratio(), floor));
            checks.add(atLeast(name, "times", quality.times().ratio(), floor));
            checks.add(atLeast(name, "posted", quality.published().ratio(), floor));
            checks.add(atLeast(name, "attributions", quality.attributions().ratio(), floor));
            checks.add(() -> assertTrue(quality.pollsEndAsLast(), name + ": every poll does not end as the last"));
        });
        assertAll(checks);
    }

    private static Executable atLeast(final String corpus, final String field, final double measured,
                                      final Function<String, Double> floor) {
        return () -> assertTrue(measured >= floor.apply(field), () -> String.format(Locale.ROOT,
                "%s: %s %.3f below its floor %.3f", corpus, field, measured, floor.apply(field)));
    }
}
