package dev.liveblog.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

class Fingerprint64Test {

    @Test
    void shouldEqualAvrosFingerprintOfEveryRunOfJoinedWordsAsUtf8() {
        // given texts of random words of ASCII, two- three- and four-byte UTF-8, and an unpaired surrogate
        final Random random = new Random(11);
        final String alphabet = "abz09'-$\u00e9\u00df\u0440\u4e2d\u2019\u00a0\ud83d\ude00\ud800";
        int runs = 0;
        for (int text = 0; text < 500; text++) {
            final List<Token> words = new ArrayList<>();
            for (int w = random.nextInt(12); w > 0; w--) {
                final StringBuilder word = new StringBuilder();
                for (int c = 1 + random.nextInt(random.nextBoolean() ? 8 : 30); c > 0; c--) {
                    word.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                words.add(new Token(word.toString(), Token.Kind.WORD, false));
            }
            for (int width = 1; width <= 3; width++) {
                // when every run of its words is fingerprinted
                final long[] fingerprints = Fingerprint64.ofRuns(
                        words.stream().map(Token::text).toArray(String[]::new), words.size(), width);
                // then each is Avro's fingerprint of the run's words, each followed by a space, as UTF-8
                assertEquals(Math.max(0, words.size() - width + 1), fingerprints.length);
                for (int i = 0; i < fingerprints.length; i++) {
                    final StringBuilder joined = new StringBuilder();
                    words.subList(i, i + width).forEach(word -> joined.append(word.text()).append(' '));
                    assertEquals(SchemaNormalization.fingerprint64(joined.toString().getBytes(StandardCharsets.UTF_8)),
                            fingerprints[i], joined::toString);
                    runs++;
                }
            }
        }
        assertTrue(runs > 5_000, "runs " + runs);
    }
}
