package dev.liveblog.processor.enrich.names;

import dev.liveblog.schema.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a name the gazetteer knows is a place here, and which one. Countries and first-level divisions
 * are places wherever they stand; a big city whose name is not an ordinary word too; a place of a country the blog
 * is about. Any other place name ("Reading", "Young", "Milton", a village) needs evidence: a preposition of place
 * before it ("near Young"), a country or division after it ("Arequipa, Peru"), a place it is listed with, or the blog
 * having named it as a place before. Of the places that go by a name, one of the blog's countries wins.
 */
final class PlaceResolver {

    /** People living in a city from which its name alone says place, unless it is also a common word. */
    static final int BIG_CITY = 100_000;

    /** Words before a name that say it is a place. */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "from", "to", "towards", "toward",
            "into", "outside", "around", "across", "through", "via", "between", "reach", "reached", "reaches",
            "reaching", "hit", "hits", "hitting", "inside", "nearby", "beyond", "throughout", "within",
            "north-east", "north-west", "south-east", "south-west");
    /** Nouns before "of" that say the name after is a place ("the town of", "north of", "residents of"). */
    private static final Set<String> PLACE_OF = Set.of("town", "towns", "city", "cities", "village", "villages",
            "suburb", "suburbs", "district", "districts", "province", "region", "state", "county", "north", "south",
            "east", "west", "outskirts", "residents", "people", "mayor", "centre", "center", "capital", "port",
            "island", "islands", "communities", "community", "municipality", "township", "borough", "area", "streets");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    PlaceResolver(final Gazetteer gazetteer, final Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** Words before a name that say a place follows even when no gazetteer knows it: "near Tarnvik". */
    private static final Set<String> STRONG_LOCATIVES = Set.of("near", "outside", "towards", "toward", "reach",
            "reached", "reaches", "reaching", "nearby", "between");

    /**
     * Whether the words before word {@code i} say a place follows, whatever its name: "near", "reach", "the town
     * of", "residents of".
     */
    static boolean strongLocative(final Words words, final int i) {
        if (i == 0 || words.get(i).gap() != Words.Gap.SPACE) {
            return false;
        }
        final String before = words.get(i - 1).text();
        return STRONG_LOCATIVES.contains(before)
                || before.equals("of") && i >= 2 && PLACE_OF.contains(words.get(i - 2).text());
    }

    /** Whether the words before word {@code i} put a place there: "in", "near", "the town of". */
    static boolean locative(final Words words, final int i) {
        if (i == 0 || words.get(i).gap() != Words.Gap.SPACE) {
            return false;
        }
        final String before = words.get(i - 1).text().toLowerCase(java.util.Locale.ROOT);
        if (LOCATIVES.contains(before)) {
            return true;
        }
        return before.equals("of") && i >= 2 && PLACE_OF.contains(words.get(i - 2).text());
    }

    /**
     * The place the words {@code [from, to)} name, or null: a name of the gazetteer, with the evidence its kind of
     * place needs. {@code evidence} says the surroundings already put a place there.
     */
    Found resolve(final Words words, final int from, final int to, final boolean evidence, final NameContext context,
                  final Set<String> countriesHere) {
        return resolve(words, from, to, evidence, false, context, countriesHere);
    }

    /**
     * The place {@code [from, to)} name, as {@link #resolve(Words, int, int, boolean, NameContext, Set)}; a
     * {@code division} when the text says so ("the Ancash region": the region, not a city of that name).
     */
    Found resolve(final Words words, final int from, final int to, final boolean evidence, final boolean division,
                  final NameContext context, final Set<String> countriesHere) {
        final String name = words.span(from, to);
        List<Gazetteer.Place> places = gazetteer.lookup(name);
        if (division) {
            final List<Gazetteer.Place> divisions = new java.util.ArrayList<>(divisions(places));
            final String folded = Found.withoutAccents(name);
            if (!folded.equals(name)) {
                divisions.addAll(divisions(gazetteer.lookup(folded)));
            }
            if (!divisions.isEmpty()) {
                places = divisions;
            }
        }
        if (places.isEmpty()) {
            return null;
        }
        final Gazetteer.Place best = choose(name, places, context.countries(), countriesHere);
        final boolean seen = context.place(name) != null;
        final boolean word = lexicon.commonWord(name) && !words.get(from).acronym();
        if (!(evidence || seen || !word && standsAlone(best, context.countries(), countriesHere, to - from))) {
            return null;
        }
        return new Found(EntityType.PLACE, best.name(), best.id(), words.get(from).start(), words.get(to - 1).end(),
                true);
    }

    private static List<Gazetteer.Place> divisions(final List<Gazetteer.Place> places) {
        return places.stream().filter(p -> p.kind() == Gazetteer.Kind.REGION || p.kind() == Gazetteer.Kind.DISTRICT)
                .toList();
    }

    /** Whether the gazetteer knows a name at all. */
    boolean known(final String name) {
        return !gazetteer.lookup(name).isEmpty();
    }

    /**
     * The country a name of the gazetteer belongs to when it is a country or a division ("Pa." is US); null when
     * a city goes by the name too, since which country it says is then not known ("Santiago").
     */
    String countryOf(final String name) {
        final List<Gazetteer.Place> places = gazetteer.lookup(name);
        if (places.isEmpty() || places.get(0).kind() == Gazetteer.Kind.COUNTRY) {
            return places.isEmpty() ? null : places.get(0).country();
        }
        for (final Gazetteer.Place place : places) {
            if (place.kind() == Gazetteer.Kind.CITY) {
                return null;
            }
        }
        return places.get(0).country();
    }

    Gazetteer.Place demonym(final String word) {
        return gazetteer.demonym(word);
    }

    /** Whether a place is a place by its name alone, without evidence around it. */
    private boolean standsAlone(final Gazetteer.Place place, final Set<String> blogCountries,
                                final Set<String> countriesHere, final int words) {
        return switch (place.kind()) {
            case COUNTRY -> true;
            case REGION -> !place.commonWord() && (words > 1 || !lexicon.givenName(place.name())
                    || blogCountries.contains(place.country()));
            case DISTRICT -> !place.commonWord() && (blogCountries.contains(place.country())
                    || countriesHere.contains(place.country()));
            case CITY -> !place.commonWord() && (place.population() >= BIG_CITY && !lexicon.givenName(place.name())
                    || blogCountries.contains(place.country()) || countriesHere.contains(place.country()));
        };
    }

    /**
     * Of the places that go by a name, one of the text's countries, else of the blog's, else the most important;
     * a city rather than the division of the same country that shares its short name ("Wellington" the city, not
     * "Wellington Region").
     */
    private static Gazetteer.Place choose(final String name, final List<Gazetteer.Place> places,
                                         final Set<String> blogCountries, final Set<String> countriesHere) {
        Gazetteer.Place chosen = places.get(0);
        found:
        for (final Set<String> countries : List.of(countriesHere, blogCountries)) {
            for (final Gazetteer.Place place : places) {
                if (countries.contains(place.country())) {
                    chosen = place;
                    break found;
                }
            }
        }
        if (chosen.kind() != Gazetteer.Kind.COUNTRY && chosen.kind() != Gazetteer.Kind.CITY
                && !chosen.name().equals(name)) {
            for (final Gazetteer.Place place : places) {
                if (place.kind() == Gazetteer.Kind.CITY && place.country().equals(chosen.country())
                        && place.name().equals(name)) {
                    return place;
                }
            }
        }
        return chosen;
    }
}
