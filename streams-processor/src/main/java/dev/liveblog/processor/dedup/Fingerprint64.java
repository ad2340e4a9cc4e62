package dev.liveblog.processor.dedup;

import java.util.List;

/**
 * Avro's 64-bit Rabin fingerprint ({@code SchemaNormalization.fingerprint64}, the CRC-64-AVRO of the Avro
 * specification) of a run of words, each followed by a space, as UTF-8: the same value as fingerprinting the
 * joined string's bytes, without building the string or its bytes for every run of an entry.
 */
final class Fingerprint64 {

    private static final long EMPTY = 0xc15d213aa4d7a795L;
    private static final long[] TABLE = new long[256];

    static {
        for (int i = 0; i < TABLE.length; i++) {
            long fp = i;
            for (int j = 0; j < 8; j++) {
                fp = (fp >>> 1) ^ (EMPTY & -(fp & 1L));
            }
            TABLE[i] = fp;
        }
    }

    private Fingerprint64() {
    }

    /** The fingerprint of {@code words[from] + ' ' + ... + words[from + width - 1] + ' '}. */
    static long ofRun(final List<Token> words, final int from, final int width) {
        long fp = EMPTY;
        for (int k = from; k < from + width; k++) {
            final String word = words.get(k).text();
            for (int i = 0; i < word.length(); i++) {
                final char c = word.charAt(i);
                if (c < 0x80) {
                    fp = add(fp, c);
                } else if (c < 0x800) {
                    fp = add(add(fp, 0xC0 | (c >> 6)), 0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c) && i + 1 < word.length()
                        && Character.isLowSurrogate(word.charAt(i + 1))) {
                    final int cp = Character.toCodePoint(c, word.charAt(++i));
                    fp = add(add(add(add(fp, 0xF0 | (cp >> 18)), 0x80 | ((cp >> 12) & 0x3F)),
                            0x80 | ((cp >> 6) & 0x3F)), 0x80 | (cp & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    fp = add(fp, '?'); // as String.getBytes writes an unpaired surrogate
                } else {
                    fp = add(add(add(fp, 0xE0 | (c >> 12)), 0x80 | ((c >> 6) & 0x3F)), 0x80 | (c & 0x3F));
                }
            }
            fp = add(fp, ' ');
        }
        return fp;
    }

    private static long add(final long fp, final int b) {
        return (fp >>> 8) ^ TABLE[(int) (fp ^ b) & 0xff];
    }
}
