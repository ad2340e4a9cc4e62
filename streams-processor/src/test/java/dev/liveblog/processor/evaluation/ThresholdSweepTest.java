package dev.liveblog.processor.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.config.Settings;
import dev.liveblog.processor.dedup.DedupConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the default thresholds were measured: each threshold swept over a wide range with the other at its
 * default, scored on both corpora (pair F1 times the share of must-stay-apart pairs kept apart). The table is
 * printed and the README reports where the scores fall off; the defaults must score as well as the best.
 */
class ThresholdSweepTest {

    private static final List<Double> SWEEP = List.of(0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99);

    @TempDir
    Path stateDir;

    @Test
    void shouldScoreTheDefaultThresholdsAmongTheBestOfTheSweep() throws Exception {
        final List<Corpus> corpora = List.of(Corpus.sample(), Corpus.cycloneOra());
        double best = 0;
        final StringBuilder table = new StringBuilder("near  contained  F1(sample)  F1(cyclone-ora)\n");
        int run = 0;
        final DedupConfig defaults = DedupConfig.defaults();
        for (final double near : SWEEP) {
            best = Math.max(best, score(corpora, config(near, defaults.containedThreshold()), run++, table, near,
                    defaults.containedThreshold()));
        }
        for (final double contained : SWEEP) {
            best = Math.max(best, score(corpora, config(defaults.nearThreshold(), contained), run++, table,
                    defaults.nearThreshold(), contained));
        }
        final double atDefaults = score(corpora, defaults, run, new StringBuilder(), 0, 0);
        System.out.print(table);
        assertTrue(atDefaults >= best, "defaults score " + atDefaults + " below the best of the sweep, " + best);
    }

    /** The lower of the corpora's pair F1 scores, with must-stay-apart folded in as a factor. */
    private double score(final List<Corpus> corpora, final DedupConfig config, final int run,
                         final StringBuilder table, final double near, final double contained) throws Exception {
        double worst = 1;
        final StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%.2f  %.2f     ", near, contained));
        for (final Corpus corpus : corpora) {
            final Scores scores = Scores.of(corpus,
                    PipelineRun.run(corpus, config, stateDir.resolve(corpus.name() + "-" + run)));
            final double f1 = f1(scores.pairPrecision(), scores.pairRecall()) * scores.keptApart();
            row.append(String.format(Locale.ROOT, "  %.3f      ", f1));
            worst = Math.min(worst, f1);
        }
        table.append(row.toString().stripTrailing()).append('\n');
        return worst;
    }

    private static double f1(final double precision, final double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static DedupConfig config(final double near, final double contained) {
        return DedupConfig.from(Settings.of(Map.of("liveblog.dedup.near.threshold", Double.toString(near),
                "liveblog.dedup.contained.threshold", Double.toString(contained))));
    }
}
