package dev.liveblog.processor.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.common.text.TextNormalizer;
import dev.liveblog.processor.dedup.DedupConfig;
import dev.liveblog.schema.CanonicalEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deduplication measured against hand-labelled corpora: the bundled sample, and cyclone-ora (an invented event
 * in three polls, written for these tests). Runs the processor's real topology. The figures are printed, and
 * the README reports them.
 */
class DedupEvaluationTest {

    @TempDir
    Path stateDir;

    @Test
    void shouldFindEveryRepeatOfTheSampleAndNothingElse() throws Exception {
        // given the sample and its gold annotation
        final Corpus sample = Corpus.sample();

        // when it runs through the processor
        final Scores scores = Scores.of(sample, PipelineRun.run(sample, DedupConfig.defaults(), stateDir));
        System.out.println(scores.describe("sample"));

        // then every gold repeat is found, nothing else is merged, and what must stay apart does
        assertEquals(1.0, scores.pairPrecision(), () -> "wrongly merged: " + scores.wrong());
        assertEquals(1.0, scores.pairRecall(), () -> "missed: " + scores.missed());
        assertEquals(1.0, scores.keptApart());
        assertEquals(1.0, scores.furniturePrecision());
        assertEquals(1.0, scores.furnitureRecall());
    }

    @Test
    void shouldFindTheRepeatsOfThreePollsOfAnotherBlog() throws Exception {
        // given three successive polls of an invented blog with exact, near, contained and re-poll repeats
        final Corpus cyclone = Corpus.cycloneOra();

        // when all polls run through the processor in order
        final Scores scores = Scores.of(cyclone, PipelineRun.run(cyclone, DedupConfig.defaults(), stateDir));
        System.out.println(scores.describe("cyclone-ora"));

        // then precision and recall of repeats are at least 0.95, and what must stay apart does
        assertTrue(scores.pairPrecision() >= 0.95, () -> scores.describe("cyclone-ora") + "; wrong: " + scores.wrong());
        assertTrue(scores.pairRecall() >= 0.95, () -> scores.describe("cyclone-ora") + "; missed: " + scores.missed());
        assertTrue(scores.keptApart() >= 0.95, () -> scores.describe("cyclone-ora"));
        assertTrue(scores.furniturePrecision() >= 0.95 && scores.furnitureRecall() >= 0.95,
                () -> scores.describe("cyclone-ora"));
    }

    @Test
    void shouldEndWithTheSameItemsWhetherItReadsEveryPollOrOnlyTheLast(@TempDir final Path otherStateDir)
            throws Exception {
        // given the three polls
        final Corpus cyclone = Corpus.cycloneOra();
        final List<Path> polls = cyclone.polls();

        // when all polls run, and separately only the last one
        final PipelineRun.Result all = PipelineRun.run(cyclone, polls, DedupConfig.defaults(), stateDir);
        final PipelineRun.Result last = PipelineRun.run(cyclone, List.of(polls.get(2)), DedupConfig.defaults(),
                otherStateDir);

        // then both end with the same items, in their fullest, latest form
        assertEquals(texts(last.items().values()), texts(all.items().values()));
    }

    @Test
    void shouldGiveEachGoldGroupTheTextTheGoldKeeps() throws Exception {
        // given the polls of the invented blog and their entries
        final Corpus cyclone = Corpus.cycloneOra();
        final var entries = cyclone.entries();

        // when they run through the processor
        final PipelineRun.Result run = PipelineRun.run(cyclone, DedupConfig.defaults(), stateDir);

        // then each group's item carries the fullest, corrected text
        final var itemOf = run.itemOfEntry();
        for (final Corpus.Group group : cyclone.duplicateGroups()) {
            final CanonicalEntry item = run.items().get(itemOf.get(group.entries().get(0)));
            assertEquals(TextNormalizer.normalize(entries.get(group.keepTextOf())),
                    TextNormalizer.normalize(item.getText()), () -> "text of " + group.entries());
        }
    }

    private static Set<String> texts(final java.util.Collection<CanonicalEntry> items) {
        return items.stream().map(item -> TextNormalizer.normalize(item.getText())).collect(Collectors.toSet());
    }
}
