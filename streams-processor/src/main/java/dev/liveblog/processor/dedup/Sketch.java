package dev.liveblog.processor.dedup;

/**
 * What the {@link RepeatMatcher} needs of an indexed item: to rule it out without comparing, the counts its length
 * tests use and bit masks of words (one bit per word's hash) in which a set that does not hold another's bits
 * cannot hold its words; to compare it, its words, compactly ({@link Profile#compact()}). The matcher never calls
 * two texts the same item when one lacks a number or negation of the other, so a mask test that fails spares the
 * alignment; one that passes proves nothing. Neither needs the item read from its store.
 *
 * <p>A number or negation of one text can only be held by the other as the same number or negation, whatever
 * its kind there (one in an attribution clause counts too), so the masks compared are those of such words alone:
 * a few bits set of 256, where a mask of every word has a fifth of them set and passes a missing number one time in
 * five.
 *
 * @param size the words that count ({@link Profile#size()})
 * @param quoteSize the quoted words
 * @param numbers bits of every number and negation, of whatever kind (an attribution clause's too)
 * @param substance bits of the numbers and negations that count as substance
 * @param quoteSubstance bits of the quoted numbers and negations
 * @param tokens the text's words as {@link Profile#compact()} writes them
 */
record Sketch(int size, int quoteSize, long[] numbers, long[] substance, long[] quoteSubstance, String tokens) {

    /** Heap of the string of words and its array, beyond their chars. */
    private static final int WORDS_OVERHEAD_BYTES = 24 + 16;

    /** Bits per mask. */
    private static final int LONGS = 4;

    static Sketch of(final Profile profile) {
        final long[] numbers = new long[LONGS];
        final long[] substance = new long[LONGS];
        final long[] quoteSubstance = new long[LONGS];
        for (final Token token : profile.tokens()) {
            final int bit = bit(token.text());
            if (token.digits() || token.kind() == Token.Kind.SUBSTANCE || Tokenizer.isNegation(token.text())) {
                set(numbers, bit);
            }
            if (token.kind() == Token.Kind.SUBSTANCE) {
                set(substance, bit);
                if (token.quoted()) {
                    set(quoteSubstance, bit);
                }
            }
        }
        return new Sketch(profile.size(), profile.quote().size(), numbers, substance, quoteSubstance,
                profile.compact());
    }

    /** The item's profile, read back from its words: equal to that of its text. */
    Profile profile() {
        return Profile.decode(tokens);
    }

    /** The heap the words take (estimated): a byte per char, two when one needs more. */
    long wordBytes() {
        boolean latin1 = true;
        for (int i = 0; i < tokens.length() && latin1; i++) {
            latin1 = tokens.charAt(i) <= 0xFF;
        }
        return WORDS_OVERHEAD_BYTES + (long) tokens.length() * (latin1 ? 1 : 2);
    }

    /** Whether every bit of {@code part} is set in {@code whole}. */
    static boolean holds(final long[] whole, final long[] part) {
        for (int i = 0; i < LONGS; i++) {
            if ((part[i] & ~whole[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    private static int bit(final String word) {
        // spread the String hash, whose low bits alone are poor for short words
        final int h = word.hashCode() * 0x9E3779B9;
        return h >>> (32 - 8);
    }

    private static void set(final long[] mask, final int bit) {
        mask[bit >>> 6] |= 1L << (bit & 63);
    }
}
