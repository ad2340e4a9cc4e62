package dev.liveblog.processor.dedup;

import dev.liveblog.processor.text.QuotedSpans;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an entry into words for comparison. Punctuation around words goes; punctuation inside a word stays when
 * it carries meaning ({@code 12:30}, {@code $250bn}, {@code 2,000}, {@code 30-day}, {@code don't}). Each word knows
 * whether it is quoted ({@link QuotedSpans}: double or single marks; an unclosed quotation runs to the end).
 *
 * <p>Two passes make the words of two renderings of the same news equal: a number is written one way whatever way
 * the entry wrote it ({@link NumberForms}), and the words of an attribution clause ("..., police told Reuters",
 * "according to police") are marked, because who said it and to whom is not the news itself.
 */
public final class Tokenizer {

    private static final Set<String> NEGATIONS = lookup("not", "no", "never", "nor", "neither", "none", "nobody",
            "nothing", "without", "cannot", "can't", "don't", "doesn't", "didn't", "won't", "wouldn't", "isn't",
            "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "shouldn't", "couldn't", "mustn't");
    private static final Set<String> FUNCTION_WORDS = loadFunctionWords();
    /** Verbs of an attribution clause: "..., the agency reported." */
    private static final Set<String> REPORTING = lookup("said", "says", "say", "told", "tells", "reported",
            "reports", "added", "adds", "announced", "announces", "confirmed", "confirms", "stated", "wrote", "writes",
            "tweeted", "posted", "quoted", "cited", "reporting", "quoting", "citing");
    /** Words of a live blog's state in its title: "live", "as it happened", "latest updates". */
    private static final Set<String> STATUS = lookup("live", "as", "it", "happened", "updates", "update", "latest",
            "blog", "coverage", "rolling", "minute-by-minute", "reaction", "recap");
    /** The longest clause still taken for an attribution. */
    private static final int MAX_ATTRIBUTION = 12;
    /** Words after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = lookup("mr", "mrs", "ms", "dr", "gov", "sen", "rep", "lt",
            "gen", "col", "capt", "sgt", "st", "jr", "sr", "no", "vs", "inc", "ltd", "co", "corp", "prof", "rev",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pa", "a.m", "p.m");

    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];
    /** {@link Character#isWhitespace} or {@link Character#isSpaceChar}, for ASCII. */
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < ASCII_LETTER_OR_DIGIT.length; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    /** What separates a word from the word before it. */
    enum Boundary {
        NONE, CLAUSE, SENTENCE
    }

    /** A word as read, before the passes: its raw form, what came before it, and whether it is quoted. */
    record Raw(String text, Boundary before, boolean quoted, boolean spaceOnlyBefore) {
    }

    private Tokenizer() {
    }

    public static List<Token> tokenize(final String text) {
        return words(text).tokens();
    }

    /**
     * The words of a text as the arrays a comparison reads ({@link #tokenize} as tokens): each word's lower-case
     * form, hash and letters are made in one pass over its chars, and no token is made per word.
     */
    static AlignedText words(final String text) {
        final List<Raw> raw = NumberForms.merge(read(nfkcStable(text) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC)));
        final Columns words = new Columns(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            words.read(i, raw.get(i));
        }
        markAttributions(raw, words);
        markStatus(raw, words);
        return words.aligned();
    }

    /** The words of a text as they are read and marked, before they are arrays of their own. */
    private static final class Columns {

        final String[] texts;
        final Token.Kind[] kinds;
        final boolean[] quoted;
        final boolean[] digits;
        final int[] hashes;
        final int[] letters;

        Columns(final int size) {
            texts = new String[size];
            kinds = new Token.Kind[size];
            quoted = new boolean[size];
            digits = new boolean[size];
            hashes = new int[size];
            letters = new int[size];
        }

        /**
         * Reads word {@code i}: its form for comparison is lower case with a curly apostrophe straight. ASCII, most
         * words, is lowered, hashed ({@link String#hashCode}) and its letters taken in one pass; other text goes
         * through the JDK's lower-casing, which may change a word's length.
         */
        void read(final int i, final Raw word) {
            final String raw = word.text();
            int hash = 0;
            int letterSet = 0;
            boolean upper = false;
            boolean hasDigit = false;
            boolean ascii = true;
            for (int k = 0; k < raw.length() && ascii; k++) {
                char c = raw.charAt(k);
                if (c >= 0x80) {
                    ascii = false;
                } else {
                    if (c >= 'A' && c <= 'Z') {
                        c += 'a' - 'A';
                        upper = true;
                    }
                    hash = 31 * hash + c;
                    if (c >= 'a' && c <= 'z') {
                        letterSet |= 1 << (c - 'a');
                    }
                    hasDigit |= c >= '0' && c <= '9';
                }
            }
            final String lower;
            if (ascii) {
                lower = upper ? raw.toLowerCase(Locale.ROOT) : raw;
            } else {
                lower = raw.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
                hash = lower.hashCode();
                letterSet = WordTable.letters(lower);
                hasDigit = Words.hasDigit(lower);
            }
            texts[i] = lower;
            hashes[i] = hash;
            letters[i] = letterSet;
            digits[i] = hasDigit;
            quoted[i] = word.quoted();
            kinds[i] = kind(raw, lower, hasDigit);
        }

        int size() {
            return texts.length;
        }

        void mark(final int i) {
            kinds[i] = Token.Kind.ATTRIBUTION;
        }

        AlignedText aligned() {
            final AlignedText aligned = new AlignedText(texts.length);
            for (int i = 0; i < texts.length; i++) {
                aligned.append(texts[i], hashes[i], letters[i], kinds[i], quoted[i], digits[i]);
            }
            return aligned;
        }
    }

    /**
     * Whether NFKC leaves the text as it is: ASCII and the quotation marks and dashes of General Punctuation but
     * U+2011 and U+2017, which it maps. Most entries are such text, and NFKC is the costliest step of reading them.
     */
    static boolean nfkcStable(final String text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c >= 0x80 && (c < '\u2010' || c > '\u201F' || c == '\u2011' || c == '\u2017')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks a live blog's status words in its title ("... \u2013 live", "... \u2013 as it happened", "Live: ..."): the
     * page's state, not the news, and it changes while the news stays.
     */
    private static void markStatus(final List<Raw> raw, final Columns tokens) {
        int clause = tokens.size();
        while (clause > 0 && raw.get(clause - 1).before() == Boundary.NONE) {
            clause--;
        }
        final int last = clause - 1;
        if (last > 0 && allStatus(tokens, last, tokens.size())) {
            for (int i = last; i < tokens.size(); i++) {
                tokens.mark(i);
            }
        }
        int first = 1;
        while (first < tokens.size() && raw.get(first).before() == Boundary.NONE) {
            first++;
        }
        if (first < tokens.size() && allStatus(tokens, 0, first)) {
            for (int i = 0; i < first; i++) {
                tokens.mark(i);
            }
        }
    }

    private static boolean allStatus(final Columns tokens, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (!STATUS.contains(tokens.texts[i])) {
                return false;
            }
        }
        return to > from;
    }

    /** The words of a text with the boundaries between them. */
    static List<Raw> read(final String nfkc) {
        final List<Raw> words = new ArrayList<>();
        final List<QuotedSpans.Span> quotations = QuotedSpans.spans(nfkc);
        int quotation = 0;
        Boundary pending = Boundary.NONE;
        boolean spaceOnly = true;
        boolean wasQuoted = false;
        int i = 0;
        while (i < nfkc.length()) {
            final char c = nfkc.charAt(i);
            if (isWordStart(c)) {
                while (quotation < quotations.size() && quotations.get(quotation).end() <= i) {
                    quotation++;
                }
                final boolean quoted = quotation < quotations.size() && quotations.get(quotation).open() < i;
                final int end = wordEnd(nfkc, i);
                Boundary before = pending;
                if (quoted != wasQuoted && before == Boundary.NONE && !words.isEmpty()) {
                    before = Boundary.CLAUSE;
                }
                words.add(new Raw(nfkc.substring(i, end), before, quoted, spaceOnly));
                wasQuoted = quoted;
                pending = Boundary.NONE;
                spaceOnly = true;
                i = end;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                final boolean abbreviation = c == '.' && !words.isEmpty()
                        && ABBREVIATIONS.contains(words.get(words.size() - 1).text().toLowerCase(Locale.ROOT));
                final boolean initial = c == '.' && !words.isEmpty() && words.get(words.size() - 1).text().length() == 1;
                if (!abbreviation && !initial) {
                    pending = Boundary.SENTENCE;
                }
            } else if (pending == Boundary.NONE && endsClause(c)) {
                pending = Boundary.CLAUSE;
            }
            spaceOnly &= space(c);
            i++;
        }
        return words;
    }

    /**
     * Marks the words of attribution clauses: the last clause of a sentence when it holds a reporting verb ("...,
     * the coastguard said in a statement."), and "according to ..." up to the end of its clause.
     */
    private static void markAttributions(final List<Raw> raw, final Columns tokens) {
        int sentenceStart = 0;
        for (int i = 0; i <= raw.size(); i++) {
            if (i == raw.size() || (i > 0 && raw.get(i).before() == Boundary.SENTENCE)) {
                markLastClause(raw, tokens, sentenceStart, i);
                sentenceStart = i;
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.texts[i].equals("according") && tokens.texts[i + 1].equals("to") && !tokens.quoted[i]) {
                int j = i;
                do {
                    tokens.mark(j++);
                } while (j < tokens.size() && raw.get(j).before() == Boundary.NONE);
            }
        }
    }

    private static void markLastClause(final List<Raw> raw, final Columns tokens, final int from, final int to) {
        int clause = to;
        while (clause > from && raw.get(clause - 1).before() == Boundary.NONE) {
            clause--;
        }
        final int start = clause - 1;
        if (start <= from || to - start > MAX_ATTRIBUTION) {
            return;
        }
        boolean reports = false;
        for (int i = start; i < to; i++) {
            if (tokens.quoted[i]) {
                return;
            }
            reports |= REPORTING.contains(tokens.texts[i]);
        }
        if (reports) {
            for (int i = start; i < to; i++) {
                tokens.mark(i);
            }
        }
    }

    /** Whether a word (lower case) is a negation: substance, whatever else it is. */
    static boolean isNegation(final String word) {
        return NEGATIONS.contains(word);
    }

    private static Token.Kind kind(final String raw, final String word, final boolean digits) {
        if (digits || NEGATIONS.contains(word)) {
            return Token.Kind.SUBSTANCE;
        }
        if (Character.isUpperCase(raw.codePointAt(0)) && !FUNCTION_WORDS.contains(word)) {
            return Token.Kind.NAME;
        }
        return Token.Kind.WORD;
    }

    private static boolean space(final char c) {
        return c < ASCII_SPACE.length ? ASCII_SPACE[c] : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean endsClause(final char c) {
        return switch (c) {
            case ',', ';', ':', '(', ')', '[', ']', '\u2013', '\u2014' -> true;
            default -> false;
        };
    }

    private static boolean isWordStart(final char c) {
        return letterOrDigit(c) || c == '$' || c == '£' || c == '€';
    }

    /** {@link Character#isLetterOrDigit(char)}, read from a table for ASCII, which most text is. */
    private static boolean letterOrDigit(final char c) {
        return c < ASCII_LETTER_OR_DIGIT.length ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** A word runs over letters and digits, and over inner punctuation that joins two of them. */
    private static int wordEnd(final String s, final int start) {
        int i = start + 1;
        while (i < s.length()) {
            final char c = s.charAt(i);
            if (letterOrDigit(c) || c == '%') {
                i++;
            } else if (joins(s, i)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Inner punctuation: {@code - '} between letters or digits, {@code . , : /} between digits. */
    private static boolean joins(final String s, final int i) {
        if (i + 1 >= s.length() || !letterOrDigit(s.charAt(i + 1))) {
            return false;
        }
        final char c = s.charAt(i);
        if (c == '-' || c == '\'' || c == '\u2019') {
            return true;
        }
        return (c == '.' || c == ',' || c == ':' || c == '/') && Character.isDigit(s.charAt(i - 1))
                && Character.isDigit(s.charAt(i + 1));
    }

    /**
     * An unmodifiable set read by hash and mask: {@code Set.of}'s sets find a word's place by a remainder, a
     * division for every word of every entry.
     */
    private static Set<String> lookup(final String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }

    private static Set<String> loadFunctionWords() {
        final InputStream in = Tokenizer.class.getResourceAsStream("/dedup/function-words.txt");
        if (in == null) {
            throw new IllegalStateException("dedup/function-words.txt is missing from the classpath");
        }
        final Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(words::add);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read dedup/function-words.txt", e);
        }
        return Collections.unmodifiableSet(words);
    }
}
