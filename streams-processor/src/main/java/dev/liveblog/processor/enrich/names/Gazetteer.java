package dev.liveblog.processor.enrich.names;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The places of the world by every name news writes them with: countries (with their other names and demonyms),
 * first- and second-level divisions (states, provinces, regions, counties, districts, with shorter names and
 * abbreviations) and populated places of 1,000 people or more, from GeoNames ({@code reference/places.tsv.gz},
 * {@code regions.tsv}, {@code districts.tsv.gz}, {@code countries.tsv}, built by
 * {@code tools/reference/build_reference.py}). A name is looked up whole, as written; the places that go by
 * it come most important first (a country, then a division, then the most populous place).
 */
public final class Gazetteer {

    /** What kind of place. */
    public enum Kind {
        COUNTRY, REGION, CITY, DISTRICT
    }

    /**
     * One place.
     *
     * @param key its GeoNames id, region code ({@code CC.CODE}) or country code
     * @param name its name in GeoNames (or its common English name, for a country)
     * @param country ISO code of its country
     * @param region its first-level division's code ({@code CC.CODE}), null for a country
     * @param population people living there (0 when not known)
     * @param commonWord whether its name is also a common English word ("Reading", "Bath", "Young")
     */
    public record Place(String key, String name, Kind kind, String country, String region, int population,
                        boolean commonWord) {

        /**
         * Stable id: {@code place:country:cc}, {@code place:region:CC.CODE}, {@code place:district:CC.CODE.CODE} or
         * {@code place:geonames:ID}.
         */
        public String id() {
            return switch (kind) {
                case COUNTRY -> "place:country:" + key.toLowerCase(Locale.ROOT);
                case REGION -> "place:region:" + key;
                case DISTRICT -> "place:district:" + key;
                case CITY -> "place:geonames:" + key;
            };
        }
    }

    private static final Comparator<Place> MOST_IMPORTANT_FIRST = Comparator.comparing(Place::kind)
            .thenComparing(Comparator.comparingInt(Place::population).reversed()).thenComparing(Place::key);

    /** A name to its place, or to its places (an array, most important first) when several go by it. */
    private final Map<String, Object> byName;
    private final Map<String, Place> countries;
    private final Map<String, Place> demonyms;
    private final Map<String, String> countryOfZone;
    private final Map<String, List<String>> zonesOfCountry;
    private final int longestName;

    private Gazetteer(final Map<String, Object> byName, final Map<String, Place> countries,
                      final Map<String, Place> demonyms, final Map<String, String> countryOfZone) {
        this.byName = byName;
        this.countries = countries;
        this.demonyms = demonyms;
        this.countryOfZone = countryOfZone;
        final Map<String, List<String>> zones = new HashMap<>();
        countryOfZone.forEach((zone, country) -> zones.computeIfAbsent(country, c -> new java.util.ArrayList<>())
                .add(zone));
        zones.replaceAll((country, list) -> List.copyOf(list));
        this.zonesOfCountry = Map.copyOf(zones);
        this.longestName = byName.keySet().stream().mapToInt(Gazetteer::wordCount).max().orElse(1);
    }

    private static final class Holder {
        private static final Gazetteer GAZETTEER = load(Lexicon.bundled());
    }

    /** The bundled gazetteer, loaded on first use. */
    public static Gazetteer bundled() {
        return Holder.GAZETTEER;
    }

    /**
     * The places that go by this name, most important first; empty when none. A name with accents the gazetteer
     * has only in ASCII is found by its ASCII form ("Apur\u00edmac" is "Apurimac").
     */
    public List<Place> lookup(final String name) {
        Object places = byName.get(name);
        if (places == null && !ascii(name)) {
            places = byName.get(Found.withoutAccents(name));
        }
        if (places == null) {
            return List.of();
        }
        return places instanceof Place place ? List.of(place) : Arrays.asList((Place[]) places);
    }

    /** Every name of the gazetteer with each place that goes by it. */
    public void forEachName(final java.util.function.BiConsumer<String, Place> action) {
        byName.forEach((name, places) -> {
            for (final Place place : places instanceof Place one ? new Place[] {one} : (Place[]) places) {
                action.accept(name, place);
            }
        });
    }

    /** The country a demonym names ("Kenyan", "South Korean"), or null. */
    public Place demonym(final String word) {
        return demonyms.get(word);
    }

    public Place country(final String code) {
        return countries.get(code);
    }

    /** The country whose local time a zone keeps, or null ("Australia/Sydney" is AU). */
    public String countryOf(final ZoneId zone) {
        return countryOfZone.get(zone.getId());
    }

    /** The IANA zones whose main country this is ("JP": Asia/Tokyo); empty when none is known. */
    public List<String> zonesOf(final String country) {
        return zonesOfCountry.getOrDefault(country, List.of());
    }

