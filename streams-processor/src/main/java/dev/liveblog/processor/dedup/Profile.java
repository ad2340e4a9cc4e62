package dev.liveblog.processor.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * An entry prepared for comparison: its words as the arrays a comparison reads ({@link AlignedText}) and, made when
 * first asked for, its quoted words and the table of its distinct words ({@link WordTable}): most profiles are
 * compared with no candidate, or ruled out on their sketches.
 */
public final class Profile {

    static final int SHINGLE_WORDS = 3;
    /** A word's flags in {@link #compact()}: its kind's ordinal in the low bits. */
    private static final int FLAG_BASE = 1;
    private static final int KIND_BITS = 3;
    private static final int QUOTED = 4;
    private static final int DIGITS = 8;
    private static final Token.Kind[] KINDS = Token.Kind.values();
    private static final byte SUBSTANCE = (byte) Token.Kind.SUBSTANCE.ordinal();

    /** The words as tokens; made from {@link #aligned} when first asked for (by tests: the matcher reads arrays). */
    private List<Token> tokens;
    private List<Token> quote;
    private final int size;
    /** The words as the alignment reads them. */
    private final AlignedText aligned;
    private AlignedText alignedQuote;
    private WordTable words;
    private Sketch sketch;

    private Profile(final AlignedText aligned) {
        this.aligned = aligned;
        this.size = aligned.length();
    }

    public static Profile of(final String text) {
        return new Profile(Tokenizer.words(text));
    }

    /**
     * The words in one string, each after a char below {@code ' '} that holds its kind, whether it is quoted and
     * whether it has a digit: a word never holds such a char ({@link Tokenizer}). A tenth of the heap of the
     * tokens, and read back ({@link #decode}) far faster than the text is tokenised again.
     */
    String compact() {
        final AlignedText words = aligned();
        final StringBuilder out = new StringBuilder(words.size * 8);
        for (int i = 0; i < words.size; i++) {
            final int flags = words.kinds[i] | (words.quoted[i] ? QUOTED : 0) | (words.digits[i] ? DIGITS : 0);
            out.append((char) (FLAG_BASE + flags)).append(words.texts[i]);
        }
        return out.toString();
    }

    /**
     * The profile of a text of {@code count} words whose words {@link #compact()} wrote, read straight into the
     * arrays a comparison reads: each word's chars are read once, for its end, its hash and its letters together.
     */
    static Profile decode(final String compact, final int count) {
        final AlignedText aligned = new AlignedText(count);
        int i = 0;
        while (i < compact.length()) {
            final int flags = compact.charAt(i) - FLAG_BASE;
            int end = i + 1;
            int hash = 0;
            int letters = 0;
            char c;
            while (end < compact.length() && (c = compact.charAt(end)) >= ' ') {
                hash = 31 * hash + c;
                if (c >= 'a' && c <= 'z') {
                    letters |= 1 << (c - 'a');
                }
                end++;
            }
            aligned.append(compact.substring(i + 1, end), hash, letters, KINDS[flags & KIND_BITS],
                    (flags & QUOTED) != 0, (flags & DIGITS) != 0);
            i = end;
        }
        return new Profile(aligned);
    }

    /** The words, in order. */
    public List<Token> tokens() {
        if (tokens == null) {
            tokens = aligned.tokens();
        }
        return tokens;
    }

    /** How many words are quoted. */
    int quoteSize() {
        int quoted = 0;
        for (int i = 0; i < aligned.size; i++) {
            quoted += aligned.quoted[i] ? 1 : 0;
        }
        return quoted;
    }

    /** The quoted words, in order. */
    public List<Token> quote() {
        if (quote == null) {
            quote = tokens().stream().filter(Token::quoted).toList();
        }
        return quote;
    }

    /** The text's sketch, made once: the lookup and the index both ask for an entry's. */
    Sketch sketch() {
        if (sketch == null) {
            sketch = Sketch.of(this);
        }
        return sketch;
    }

    /** Texts with more shingles than this are indexed under half of them (those with an even hash). */
    static final int SAMPLE_ABOVE = 24;

    /**
     * The index keys of the text: its shingles, or for a long text the half of them with an even hash. The half is
     * a function of the shingles alone, so two texts sharing a long stretch share about half of its keys, while a
     * lookup touches half as many posting lists.
     */
    public long[] indexKeys() {
        final long[] all = shingles();
        if (all.length <= SAMPLE_ABOVE) {
            return all;
        }
        int even = 0;
        for (final long hash : all) {
            if ((hash & 1L) == 0) {
                all[even++] = hash;
            }
        }
        return Arrays.copyOf(all, even);
    }

    /**
     * Distinct hashes of every run of three words (of every word, for shorter texts), in the order of their first
     * run. The index reads them as a set: a hash set finds the repeated ones in one pass, where sorting took three.
     */
    public long[] shingles() {
        final AlignedText words = aligned();
        final int width = Math.min(SHINGLE_WORDS, words.size);
        if (width == 0) {
            return new long[0];
        }
        final long[] hashes = Fingerprint64.ofRuns(words.texts, words.size, width);
        final int capacity = Integer.highestOneBit(Math.max(4, hashes.length * 2 - 1)) << 1;
        // open addressing, 0 standing for a free slot (and a hash of 0 kept apart)
        final long[] seen = new long[capacity];
        boolean zero = false;
        int distinct = 0;
        for (final long hash : hashes) {
            if (hash == 0) {
                if (!zero) {
                    zero = true;
                    hashes[distinct++] = hash;
                }
                continue;
            }
            int slot = (int) (hash ^ hash >>> 32) & (capacity - 1);
            while (seen[slot] != 0 && seen[slot] != hash) {
                slot = (slot + 1) & (capacity - 1);
            }
            if (seen[slot] == 0) {
                seen[slot] = hash;
                hashes[distinct++] = hash;
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /** The words that count: all but those of attribution clauses. */
    public int size() {
        return size;
    }

    /**
     * Whether every number, negation and name among {@code part} also stands in this text (names up to a typo).
     * When one does not, no alignment of the two can reach a threshold, so the costly alignment is skipped.
     */
    boolean holdsSubstanceOf(final AlignedText part) {
        for (int i = 0; i < part.size; i++) {
            if (part.substance(i) && !words().contains(part.texts[i], part.hashes[i])
                    && (part.kinds[i] == SUBSTANCE || !hasWordLike(part.texts[i]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many words of {@code part} that count (all but attribution words) have no word like them in this text,
     * counted up to {@code limit} + 1. Each costs at least one edit in any alignment of the two, so an alignment
     * within a budget of {@code limit} edits is out of reach when the count exceeds it, and need not be computed.
     */
    int unmatched(final AlignedText part, final int limit) {
        int unmatched = 0;
        for (int i = 0; i < part.size; i++) {
            if (!part.attribution(i) && !words().contains(part.texts[i], part.hashes[i])
                    && (part.digits[i] || !hasWordLike(part.texts[i])) && ++unmatched > limit) {
                break;
            }
        }
        return unmatched;
    }

    private boolean hasWordLike(final String word) {
        return words().hasLike(word);
    }

    private WordTable words() {
        if (words == null) {
            words = WordTable.of(aligned());
        }
        return words;
    }

    /** The words as the alignment reads them. */
    AlignedText aligned() {
        return aligned;
    }

    /** The quoted words as the alignment reads them, made once. */
    AlignedText alignedQuote() {
        if (alignedQuote == null) {
            alignedQuote = aligned().quotedWords();
        }
        return alignedQuote;
    }
}
