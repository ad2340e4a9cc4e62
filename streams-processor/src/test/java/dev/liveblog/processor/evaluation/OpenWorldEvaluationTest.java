package dev.liveblog.processor.evaluation;

import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.processor.enrich.EntityCatalog;
import dev.liveblog.processor.enrich.ReferenceEntity;
import dev.liveblog.processor.enrich.names.Gazetteer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every labelled corpus through the processor's real topology, scored field by field against its gold file
 * (furniture, repeats, entities, speakers, times, post times, attributions, polls). Prints one row per corpus, and
 * with {@code -Dliveblog.eval.mistakes=true} every mistake on the corpora the rules may be developed on; the held-out
 * corpora's mistakes stay unread unless {@code -Dliveblog.eval.heldout.mistakes=true}, and
 * {@code -Dliveblog.eval.skip.heldout=true} leaves them out altogether (while rules are being developed).
 */
class OpenWorldEvaluationTest {

    /** Chosen at random before any corpus was read (see corpus/README.md). */
    static final Set<String> HELD_OUT = Set.of("chile-earthquake", "kenya-election");

    @TempDir
    Path stateDir;

    @Test
    void shouldScoreEveryCorpus() throws Exception {
        final Map<String, Quality> scores = new LinkedHashMap<>();
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
            scores.put(corpus.name(), QualityScorer.score(corpus, all, last, aliases));
        }
        System.out.println(Quality.header());
        scores.forEach((name, quality) -> System.out.println(quality.row(name)));
        scores.forEach((name, quality) -> System.out.println(quality.counts(name)));
        scores.forEach((name, quality) -> {
            if (Boolean.getBoolean(HELD_OUT.contains(name) ? "liveblog.eval.heldout.mistakes" : "liveblog.eval.mistakes")) {
                quality.mistakes().forEach(m -> System.out.println(name + ": " + m));
            }
        });
    }
}
