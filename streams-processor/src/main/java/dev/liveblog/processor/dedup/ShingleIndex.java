package dev.liveblog.processor.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The inverted index from word-trigram hashes to the items holding them, one posting list per blog and hash.
 * A posting list stops growing at {@code maxPostings}: a trigram that common does not tell items apart, and
 * bounding the lists bounds the cost of a lookup however long the blog grows.
 */
final class ShingleIndex {

    private ShingleIndex() {
    }

    static List<String> read(final KeyValueStore<String, String> index, final String blogId, final long shingle) {
        final String posting = index.get(key(blogId, shingle));
        return posting == null || posting.isEmpty() ? List.of() : Arrays.asList(posting.split(" "));
    }

    static void add(final KeyValueStore<String, String> index, final String blogId, final String id,
                    final long[] shingles, final int maxPostings) {
        final List<List<String>> postings = new ArrayList<>(shingles.length);
        for (final long shingle : shingles) {
            postings.add(read(index, blogId, shingle));
        }
        add(index, blogId, id, shingles, postings, maxPostings);
    }

    /** Adds the item to the posting lists of its shingles, given as the caller just read them. */
    static void add(final KeyValueStore<String, String> index, final String blogId, final String id,
                    final long[] shingles, final List<List<String>> postings, final int maxPostings) {
        for (int i = 0; i < shingles.length; i++) {
            final List<String> posting = postings.get(i);
            if (posting.size() < maxPostings && !posting.contains(id)) {
                final List<String> grown = new ArrayList<>(posting.size() + 1);
                grown.addAll(posting);
                grown.add(id);
                index.put(key(blogId, shingles[i]), String.join(" ", grown));
            }
        }
    }

    static void remove(final KeyValueStore<String, String> index, final String blogId, final String id,
                       final long[] shingles) {
        for (final long shingle : shingles) {
            final List<String> posting = read(index, blogId, shingle);
            if (posting.contains(id)) {
                final List<String> shrunk = new ArrayList<>(posting);
                shrunk.remove(id);
                if (shrunk.isEmpty()) {
                    index.delete(key(blogId, shingle));
                } else {
                    index.put(key(blogId, shingle), String.join(" ", shrunk));
                }
            }
        }
    }

    /** Moves an item from the shingles of its old text to those of its new text. */
    static void replace(final KeyValueStore<String, String> index, final String blogId, final String id,
                        final long[] oldShingles, final long[] newShingles, final int maxPostings) {
        final Set<Long> kept = new HashSet<>();
        for (final long shingle : newShingles) {
            kept.add(shingle);
        }
        remove(index, blogId, id, Arrays.stream(oldShingles).filter(s -> !kept.contains(s)).toArray());
        add(index, blogId, id, newShingles, maxPostings);
    }

    private static String key(final String blogId, final long shingle) {
        return DedupStores.blogKey(blogId, Long.toHexString(shingle));
    }
}
