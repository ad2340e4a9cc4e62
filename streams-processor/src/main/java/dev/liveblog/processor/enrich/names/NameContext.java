package dev.liveblog.processor.enrich.names;

import java.util.Set;

/**
 * What the blog has named before, for resolving a short or ambiguous name: the people named in full, the
 * organisations and acronyms it defined, the places it mentioned and the countries it is about.
 */
public interface NameContext {

    /** The prefix of a key of a word that names a person only after a title ("Mr Vinh"). */
    String TITLED = "t|";

    /**
     * A person the blog named, by a key: {@link #personKey} of a full name in any word order, the family name
     * ("Ortega", "Park"), or {@link #TITLED} and the other end of the name ("t|Vinh"); null when none.
     */
    Found person(String key);

    /** An organisation the blog named, by its name or acronym; null when none. */
    Found organisation(String nameOrAcronym);

    /** A place the blog named before, by the name it used; null when none. */
    Found place(String name);

    /** The countries the blog is about: its zone's and those it named ({@code KE}, {@code AU}). */
    Set<String> countries();

    /** The key of a full name whatever the order of its words ("Arakawa Daisuke" and "Daisuke Arakawa" share one). */
    static String personKey(final String name) {
        final String[] words = Found.slug(name).split("-");
        java.util.Arrays.sort(words);
        return String.join(" ", words);
    }

    /** A context that knows nothing. */
    NameContext EMPTY = new NameContext() {
        @Override
        public Found person(final String key) {
            return null;
        }

        @Override
        public Found organisation(final String nameOrAcronym) {
            return null;
        }

        @Override
        public Found place(final String name) {
            return null;
        }

        @Override
        public Set<String> countries() {
            return Set.of();
        }
    };
}
