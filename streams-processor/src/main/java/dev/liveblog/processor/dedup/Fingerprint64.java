package dev.liveblog.processor.dedup;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Avro's 64-bit Rabin fingerprint ({@code SchemaNormalization.fingerprint64}, the CRC-64-AVRO of the Avro
 * specification) of runs of words, each word followed by a space, as UTF-8: the same value as fingerprinting the
 * joined string's bytes. The words are written as UTF-8 once, and each run's bytes read eight at a time
 * ("slicing-by-8": eight tables, each a byte's effect eight, seven, ... one byte further on, looked up
 * independently), so a run costs a few lookups per eight bytes rather than a chain of one per byte.
 */
final class Fingerprint64 {

    private static final long EMPTY = 0xc15d213aa4d7a795L;
    /** {@code SLICES[k][b]}: the effect of byte {@code b} followed by {@code k} more bytes. */
    private static final long[][] SLICES = new long[8][256];
    private static final VarHandle LITTLE_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        final long[] table = SLICES[0];
        for (int i = 0; i < table.length; i++) {
            long fp = i;
            for (int j = 0; j < 8; j++) {
                fp = (fp >>> 1) ^ (EMPTY & -(fp & 1L));
            }
            table[i] = fp;
        }
        for (int i = 0; i < table.length; i++) {
            long fp = table[i];
            for (int k = 1; k < SLICES.length; k++) {
                fp = (fp >>> 8) ^ table[(int) fp & 0xff];
                SLICES[k][i] = fp;
            }
        }
    }

    private Fingerprint64() {
    }

    /**
     * The fingerprint of every run of {@code width} words, in order: the run from word {@code i} is that of
     * {@code words[i] + ' ' + ... + words[i + width - 1] + ' '}.
     */
    static long[] ofRuns(final String[] words, final int count, final int width) {
        final int[] starts = new int[count + 1];
        int chars = 0;
        for (int k = 0; k < count; k++) {
            chars += words[k].length() + 1;
        }
        // at most three bytes per char (a pair of surrogates, four, is two chars)
        final byte[] bytes = new byte[chars * 3];
        int length = 0;
        for (int k = 0; k < count; k++) {
            length = utf8(words[k], bytes, length);
            bytes[length++] = ' ';
            starts[k + 1] = length;
        }
        final long[] runs = new long[Math.max(0, count - width + 1)];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = of(bytes, starts[i], starts[i + width]);
        }
        return runs;
    }

    /** The fingerprint of {@code bytes[from, to)}. */
    private static long of(final byte[] bytes, final int from, final int to) {
        long fp = EMPTY;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            fp ^= (long) LITTLE_ENDIAN_LONG.get(bytes, i);
            fp = SLICES[7][(int) fp & 0xff] ^ SLICES[6][(int) (fp >>> 8) & 0xff]
                    ^ SLICES[5][(int) (fp >>> 16) & 0xff] ^ SLICES[4][(int) (fp >>> 24) & 0xff]
                    ^ SLICES[3][(int) (fp >>> 32) & 0xff] ^ SLICES[2][(int) (fp >>> 40) & 0xff]
                    ^ SLICES[1][(int) (fp >>> 48) & 0xff] ^ SLICES[0][(int) (fp >>> 56)];
        }
        for (; i < to; i++) {
            fp = (fp >>> 8) ^ SLICES[0][(int) (fp ^ bytes[i]) & 0xff];
        }
        return fp;
    }

    /** Writes the word as UTF-8 at {@code at}, an unpaired surrogate as '?' (as {@code String.getBytes} does). */
    private static int utf8(final String word, final byte[] out, final int at) {
        int n = at;
        for (int i = 0; i < word.length(); i++) {
            final char c = word.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < word.length()
                    && Character.isLowSurrogate(word.charAt(i + 1))) {
                final int cp = Character.toCodePoint(c, word.charAt(++i));
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?';
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return n;
    }
}
