package dev.liveblog.processor.enrich.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The words news uses around names, kept as data under {@code reference/names/}: honorifics, roles, the head words
 * of organisations and places, words that are never names, given and family names of many languages, and common
 * English words (a capitalised common word at the start of a sentence is not a name). Loaded once; immutable.
 */
public final class Lexicon implements Abbreviations {

    /** What a place word does in a name. */
    public enum PlaceWord {
        /** Ends a place's name: "Lorne County". */
        SUFFIX,
        /** Begins a place's name: "Mount Olvar". */
        PREFIX,
        /** Ends the name of a building, venue or road: "Wembley Stadium". */
        FACILITY
    }

    private static final String DIR = "/reference/names/";
    private static final Set<String> MONTH_ABBREVIATIONS = Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "No", "vs", "Mt", "Ft");

    private final Set<String> honorifics;
    private final Set<String> roles;
    private final Set<String> organisationWords;
    private final Set<String> clubWords;
    private final Set<String> outletWords;
    private final Map<String, PlaceWord> placeWords;
    private final Set<String> notNames;
    private final Set<String> givenNames;
    private final Set<String> familyNames;
    private final Set<String> commonWords;
    private final Set<String> abbreviations;
    private final Set<String> functionWords;

    private Lexicon() {
        honorifics = Set.copyOf(lines("honorifics.txt"));
        roles = Set.copyOf(lines("roles.txt"));
        organisationWords = Set.copyOf(lines("organisation-words.txt"));
        clubWords = Set.copyOf(lines("club-words.txt"));
        outletWords = Set.copyOf(lines("outlet-words.txt"));
        final Map<String, PlaceWord> places = new HashMap<>();
        for (final String line : lines("place-words.txt")) {
            final String[] f = line.split(" ", 2);
            places.put(f[1], PlaceWord.valueOf(f[0].toUpperCase(Locale.ROOT)));
        }
        placeWords = Map.copyOf(places);
        notNames = Set.copyOf(lines("not-names.txt"));
        givenNames = Set.copyOf(lines("given-names.txt.gz"));
        familyNames = Set.copyOf(lines("family-names.txt.gz"));
        commonWords = Set.copyOf(lines("common-words.txt.gz"));
        final Set<String> abbreviated = new HashSet<>(honorifics);
        abbreviated.addAll(MONTH_ABBREVIATIONS);
        for (final String line : lines("region-abbreviations.tsv")) {
            for (final String form : line.split("\t")) {
                if (form.endsWith(".")) {
                    abbreviated.add(form.substring(0, form.length() - 1));
                }
            }
        }
        abbreviations = Set.copyOf(abbreviated);
        final java.util.ArrayList<String> function = new java.util.ArrayList<>();
        read("/dedup/function-words.txt", line -> function.add(line.strip()));
        functionWords = Set.copyOf(function);
    }

    private static final class Holder {
        private static final Lexicon LEXICON = new Lexicon();
    }

    /** The bundled lexicon, loaded on first use. */
    public static Lexicon bundled() {
        return Holder.LEXICON;
    }

    /** "Mr", "Mr.", "Gov.", "Sen", "Cr": a title written before a person's name. */
    public boolean honorific(final String word) {
        return honorifics.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
    }

    /** "minister", "Minister", "spokeswoman": a noun of a person's role. */
    public boolean role(final String word) {
        return roles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word is the head of an organisation's name, or a hyphenated word one of whose parts is. */
    public boolean organisationWord(final String word) {
        if (organisationWords.contains(word)) {
            return true;
        }
        final int dash = word.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        for (final String part : word.split("-")) {
            if (organisationWords.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name is a news outlet's by one of its words ("Times", "Radio", "Post-Dispatch"). */
    public boolean outletName(final String name) {
        for (final String word : name.split("[ -]")) {
            if (outletWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    public boolean clubWord(final String word) {
        return clubWords.contains(word);
    }

    /** What the word does in a place's name, or null. */
    public PlaceWord placeWord(final String word) {
        return placeWords.get(word);
    }

    /** Months, days, holidays, page labels: never a name alone. */
    public boolean notName(final String word) {
        return notNames.contains(word);
    }

    public boolean givenName(final String word) {
        return givenNames.contains(word);
    }

    public boolean familyName(final String word) {
        return familyNames.contains(word);
    }

    /** "In", "At", "But", "This": a word that starts sentences without being a name (dedup/function-words.txt). */
    public boolean functionWord(final String word) {
        return functionWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word, lower-cased, is a common English word. */
    public boolean commonWord(final String word) {
        return commonWords.contains(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean keepsFullStop(final String word) {
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0))) || abbreviations.contains(word);
    }

    /** The abbreviations of regions by region code. */
    Map<String, List<String>> regionAbbreviations() {
        final Map<String, List<String>> byRegion = new HashMap<>();
        for (final String line : lines("region-abbreviations.tsv")) {
            final String[] f = line.split("\t");
            byRegion.put(f[0], List.of(f).subList(1, f.length));
        }
        return byRegion;
    }

    /** The non-blank, non-comment lines of a resource under {@code reference/names/}. */
    static List<String> lines(final String name) {
        final java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        read(DIR + name, line -> lines.add(name.endsWith(".tsv") ? line : line.strip()));
        return lines;
    }

    /**
     * Feeds every non-blank, non-comment line of a resource (gzip when its name ends with .gz) to a consumer, as it
     * is (a tab-separated line may end with empty fields).
     */
    static void read(final String resource, final Consumer<String> line) {
        try (InputStream raw = Lexicon.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            final InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                    1 << 16);
            String next;
            while ((next = reader.readLine()) != null) {
                if (!next.isBlank() && !next.startsWith("#")) {
                    line.accept(next);
                }
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
