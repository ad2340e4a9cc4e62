package dev.liveblog.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

class Fingerprint64Test {

    @Test
    void shouldEqualAvrosFingerprintOfTheJoinedWordsAsUtf8() {
        final Random random = new Random(11);
        final String alphabet = "abz09'-$\u00e9\u00df\u0440\u4e2d\u2019\u00a0\ud83d\ude00\ud800";
        for (int run = 0; run < 2_000; run++) {
            final List<Token> words = new ArrayList<>();
            final StringBuilder joined = new StringBuilder();
            for (int w = 0; w < 3; w++) {
                final StringBuilder word = new StringBuilder();
                for (int c = 1 + random.nextInt(8); c > 0; c--) {
                    word.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                words.add(new Token(word.toString(), Token.Kind.WORD, false));
                joined.append(word).append(' ');
            }
            assertEquals(SchemaNormalization.fingerprint64(joined.toString().getBytes(StandardCharsets.UTF_8)),
                    Fingerprint64.ofRun(words, 0, 3), joined::toString);
        }
    }
}
