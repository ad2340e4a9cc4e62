package dev.liveblog.processor.dedup;

/**
 * One word of an entry, normalised for comparison, with the weight it carries when two entries are compared.
 *
 * @param text lower-case NFKC form without surrounding punctuation
 * @param kind what changing the word would change
 * @param quoted whether it stands inside quotation marks
 * @param digits whether the text has a digit (a word with one is never a typo of another): read once, as the
 *               alignment asks for every pair of words
 */
public record Token(String text, Kind kind, boolean quoted, boolean digits) {

    public Token(final String text, final Kind kind, final boolean quoted) {
        this(text, kind, quoted, Words.hasDigit(text));
    }

    /** What a word carries; two entries that differ in substance are never the same item. */
    public enum Kind {
        /** An ordinary word: changing it is a small edit. */
        WORD,
        /** A capitalised word that is not a common function word: a person, place, organisation, day. */
        NAME,
        /** A number, amount, time or date, or a negation: changing it changes the substance. */
        SUBSTANCE,
        /** A word of an attribution clause (who said it, to whom): it may change, come or go freely. */
        ATTRIBUTION
    }
}
