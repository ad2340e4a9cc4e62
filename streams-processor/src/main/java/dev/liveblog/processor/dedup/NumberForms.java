package dev.liveblog.processor.dedup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a number one way, whatever way an entry wrote it: "2,450,000", "2 450 000" and "2.45 million" are all
 * {@code 2450000}; "$38m" and "$38 million" are both {@code $38000000}. A number written another way is the same
 * number; a changed number stays a changed number.
 */
final class NumberForms {

    private static final Map<String, BigDecimal> SCALES = Map.of("thousand", BigDecimal.valueOf(1_000L),
            "million", BigDecimal.valueOf(1_000_000L), "m", BigDecimal.valueOf(1_000_000L),
            "billion", BigDecimal.valueOf(1_000_000_000L), "bn", BigDecimal.valueOf(1_000_000_000L),
            "trillion", BigDecimal.valueOf(1_000_000_000_000L), "tn", BigDecimal.valueOf(1_000_000_000_000L),
            "k", BigDecimal.valueOf(1_000L));
    /** A currency sign, digits grouped by commas or not, decimals, and a scale written onto the number. */
    private static final Pattern NUMBER = Pattern.compile(
            "([$£€]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(thousand|million|billion|trillion|bn|tn|m|k)?");
    private static final Pattern GROUP = Pattern.compile("\\d{3}");
    private static final Pattern LEADING_GROUP = Pattern.compile("[$£€]?\\d{1,3}");

    private NumberForms() {
    }

    /** The words with digit groups joined ("87 192") and every plain number in its one form. */
    static List<Tokenizer.Raw> merge(final List<Tokenizer.Raw> words) {
        final List<Tokenizer.Raw> out = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            Tokenizer.Raw word = words.get(i++);
            if (!numeric(word.text()) || plain(word.text()) && !continued(words, i, word.text().length())
                    || !numberChars(word.text())) {
                out.add(word);
                continue;
            }
            final int groups = grouped(word.text());
            if (groups > 0 && !scaled(words, i)) {
                // "2,450": its digits are its one form
                out.add(new Tokenizer.Raw(word.text().substring(0, groups).replace(",", ""), word.before(),
                        word.quoted(), word.spaceOnlyBefore()));
                continue;
            }
            if (LEADING_GROUP.matcher(word.text()).matches()) {
                final StringBuilder joined = new StringBuilder(word.text());
                while (i < words.size() && words.get(i).spaceOnlyBefore()
                        && words.get(i).before() == Tokenizer.Boundary.NONE
                        && GROUP.matcher(words.get(i).text()).matches()) {
                    joined.append(',').append(words.get(i++).text());
                }
                word = new Tokenizer.Raw(joined.toString(), word.before(), word.quoted(), word.spaceOnlyBefore());
            }
            final Matcher number = NUMBER.matcher(word.text());
            if (!number.matches()) {
                out.add(word);
                continue;
            }
            String scale = number.group(4);
            if (scale == null && scaled(words, i)) {
                scale = words.get(i++).text().toLowerCase(Locale.ROOT);
            }
            out.add(new Tokenizer.Raw(number.group(1) + value(number, scale), word.before(), word.quoted(),
                    word.spaceOnlyBefore()));
        }
        return out;
    }

    /** Whether a word starts like a number: a digit, or a currency sign and a digit. Most words do not. */
    private static boolean numeric(final String word) {
        final char first = word.charAt(0);
        return Character.isDigit(first) || word.length() > 1 && (first == '$' || first == '\u00A3' || first == '\u20AC')
                && Character.isDigit(word.charAt(1));
    }

    /** Whether the word at {@code next} is a scale written out after a number ("3 million"). */
    private static boolean scaled(final List<Tokenizer.Raw> words, final int next) {
        if (next >= words.size() || words.get(next).before() != Tokenizer.Boundary.NONE) {
            return false;
        }
        final String word = words.get(next).text();
        return word.length() > 2 && SCALES.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word holds only what a number's pattern may hold: a currency sign, digits, group and decimal
     * marks, and the letters of a scale. Times, ranges and percentages ("12:30", "30-day", "2%") do not, and are
     * kept as they are without trying the patterns.
     */
    private static boolean numberChars(final String word) {
        for (int i = 0; i < word.length(); i++) {
            final char c = word.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ',' || c == '.'
                    || c == '$' || c == '\u00A3' || c == '\u20AC')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The length of the sign and digits of a number grouped by commas with no leading zero ("2,450", "$1,200,000")
     * and nothing after them, whose value is its digits; 0 for any other word.
     */
    private static int grouped(final String word) {
        int i = word.charAt(0) >= '0' && word.charAt(0) <= '9' ? 0 : 1;
        if (word.charAt(i) == '0') {
            return 0;
        }
        final int lead = i;
        while (i < word.length() && i - lead < 3 && digits(word, i, i + 1)) {
            i++;
        }
        int groups = 0;
        while (i + 3 < word.length() && word.charAt(i) == ',' && digits(word, i + 1, i + 4)) {
            i += 4;
            groups++;
        }
        return groups > 0 && i == word.length() ? i : 0;
    }

    private static boolean digits(final String word, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word is digits alone with no leading zero: already in its one form, unless the words after it
     * continue it ({@link #continued}). Most numbers in news are such, and need no pattern.
     */
    private static boolean plain(final String word) {
        if (word.length() > 1 && word.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word at {@code next} may continue a plain number of {@code length} digits before it: a group of
     * its digits ("87 192") or a scale ("3 million").
     */
    private static boolean continued(final List<Tokenizer.Raw> words, final int next, final int length) {
        if (next >= words.size() || words.get(next).before() != Tokenizer.Boundary.NONE) {
            return false;
        }
        final String word = words.get(next).text();
        return length <= 3 && words.get(next).spaceOnlyBefore() && GROUP.matcher(word).matches()
                || word.length() > 2 && SCALES.containsKey(word.toLowerCase(Locale.ROOT));
    }

    private static String value(final Matcher number, final String scale) {
        BigDecimal value = new BigDecimal(number.group(2).replace(",", "")
                + (number.group(3) == null ? "" : number.group(3)));
        if (scale != null) {
            value = value.multiply(SCALES.get(scale.toLowerCase(Locale.ROOT)));
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
