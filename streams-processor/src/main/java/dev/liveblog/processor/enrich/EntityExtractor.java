package dev.liveblog.processor.enrich;

import dev.liveblog.processor.enrich.names.Appositions;
import dev.liveblog.processor.enrich.names.Found;
import dev.liveblog.processor.enrich.names.Gazetteer;
import dev.liveblog.processor.enrich.names.NameContext;
import dev.liveblog.processor.enrich.names.NameFinder;
import dev.liveblog.processor.enrich.names.Words;
import dev.liveblog.schema.EntityType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the people, organisations and places of an item: known entities from the catalog (reference data), the
 * rest from how news names them ({@link NameFinder}: titles and roles, head words, the gazetteer, evidence of a
 * person), with what the blog named before ({@link NameMemory}) resolving short names ("Mr Ostberg", "Ostberg",
 * "SES") to the full ones. Mentions never overlap; a known entity wins over a guess. What the item names is
 * remembered for the blog's later items.
 */
public final class EntityExtractor {

    /** The memory's key of a person by a word of their name or by {@link NameContext#personKey}. */
    public static final String PERSON = "p|";
    /** The memory's key of the person last named with a role ("r|premier"). */
    public static final String ROLE = "r|";

    private final EntityCatalog catalog;
    private final NameMemory memory;
    private final NameFinder finder;

    public EntityExtractor(final EntityCatalog catalog, final NameMemory memory) {
        this(catalog, memory, NameFinder.bundled());
    }

    EntityExtractor(final EntityCatalog catalog, final NameMemory memory, final NameFinder finder) {
        this.catalog = catalog;
        this.memory = memory;
        this.finder = finder;
    }

    /**
     * The mentions of a text, in order; the short names of people it could not give in full yet ({@code open});
     * the names it gave in full for the first time ({@code learned}), which earlier items may have used short.
     */
    public record Extraction(List<Mention> mentions, Set<String> open, Set<String> learned) {
    }

    public List<Mention> extract(final String blogId, final String text) {
        return extract(blogId, text, null).mentions();
    }

