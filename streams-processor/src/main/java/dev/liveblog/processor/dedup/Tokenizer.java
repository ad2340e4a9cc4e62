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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an entry into words for comparison. Punctuation around words goes; punctuation inside a word stays when
 * it carries meaning ({@code 12:30}, {@code $250bn}, {@code 2,000}, {@code 30-day}, {@code don't}). Each word knows
 * whether it is quoted ({@link QuotedSpans}: double or single marks; an unclosed quotation runs to the end).
 */
public final class Tokenizer {

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "neither", "none", "nobody",
            "nothing", "without", "cannot", "can't", "don't", "doesn't", "didn't", "won't", "wouldn't", "isn't",
            "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "shouldn't", "couldn't", "mustn't");
    private static final Set<String> FUNCTION_WORDS = loadFunctionWords();

    private Tokenizer() {
    }

    public static List<Token> tokenize(final String text) {
        final String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        final List<Token> tokens = new ArrayList<>();
        final List<QuotedSpans.Span> quotations = QuotedSpans.spans(nfkc);
        int quotation = 0;
        int i = 0;
        while (i < nfkc.length()) {
            final char c = nfkc.charAt(i);
            if (isWordStart(c)) {
                while (quotation < quotations.size() && quotations.get(quotation).end() <= i) {
                    quotation++;
                }
                final boolean quoted = quotation < quotations.size() && quotations.get(quotation).open() < i;
                final int end = wordEnd(nfkc, i);
                final String raw = nfkc.substring(i, end);
                final String word = raw.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
                tokens.add(new Token(word, kind(raw, word), quoted));
                i = end;
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static Token.Kind kind(final String raw, final String word) {
        if (NEGATIONS.contains(word) || word.chars().anyMatch(Character::isDigit)) {
            return Token.Kind.SUBSTANCE;
        }
        if (Character.isUpperCase(raw.codePointAt(0)) && !FUNCTION_WORDS.contains(word)) {
            return Token.Kind.NAME;
        }
        return Token.Kind.WORD;
    }

    private static boolean isWordStart(final char c) {
        return Character.isLetterOrDigit(c) || c == '$' || c == '£' || c == '€';
    }

    /** A word runs over letters and digits, and over inner punctuation that joins two of them. */
    private static int wordEnd(final String s, final int start) {
        int i = start + 1;
        while (i < s.length()) {
            final char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '%') {
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
        if (i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1))) {
            return false;
        }
        final char c = s.charAt(i);
        if (c == '-' || c == '\'' || c == '\u2019') {
            return true;
        }
        return (c == '.' || c == ',' || c == ':' || c == '/') && Character.isDigit(s.charAt(i - 1))
                && Character.isDigit(s.charAt(i + 1));
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
        return Set.copyOf(words);
    }
}
