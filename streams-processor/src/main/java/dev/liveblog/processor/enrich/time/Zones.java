package dev.liveblog.processor.enrich.time;

import dev.liveblog.processor.enrich.names.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The zones news names after a clock time ({@code reference/time-zones.properties}): an abbreviation with a fixed
 * offset ("BST", "EDT"), a generic name whose offset depends on the date ("ET", "Eastern"), a name several zones share
 * ("IST", chosen by the blog's country), and a city's time ("Tokyo time", through the gazetteer: a city of a country
 * that keeps one zone).
 */
final class Zones {

    /** One meaning of a zone name: a zone, and the country it belongs to (null when it is the only one). */
    private record Meaning(ZoneId zone, String country) {
    }

    private static final Map<String, List<Meaning>> NAMES = load();
    /** IANA zones by their city ("New York": America/New_York). */
    private static final Map<String, ZoneId> CITIES = cities();

    private Zones() {
    }

    /** Whether the word names a zone ({@link #zone} may still find none for a city of several zones). */
    static boolean known(final String name) {
        return NAMES.containsKey(name);
    }

    /** The zone a name means in a blog of {@code blogCountry} (null when not known), or null. */
    static ZoneId zone(final String name, final String blogCountry) {
        final List<Meaning> meanings = NAMES.get(name);
        if (meanings == null) {
            return null;
        }
        for (final Meaning meaning : meanings) {
            if (meaning.country() != null && meaning.country().equals(blogCountry)) {
                return meaning.zone();
            }
        }
        return meanings.get(0).zone();
    }

    /**
     * The zone of "Tokyo time": a place the zone table names ("Beijing"), the city of an IANA zone ("New York"), or
     * a city or country of the gazetteer whose country keeps one zone; else null.
     */
    static ZoneId ofPlace(final String name) {
        final List<Meaning> named = NAMES.get(name);
        if (named != null) {
            return named.get(0).zone();
        }
        final ZoneId city = CITIES.get(name);
        if (city != null) {
            return city;
        }
        final List<Gazetteer.Place> places = Gazetteer.bundled().lookup(name);
        if (places.isEmpty()) {
            return null;
        }
        final List<String> zones = Gazetteer.bundled().zonesOf(places.get(0).country());
        return zones.size() == 1 ? ZoneId.of(zones.get(0)) : null;
    }

    private static Map<String, ZoneId> cities() {
        final Map<String, ZoneId> cities = new HashMap<>();
        for (final String id : ZoneId.getAvailableZoneIds()) {
            final int slash = id.lastIndexOf('/');
            if (slash > 0 && id.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.*")) {
                cities.putIfAbsent(id.substring(slash + 1).replace('_', ' '), ZoneId.of(id));
            }
        }
        return Map.copyOf(cities);
    }

    private static Map<String, List<Meaning>> load() {
        final Properties props = new Properties();
        try (InputStream in = Zones.class.getResourceAsStream("/reference/time-zones.properties")) {
            if (in == null) {
                throw new IllegalStateException("reference/time-zones.properties is missing from the classpath");
            }
            props.load(in);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read reference/time-zones.properties", e);
        }
        final Map<String, List<Meaning>> names = new HashMap<>();
        for (final String name : props.stringPropertyNames()) {
            final List<Meaning> meanings = new java.util.ArrayList<>();
            for (final String token : props.getProperty(name).trim().split("\\s+")) {
                final int at = token.indexOf('@');
                final String zone = at < 0 ? token : token.substring(0, at);
                meanings.add(new Meaning(zone.startsWith("+") || zone.startsWith("-") ? ZoneOffset.of(zone)
                        : ZoneId.of(zone), at < 0 ? null : token.substring(at + 1)));
            }
            names.put(name, List.copyOf(meanings));
        }
        return Map.copyOf(names);
    }
}