    /** The mentions of a text of a blog whose local time is {@code zone} (null when not known). */
    public Extraction extract(final String blogId, final String text, final ZoneId zone) {
        final Words words = finder.words(text);
        final List<Mention> known = aligned(catalog.find(text), words);
        final List<Found> taken = new ArrayList<>();
        known.forEach(m -> taken.add(new Found(m.type(), m.name(), m.id(), m.start(), m.end(), true)));
        final NameFinder.Names names = finder.find(words, taken, new BlogContext(blogId, zone));
        final List<Found> found = names.found();
        final List<Mention> mentions = new ArrayList<>(known);
        mentions.removeIf(m -> names.released().stream().anyMatch(r -> r.start() == m.start() && r.end() == m.end())
                && found.stream().anyMatch(f -> f.start() < m.end() && m.start() < f.end()));
        for (final Found f : found) {
            mentions.add(new Mention(f.id(), f.name(), f.type(), text.substring(f.start(), f.end()), f.start(),
                    f.end(), f.known(), f.type() == EntityType.ORGANIZATION && credited(text, f)));
        }
        final Set<String> learned = learn(blogId, mentions, zone);
        for (final NameFinder.Role role : names.roles()) {
            memory.remember(blogId, ROLE + role.role(), role.person());
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        final Set<String> open = new HashSet<>();
        names.unresolved().forEach(word -> open.add(PERSON + word));
        for (final Mention m : mentions) {
            if (m.type() == EntityType.PERSON && !m.known() && m.name().indexOf(' ') < 0) {
                open.add(PERSON + m.name());
            }
        }
        return new Extraction(mentions, open, learned);
    }

    /**
     * Whether an organisation is a news outlet the item credits: named like one ("The Harbour Times", "Radio
     * Kestrel"), called one ("the broadcaster Tevisa"), or what someone "told".
     */
    private boolean credited(final String text, final Found organisation) {
        if (finder.outletName(organisation.name())) {
            return true;
        }
        final String before = text.substring(Math.max(0, organisation.start() - 10), organisation.start());
        return before.endsWith("told ") || before.endsWith("told the ")
                || Appositions.outletBefore(text, organisation.start());
    }

    /** The catalog's mentions that begin and end with words of the text ("Japan" in "Peru-Japan" is not one). */
    private static List<Mention> aligned(final List<Mention> mentions, final Words words) {
        if (mentions.isEmpty()) {
            return mentions;
        }
        final BitSet starts = new BitSet(words.text().length() + 1);
        final BitSet ends = new BitSet(words.text().length() + 1);
        for (final Words.Word word : words.list()) {
            starts.set(word.start());
            ends.set(word.end());
            if (word.text().endsWith(".")) {
                ends.set(word.end() - 1);
            }
        }
        final List<Mention> aligned = new ArrayList<>();
        for (final Mention m : mentions) {
            if (starts.get(m.start()) && (ends.get(m.end()) || !Character.isLetterOrDigit(
                    words.text().charAt(m.end() - 1)))) {
                aligned.add(m);
            }
        }
        return aligned;
    }

    /**
     * Remembers what the text named: people in full, organisations and their acronyms, places and countries (and
     * the country of the blog's zone). The keys of the short names of people it gave in full for the first time.
     */
    private Set<String> learn(final String blogId, final List<Mention> mentions, final ZoneId zone) {
        final Set<String> learned = new HashSet<>();
        final Set<String> countries = new HashSet<>(memory.countries(blogId));
        final int before = countries.size();
        final String zoneCountry = zone == null ? null : Gazetteer.bundled().countryOf(zone);
        if (zoneCountry != null) {
            countries.add(zoneCountry);
        }
        for (final Mention m : mentions) {
            final Found found = new Found(m.type(), m.name(), m.id(), 0, 0, m.known());
            switch (m.type()) {
                case PERSON -> {
                    // A full name as written ("Daisuke Arakawa" of one known as "Arakawa Daisuke" names him too).
                    final String[] words = m.text().split(" ");
                    if (words.length >= 2 && NameContext.personKey(m.text()).equals(NameContext.personKey(m.name()))) {
                        memory.remember(blogId, PERSON + NameContext.personKey(m.name()), found);
                        // The family name alone is the person ("Ortega", "Park" of "Park Ji-hoon"); the other end
                        // of the name only after a title ("Mr Minh" of "Tran Duc Minh").
                        final boolean familyFirst = finder.familyNameFirst(words);
                        final String family = familyFirst ? words[0] : words[words.length - 1];
                        final String other = familyFirst ? words[words.length - 1] : words[0];
                        final List<String> keys = new ArrayList<>(List.of(PERSON + family, NameContext.TITLED + other));
                        if (words.length == 3 && !familyFirst) {
                            // "Naomi Korir" of "Naomi Chebet Korir"; "Ms. Vidaurre" of "Carolina Vidaurre
                            // Sotomayor", whose first family name is the one used alone.
                            memory.remember(blogId, PERSON + NameContext.personKey(words[0] + " " + words[2]), found);
                            if (finder.middleFamilyName(words[1]) && memory.recall(blogId, PERSON + words[1]) == null) {
                                keys.add(PERSON + words[1]);
                            }
                        }
                        for (final String key : keys) {
                            final Found known = memory.recall(blogId, key);
                            if (known == null || !known.id().equals(found.id())) {
                                memory.remember(blogId, key, found);
                                learned.add(key.startsWith(PERSON) ? key : PERSON + other);
                            }
                        }
                    }
                }
                case ORGANIZATION -> {
                    memory.remember(blogId, "o|" + m.text(), found);
                    memory.remember(blogId, "o|" + m.name(), found);
                    final String initials = Found.initials(m.name());
                    if (initials.length() >= 2 && memory.recall(blogId, "o|" + initials) == null) {
                        memory.remember(blogId, "o|" + initials, found);
                    }
                }
                case PLACE -> {
                    memory.remember(blogId, "l|" + m.text(), found);
                    countryOf(m.id()).ifPresent(countries::add);
                }
                default -> throw new IllegalStateException("unknown type " + m.type());
            }
        }
        if (countries.size() > before) {
            memory.rememberCountries(blogId, countries);
        }
        return learned;
    }

    /** The country of a country's or a division's id ({@code place:country:ke}, {@code place:region:AU.02}). */
    private static java.util.Optional<String> countryOf(final String id) {
        if (id.startsWith("place:country:")) {
            return java.util.Optional.of(id.substring("place:country:".length()).toUpperCase(Locale.ROOT));
        }
        if (id.startsWith("place:region:")) {
            return java.util.Optional.of(id.substring("place:region:".length(), "place:region:".length() + 2));
        }
        return java.util.Optional.empty();
    }

    /** What the blog named before, through the memory, and the countries its zone and its items name. */
    private final class BlogContext implements NameContext {

        private final String blogId;
        private final Set<String> countries;

        BlogContext(final String blogId, final ZoneId zone) {
            this.blogId = blogId;
            final Set<String> all = new HashSet<>(memory.countries(blogId));
            final String zoneCountry = zone == null ? null : Gazetteer.bundled().countryOf(zone);
            if (zoneCountry != null) {
                all.add(zoneCountry);
            }
            this.countries = Set.copyOf(all);
        }

        @Override
        public Found person(final String key) {
            return memory.recall(blogId, key.startsWith(NameContext.TITLED) ? key : PERSON + key);
        }

        @Override
        public Found organisation(final String nameOrAcronym) {
            final Found found = memory.recall(blogId, "o|" + nameOrAcronym);
            return found != null || nameOrAcronym.indexOf('.') < 0 ? found
                    : memory.recall(blogId, "o|" + nameOrAcronym.replace(".", ""));
        }

        @Override
        public Found place(final String name) {
            return memory.recall(blogId, "l|" + name);
        }

        @Override
        public Set<String> countries() {
            return countries;
        }
    }
}
