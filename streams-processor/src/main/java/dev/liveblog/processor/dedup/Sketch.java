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
 * <p>The words are written when first asked for (as the item is indexed): an entry looked up and found to repeat
 * an item is compared by its masks alone.
 */
final class Sketch {

    /** Heap of the string of words and its array, beyond their chars. */
    private static final int WORDS_OVERHEAD_BYTES = 24 + 16;

    private static final byte SUBSTANCE = (byte) Token.Kind.SUBSTANCE.ordinal();
    private static final byte ATTRIBUTION = (byte) Token.Kind.ATTRIBUTION.ordinal();

    /** Bits per mask. */
    private static final int LONGS = 4;

    /** The words that count ({@link Profile#size()}). */
    private final int size;
    /** The quoted words. */
    private final int quoteSize;
    /** All the words, so that reading them back needs no count of them. */
    private final int wordCount;
    /** Bits of every number and negation, of whatever kind (an attribution clause's too). */
    private final long[] numbers;
    /** Bits of the numbers and negations that count as substance. */
    private final long[] substance;
    /** Bits of the quoted numbers and negations that count as substance. */
    private final long[] quoteSubstance;
    /** The text's words as {@link Profile#compact()} writes them; null until asked for. */
    private String tokens;
    /** The profile the words are written from, until they are. */
    private Profile source;

    private Sketch(final Profile source, final long[] numbers, final long[] substance,
                   final long[] quoteSubstance) {
        this.size = source.size();
        this.quoteSize = source.quoteSize();
        this.wordCount = source.aligned().size;
        this.numbers = numbers;
        this.substance = substance;
        this.quoteSubstance = quoteSubstance;
        this.source = source;
    }

    static Sketch of(final Profile profile) {
        final long[] numbers = new long[LONGS];
        final long[] substance = new long[LONGS];
        final long[] quoteSubstance = new long[LONGS];
        final AlignedText words = profile.aligned();
        for (int i = 0; i < words.size; i++) {
            final int bit = bit(words.hashes[i]);
            final byte kind = words.kinds[i];
            // a number or negation is substance unless an attribution clause took it, so only such words are read
            if (kind == SUBSTANCE || kind == ATTRIBUTION && (words.digits[i] || Tokenizer.isNegation(words.texts[i]))) {
                set(numbers, bit);
            }
            if (kind == SUBSTANCE) {
                set(substance, bit);
                if (words.quoted[i]) {
                    set(quoteSubstance, bit);
                }
            }
        }
        return new Sketch(profile, numbers, substance, quoteSubstance);
    }

    int size() {
        return size;
    }

    int quoteSize() {
        return quoteSize;
    }

    long[] numbers() {
        return numbers;
    }

    long[] substance() {
        return substance;
    }

    long[] quoteSubstance() {
        return quoteSubstance;
    }

    /** The text's words as {@link Profile#compact()} writes them, written once; the profile is then let go. */
    String tokens() {
        if (tokens == null) {
            tokens = source.compact();
            source = null;
        }
        return tokens;
    }

    /** The item's profile, read back from its words: equal to that of its text. */
    Profile profile() {
        return Profile.decode(tokens(), wordCount);
    }

    /** The heap the words take (estimated): a byte per char, two when one needs more. */
    long wordBytes() {
        boolean latin1 = true;
        final String words = tokens();
        for (int i = 0; i < words.length() && latin1; i++) {
            latin1 = words.charAt(i) <= 0xFF;
        }
        return WORDS_OVERHEAD_BYTES + (long) words.length() * (latin1 ? 1 : 2);
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

    private static int bit(final int hash) {
        // spread the String hash, whose low bits alone are poor for short words
        final int h = hash * 0x9E3779B9;
        return h >>> (32 - 8);
    }

    private static void set(final long[] mask, final int bit) {
        mask[bit >>> 6] |= 1L << (bit & 63);
    }
}
