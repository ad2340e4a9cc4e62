package dev.liveblog.processor.dedup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.avro.SchemaNormalization;

/**
 * An entry prepared for comparison: its words, its quoted words, and the hashes of its word trigrams (the
 * shingles the candidate index is built from).
 */
public record Profile(List<Token> tokens, List<Token> quote, long[] shingles) {

    static final int SHINGLE_WORDS = 3;

    public static Profile of(final String text) {
        final List<Token> tokens = Tokenizer.tokenize(text);
        final List<Token> quote = tokens.stream().filter(Token::quoted).toList();
        return new Profile(tokens, quote, shingles(tokens));
    }

    /** Distinct, sorted hashes of every run of three words (of every word, for shorter texts). */
    static long[] shingles(final List<Token> tokens) {
        final int width = Math.min(SHINGLE_WORDS, tokens.size());
        if (width == 0) {
            return new long[0];
        }
        final LongStream.Builder hashes = LongStream.builder();
        for (int i = 0; i + width <= tokens.size(); i++) {
            final StringBuilder gram = new StringBuilder();
            for (int k = i; k < i + width; k++) {
                gram.append(tokens.get(k).text()).append(' ');
            }
            hashes.add(SchemaNormalization.fingerprint64(gram.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return hashes.build().distinct().sorted().toArray();
    }

    public int size() {
        return tokens.size();
    }
}