    /** The most words a name of the gazetteer has. */
    public int longestName() {
        return longestName;
    }

    public int size() {
        return byName.size();
    }

    static Gazetteer load(final Lexicon lexicon) {
        // The populated places are most of the work: they load on another thread while this one reads the rest.
        final CompletableFuture<Map<String, Object>> cities = CompletableFuture.supplyAsync(Gazetteer::cities,
                runnable -> {
                    final Thread thread = new Thread(runnable, "gazetteer-loader");
                    thread.setDaemon(true);
                    thread.start();
                });
        final Map<String, Object> names = new HashMap<>(100_000);
        final Map<String, Place> countries = new HashMap<>();
        final Map<String, Place> demonyms = new HashMap<>();
        final Map<String, String> zones = new HashMap<>();
        Lexicon.read("/reference/countries.tsv", line -> {
            final String[] f = line.split("\t", -1);
            final Place country = new Place(f[0], f[1], Kind.COUNTRY, f[0], null, 0, false);
            countries.put(f[0], country);
            add(names, f[1], country);
            split(f[2]).forEach(alias -> add(names, alias, country));
            split(f[3]).forEach(demonym -> demonyms.put(demonym, country));
            split(f[4]).forEach(zone -> zones.put(zone, f[0]));
        });
        final Map<String, List<String>> abbreviations = lexicon.regionAbbreviations();
        Lexicon.read("/reference/regions.tsv", line -> {
            final String[] f = line.split("\t", -1);
            final Place region = new Place(f[0], f[1], Kind.REGION, f[0].substring(0, 2), f[0], 0,
                    lexicon.commonWord(f[1]));
            add(names, f[1], region);
            split(f[2]).forEach(alias -> add(names, alias, region));
            abbreviations.getOrDefault(f[0], List.of()).forEach(alias -> add(names, alias, region));
        });
        Lexicon.read("/reference/districts.tsv.gz", line -> {
            final String[] f = line.split("\t", -1);
            final String region = f[0].substring(0, f[0].lastIndexOf('.'));
            final Place district = new Place(f[0], f[1], Kind.DISTRICT, region.substring(0, 2), region, 0,
                    lexicon.commonWord(f[1]));
            add(names, f[1], district);
            split(f[2]).forEach(alias -> add(names, alias, district));
        });
        final Map<String, Object> all = cities.join();
        names.forEach((name, places) -> {
            for (final Place place : places instanceof Place one ? new Place[] {one} : (Place[]) places) {
                add(all, name, place);
            }
        });
        all.replaceAll((name, places) -> {
            if (places instanceof Place[] several) {
                Arrays.sort(several, MOST_IMPORTANT_FIRST);
            }
            return places;
        });
        return new Gazetteer(all, Map.copyOf(countries), Map.copyOf(demonyms), Map.copyOf(zones));
    }

    /** The populated places, by name and ASCII name. */
    private static Map<String, Object> cities() {
        final Map<String, Object> names = new HashMap<>(300_000);
        final Map<String, String> codes = new HashMap<>();
        final String[] f = new String[8];
        Lexicon.read("/reference/places.tsv.gz", line -> {
            tabs(line, f);
            final String country = codes.computeIfAbsent(f[3], c -> c);
            final String region = f[4].isEmpty() ? null : codes.computeIfAbsent(country + "." + f[4], c -> c);
            final Place place = new Place(f[0], f[1], Kind.CITY, country, region, Integer.parseInt(f[5]),
                    "1".equals(f[7]));
            add(names, f[1], place);
            if (!f[2].isEmpty()) {
                add(names, f[2], place);
            }
        });
        return names;
    }

    private static void add(final Map<String, Object> names, final String name, final Place place) {
        names.merge(name, place, (old, added) -> {
            final Place[] places = old instanceof Place one ? new Place[] {one} : (Place[]) old;
            for (final Place known : places) {
                if (known.equals(added)) {
                    return old;
                }
            }
            final Place[] more = Arrays.copyOf(places, places.length + 1);
            more[places.length] = (Place) added;
            return more;
        });
    }

    private static List<String> split(final String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
    }

    /** A line's tab-separated fields into {@code fields}, without a regular expression; missing ones empty. */
    private static void tabs(final String line, final String[] fields) {
        int from = 0;
        for (int i = 0; i < fields.length; i++) {
            final int tab = from > line.length() ? -1 : line.indexOf('\t', from);
            final int end = tab < 0 ? line.length() : tab;
            fields[i] = from > line.length() ? "" : line.substring(from, end);
            from = end + 1;
        }
    }

    private static boolean ascii(final String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static int wordCount(final String name) {
        int words = 1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    /** Names of countries and their demonyms, for tests. */
    Set<String> demonymNames() {
        return demonyms.keySet();
    }
}
