package dev.liveblog.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.processor.text.ScanCheck;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * The alignment's shortcuts (a cell reading a word's hash, letters and length before the word, and only a band
 * about the diagonal between whole texts) change no result that counts: over pairs of corpus lines and of lines
 * and their edits, every similarity and containment that reaches its threshold is the one the plain table of
 * {@link Words#similar} gives, and every one that falls short still falls short.
 */
class AlignmentTest {

    private static final int FORBIDDEN = 1_000_000;
    private static final double[] THRESHOLDS = {0.0, 0.5, 0.8, 0.85, 0.95, 1.0};

    @Test
    void shouldAlignAsThePlainTableDoesAtEveryThreshold() throws IOException {
        // given pairs of corpus lines: neighbours, random pairs, and lines with their edits
        final List<List<Token>[]> pairs = pairs();
        int reached = 0;
        for (final List<Token>[] pair : pairs) {
            for (final double threshold : THRESHOLDS) {
                // when both align them
                final double similarity = Alignment.similarity(pair[0], pair[1], threshold);
                final double expectedSimilarity = plainSimilarity(pair[0], pair[1]);
                final double containment = Alignment.containment(pair[0], pair[1], threshold);
                final double expectedContainment = plainContainment(pair[0], pair[1]);
                // then what reaches the threshold is the same, and what falls short falls short
                if (expectedSimilarity >= threshold && threshold > 0) {
                    assertEquals(expectedSimilarity, similarity, 1e-12, describe(pair));
                    reached++;
                } else {
                    assertTrue(similarity < threshold || threshold == 0, describe(pair));
                }
                if (expectedContainment >= threshold && threshold > 0) {
                    assertEquals(expectedContainment, containment, 1e-12, describe(pair));
                    reached++;
                } else {
                    assertTrue(containment < threshold || threshold == 0, describe(pair));
                }
            }
        }
        // and many pairs reached a threshold
        assertTrue(reached > pairs.size(), reached + " of " + pairs.size() * THRESHOLDS.length * 2);
    }

    @Test
    void shouldTellATypoInALongWordAndNotInAShortOneOrANumber() {
        final String order = "officials confirmed the evacuation order";
        assertEquals(1.0, similarity(order, "officials confimred the evacuation order"));
        assertEquals(1.0, similarity(order, "officials confirmd the evacuation order"));
        assertTrue(similarity("officials said the fire was out", "officials said the fiTe was out") < 1.0);
        assertTrue(similarity("the vote passed 12345 to 3", "the vote passed 12346 to 3") <= 0.0);
    }

    @Test
    void shouldAlignTextsThatStartWithAnAttributionClauseWithTheirWordsAlone() {
        final String words = "the fire spread to three more streets overnight";
        final List<Token> attributed = Tokenizer.tokenize("According to police, " + words);
        final List<Token> plain = Tokenizer.tokenize(words);
        // with no edit to spare, as with many
        for (final double threshold : new double[] {1.0, 0.5}) {
            assertEquals(1.0, Alignment.similarity(attributed, plain, threshold));
            assertEquals(1.0, Alignment.similarity(plain, attributed, threshold));
            assertEquals(1.0, Alignment.containment(attributed,
                    Tokenizer.tokenize("Two schools closed and " + words), threshold));
        }
    }

    @Test
    void shouldPairTheWordsTwoTextsStartAndEndWithOnlyWhereThatLeavesTheDistanceAsItIs() {
        // given pairs whose first or last words pair at no cost, some where leaving one of them out is the way
        // to pair a name or number of the other text with it ("plan ... Plan": the name cannot be left out)
        final String[][] pairs = {
            {"plan Plan", "plan"},
            {"plans Planz", "plans"},
            {"reports Reprots said", "reports said"},
            {"plan", "plan Plan"},
            {"the plan Plan", "the plan"},
            {"Plan plan", "plan"},
            {"talks resumed on Monday in Geneva", "talks resumed on Monday in Geneve"},
            {"officials said the fire was out", "officials said the fire was almost out"},
            {"the vote passed 12345 to 3 in the end", "the vote passed 12345 to 4 in the end"},
            {"police police Police", "police Police"},
            {"Police said police", "police said police"},
            {"the ceasefire holds ceasefire Ceasefire", "the ceasefire holds Ceasefire"},
            {"According to police, the fire spread", "the fire spread, police said"},
        };
        for (final String[] pair : pairs) {
            final List<Token> a = Tokenizer.tokenize(pair[0]);
            final List<Token> b = Tokenizer.tokenize(pair[1]);
            // when both align them at every threshold
            for (final double threshold : THRESHOLDS) {
                final double expected = plainSimilarity(a, b);
                final double similarity = Alignment.similarity(a, b, threshold);
                // then what reaches the threshold is the plain table's figure, and what falls short falls short
                if (expected >= threshold && threshold > 0) {
                    assertEquals(expected, similarity, 1e-12, String.join(" / ", pair));
                } else {
                    assertTrue(similarity < threshold || threshold == 0, String.join(" / ", pair));
                }
            }
        }
        // and a first word left out, not paired, is what lets the name be paired
        assertEquals(0.5, Alignment.similarity(Tokenizer.tokenize("plan Plan"), Tokenizer.tokenize("plan"), 0.5));
    }

    private static double similarity(final String a, final String b) {
        return Alignment.similarity(Tokenizer.tokenize(a), Tokenizer.tokenize(b), 0.5);
    }

    @SuppressWarnings("unchecked")
    private static List<List<Token>[]> pairs() throws IOException {
        final List<List<Token>> lines = new ArrayList<>();
        for (final String line : ScanCheck.corpusLines()) {
            final List<Token> tokens = Tokenizer.tokenize(line);
            if (tokens.size() >= 3) {
                lines.add(tokens);
            }
        }
        final Random random = new Random(11);
        final List<List<Token>[]> pairs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            final List<Token> line = lines.get(i);
            for (int k = 1; k <= 2 && i + k < lines.size(); k++) {
                pairs.add(new List[] {line, lines.get(i + k)});
            }
            pairs.add(new List[] {line, lines.get(random.nextInt(lines.size()))});
            final List<Token> edited = edit(line, random);
            pairs.add(new List[] {line, edited});
            pairs.add(new List[] {edited, line});
            pairs.add(new List[] {line.subList(random.nextInt(line.size() / 2 + 1), line.size()), line});
        }
        return pairs;
    }

    /** The line with a few words dropped, doubled, or changed by a letter. */
    private static List<Token> edit(final List<Token> line, final Random random) {
        final List<Token> edited = new ArrayList<>(line);
        for (int n = random.nextInt(3) + 1; n > 0 && edited.size() > 1; n--) {
            final int at = random.nextInt(edited.size());
            final Token token = edited.get(at);
            switch (random.nextInt(3)) {
                case 0 -> edited.remove(at);
                case 1 -> edited.add(at, token);
                default -> {
                    final char[] letters = token.text().toCharArray();
                    letters[random.nextInt(letters.length)] = (char) ('a' + random.nextInt(26));
                    edited.set(at, new Token(new String(letters), token.kind(), token.quoted()));
                }
            }
        }
        return edited;
    }

    private static String describe(final List<Token>[] pair) {
        return pair[0].stream().map(Token::text).toList() + " / " + pair[1].stream().map(Token::text).toList();
    }

    // The plain table the alignment began as: every cell, comparing the words themselves, with its gap costs.

    private static double plainSimilarity(final List<Token> a, final List<Token> b) {
        final int length = Math.max(Alignment.length(a), Alignment.length(b));
        if (Alignment.length(a) == 0 || Alignment.length(b) == 0) {
            return 0;
        }
        return Math.max(0, 1.0 - (double) plain(a, b, token -> Alignment.gapCost(token.kind()), false) / length);
    }

    private static double plainContainment(final List<Token> part, final List<Token> whole) {
        final int length = Alignment.length(part);
        if (length == 0 || whole.isEmpty()) {
            return 0;
        }
        final int cost = plain(part, whole, token -> Alignment.wholeGapCost(token.kind()), true);
        return Math.max(0, 1.0 - (double) cost / length);
    }

    private static int plain(final List<Token> a, final List<Token> b, final ToIntFunction<Token> bGap,
                             final boolean freeEnds) {
        final int m = b.size();
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 1; j <= m; j++) {
            previous[j] = freeEnds ? 0 : add(previous[j - 1], bGap.applyAsInt(b.get(j - 1)));
        }
        for (int i = 1; i <= a.size(); i++) {
            final int gap = Alignment.gapCost(a.get(i - 1).kind());
            current[0] = add(previous[0], gap);
            for (int j = 1; j <= m; j++) {
                current[j] = Math.min(add(previous[j - 1], substitution(a.get(i - 1), b.get(j - 1))),
                        Math.min(add(previous[j], gap), add(current[j - 1], bGap.applyAsInt(b.get(j - 1)))));
            }
            final int[] swap = previous;
            previous = current;
            current = swap;
        }
        if (!freeEnds) {
            return previous[m];
        }
        int best = FORBIDDEN;
        for (final int cost : previous) {
            best = Math.min(best, cost);
        }
        return best;
    }

    private static int substitution(final Token a, final Token b) {
        if (a.kind() == Token.Kind.ATTRIBUTION || b.kind() == Token.Kind.ATTRIBUTION) {
            return a.kind() == b.kind() ? 0 : FORBIDDEN;
        }
        if (Words.similar(a.text(), b.text())) {
            return 0;
        }
        return a.kind() == Token.Kind.WORD && b.kind() == Token.Kind.WORD ? 1 : FORBIDDEN;
    }

    private static int add(final int a, final int b) {
        return Math.min(FORBIDDEN, a + b);
    }
}
