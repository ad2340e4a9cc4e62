package dev.liveblog.processor.enrich.names;

import dev.liveblog.processor.text.QuotedSpans;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry read once into words with their offsets, for every name finder to share. A word runs over letters,
 * digits, combining marks and the punctuation that joins them inside a name ({@code O'Brien}, {@code Lasko-Reyes},
 * {@code Ji-hoon}, {@code U.S.}, {@code Mr.}); a possessive ending is a word of its own. Between two words it
 * records what separates them, so a name never runs over a comma or a sentence end.
 */
public final class Words {

    /** What stands between a word and the one before it. */
    public enum Gap {
        /** Spaces only (or nothing, at the start). */
        SPACE,
        /** A comma, a bracket, a dash, a colon or a quotation mark: a name does not run over it. */
        CLAUSE,
        /** The end of a sentence. */
        SENTENCE
    }

    /**
     * One word.
     *
     * @param text the word as written
     * @param start offset of its first character
     * @param end offset just past its last character
     * @param gap what separates it from the word before
     * @param quoted whether it stands inside a quotation
     */
    public record Word(String text, int start, int end, Gap gap, boolean quoted) {

        public boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        /** Two letters or more, all capitals: an acronym ({@code SES}, {@code U.S.}). */
        public boolean acronym() {
            int letters = 0;
            for (int i = 0; i < text.length(); i++) {
                final char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    if (!Character.isUpperCase(c)) {
                        return false;
                    }
                    letters++;
                }
            }
            return letters >= 2;
        }

        public boolean possessive() {
            return text.equals("'s") || text.equals("\u2019s") || text.equals("'") || text.equals("\u2019");
        }

        /** The word without a full stop at its end ({@code Mr.} is {@code Mr}). */
        public String bare() {
            return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }

        public boolean startsSentence() {
            return gap == Gap.SENTENCE;
        }
    }

    private final String text;
    private final List<Word> words;
    /**
     * Whether each word can be part of a person's name ({@link PersonNames#nameWord}): 0 not asked yet, 1 no, 2 yes.
     * The finders ask it of a word in more than one pass, and each answer costs five lexicon lookups.
     */
    private final byte[] personWords;

    private Words(final String text, final List<Word> words) {
        this.text = text;
        this.words = words;
        this.personWords = new byte[words.size()];
    }

    public static Words of(final String text, final Abbreviations abbreviations) {
        final List<Word> words = new ArrayList<>();
        final List<QuotedSpans.Span> quotations = QuotedSpans.spans(text);
        int quotation = 0;
        Gap pending = Gap.SENTENCE;
        int i = 0;
        while (i < text.length()) {
            final char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                pending = gapAfter(text, i, c, pending, words, abbreviations);
                i++;
                continue;
            }
            final int end = wordEnd(text, i);
            while (quotation < quotations.size() && quotations.get(quotation).end() <= i) {
                quotation++;
            }
            final boolean quoted = quotation < quotations.size() && quotations.get(quotation).open() < i;
            final int possessive = possessiveStart(text, i, end);
            String word = text.substring(i, possessive);
            int wordEnd = possessive;
            if (possessive == end && end < text.length() && text.charAt(end) == '.'
                    && abbreviations.keepsFullStop(word)) {
                word = word + ".";
                wordEnd = end + 1;
            }
            words.add(new Word(word, i, wordEnd, pending, quoted));
            if (possessive < end) {
                words.add(new Word(text.substring(possessive, end), possessive, end, Gap.SPACE, quoted));
            }
            pending = Gap.SPACE;
            i = wordEnd;
        }
        return new Words(text, List.copyOf(words));
    }

    public String text() {
        return text;
    }

    public List<Word> list() {
        return words;
    }

    public int size() {
        return words.size();
    }

    public Word get(final int i) {
        return words.get(i);
    }

    /** The answer kept for word {@code i}: 0 not known, 1 not a person's name word, 2 one. */
    byte personWord(final int i) {
        return personWords[i];
    }

    boolean keepPersonWord(final int i, final boolean answer) {
        personWords[i] = answer ? (byte) 2 : 1;
        return answer;
    }

    /** The text from the start of word {@code from} to the end of word {@code to - 1}. */
    public String span(final int from, final int to) {
        return text.substring(words.get(from).start(), words.get(to - 1).end());
    }

    private static Gap gapAfter(final String text, final int i, final char c, final Gap pending,
                                final List<Word> words, final Abbreviations abbreviations) {
        if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
            return Gap.SENTENCE;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return pending;
        }
        // A time stamp's dash or a colon after a label starts a new sentence of its own ("14:05 \u2013 In ...").
        if ((c == ':' || c == '\u2013' || c == '\u2014') && !words.isEmpty()
                && Character.isDigit(words.get(words.size() - 1).text().charAt(0)) && pending != Gap.SENTENCE) {
            return Gap.SENTENCE;
        }
        return pending == Gap.SENTENCE ? Gap.SENTENCE : Gap.CLAUSE;
    }

    /** A word runs over letters, digits and marks, and over punctuation between two of them. */
    private static int wordEnd(final String s, final int start) {
        int i = start + 1;
        while (i < s.length()) {
            final char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                i++;
            } else if (i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1))
                    && (c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011' || c == '.'
                    || ((c == ',' || c == ':') && Character.isDigit(s.charAt(i - 1))))) {
                i++;
            } else {
                break;
            }
        }
        // "U.S." and "R.N.C." keep their last full stop: initials joined by full stops.
        if (i < s.length() && s.charAt(i) == '.' && i - start >= 3 && s.charAt(i - 2) == '.') {
            i++;
        }
        return i;
    }

    /** Where a possessive ending starts ("Morales's", "Reyes\u2019s"), or the word's end. */
    private static int possessiveStart(final String s, final int start, final int end) {
        if (end - start > 2 && (s.charAt(end - 1) == 's' || s.charAt(end - 1) == 'S')
                && (s.charAt(end - 2) == '\'' || s.charAt(end - 2) == '\u2019')) {
            return end - 2;
        }
        return end;
    }
}
