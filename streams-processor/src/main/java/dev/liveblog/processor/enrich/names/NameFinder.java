package dev.liveblog.processor.enrich.names;

import dev.liveblog.schema.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people, organisations and places of an entry that reference data does not list, in one pass over its
 * runs of capitalised words ({@link NameRuns}). A run is cut where its parts name different things, then each part
 * is read by what news puts around names, in this order:
 * <ol>
 *   <li>a title or role before a name makes a person ("Deputy Foreign Minister Lee Ha-jun", "Mr. Salcedo"), and
 *       what stands before the title is read again ("Northvale Police Assistant Commissioner ...");</li>
 *   <li>an organisation's head word makes an organisation, with its complement ("Bureau of Statistics",
 *       "Danish Confederation of Trade Unions"), and so does a place followed by a club's word ("Northby
 *       Rovers"); a defined acronym ("(SES)") names it too;</li>
 *   <li>the blog's memory: a person, organisation or place it named before;</li>
 *   <li>a place: a name of the gazetteer with the evidence it needs ({@link PlaceResolver}), or a place's head word
 *       ("Lorne County", "Mount Olvar", "Tarn River", a facility: "Corvena Stadium");</li>
 *   <li>a person: a name with the evidence of a person ({@link PersonNames}).</li>
 * </ol>
 * A run that is none of these is left alone, and parts of it may still be found ("Tarnvik RSL": Tarnvik).
 */
public final class NameFinder {

    /** An acronym in brackets right after a name; tried at the start alone (lookingAt), as it begins with ^. */
    private static final Pattern ACRONYM = Pattern.compile("^\\s*\\((\\p{Lu}[\\p{Lu}\\p{Ll}\\d.&-]{1,9})\\)");
    private static final Set<String> DETERMINERS = Set.of("The", "A", "An");
    private static final Set<String> DIRECTIONS = Set.of("Western", "Eastern", "Northern", "Southern", "Central",
            "Greater", "North", "South", "East", "West", "Upper", "Lower", "Inner", "Outer", "Northwest", "Northeast",
            "Southwest", "Southeast");

    /** Prepositions of place before a name no gazetteer knows that make it a place: "in Quelbaya". */
    private static final Set<String> WEAK_LOCATIVES = Set.of("in", "from", "near", "outside", "around", "across",
            "into", "throughout", "towards", "toward");
    /** Verbs of what a body says or does with words. */
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "announced", "warned", "reported",
            "issued", "confirmed", "recorded", "estimated", "measured", "forecast", "predicted", "added");
    /** Nouns of fires, which are named after places. */
    private static final Set<String> FIRES = Set.of("fire", "fires", "blaze", "bushfire", "wildfire");
    /** Articles of Romance languages, which begin names of places and things, not of people: "La Rotonda". */
    private static final Set<String> ARTICLES = Set.of("La", "El", "Los", "Las", "Le", "Les", "Il", "Lo", "Gli",
            "Del", "Della", "Des");

    /** Words after a name that make it a division of a country: "the Ancash region". */
    private static final Set<String> DIVISION_WORDS = Set.of("region", "regions", "province", "provinces", "state",
            "states", "county", "counties", "prefecture", "prefectures", "district", "districts", "governorate",
            "oblast", "department", "municipality");

    private final Lexicon lexicon;
    private final PlaceResolver places;
    private final PersonNames people;

    public NameFinder(final Lexicon lexicon, final Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.places = new PlaceResolver(gazetteer, lexicon);
        this.people = new PersonNames(lexicon);
    }

    /** The bundled lexicon and gazetteer. */
    public static NameFinder bundled() {
        return new NameFinder(Lexicon.bundled(), Gazetteer.bundled());
    }

    public Words words(final String text) {
        return Words.of(text, lexicon);
    }

    /** Whether a name is a news outlet's by one of its words ("Times", "Radio"). */
    public boolean outletName(final String name) {
        return lexicon.outletName(name);
    }

    /**
     * Whether a person's name puts the family name first, as Chinese and Korean names do in English news: a
     * romanised given name last ("Park Ji-hoon"), or a known family name first and a word that is none last
     * ("Wang Lihua").
     */
    public boolean familyNameFirst(final String[] name) {
        final String first = name[0];
        final String last = name[name.length - 1];
        return name.length >= 2 && (PersonNames.romanisedGivenName(last)
                || lexicon.familyName(first) && !lexicon.givenName(first) && !lexicon.familyName(last)
                && !lexicon.givenName(last) && first.length() <= 5);
    }

    /**
     * Whether the middle word of a three-word name may be used alone for the person, as a first family name is
     * ("Ms. Vidaurre" of "Carolina Vidaurre Ossandón"): no given name and no common word.
     */
    public boolean middleFamilyName(final String word) {
        return !lexicon.givenName(word) && !lexicon.commonWord(word) && Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * What an entry names: the names found, in text order, and the single capitalised words that could be the
     * short name of someone the blog has not given in full yet ("Varnholt has the ball").
     */
    public record Names(List<Found> found, Set<String> unresolved, List<Found> released, List<Role> roles) {
    }

    /** A person named with a role ("Premier Ruth Caldera": premier), so "the premier" later is that person. */
    public record Role(String role, Found person) {
    }

    /** The names of an entry, none overlapping {@code taken} (what reference data already found). */
    public Names find(final Words words, final List<Found> taken, final NameContext context) {
        final Pass pass = new Pass(words, taken, context);
        pass.teamSheets();
        for (final NameRuns.Run run : NameRuns.of(words)) {
            pass.run(run.from(), run.to());
        }
        pass.found.sort(Comparator.comparingInt(Found::start));
        return new Names(pass.found, pass.unresolved, pass.released, pass.roles);
    }

    /** One entry's reading: its words, what is found so far, and the countries it names. */
    private final class Pass {

        private final Words words;
        private final List<Found> taken;
        private final NameContext context;
        private final List<Found> found = new ArrayList<>();
        private final Set<String> countriesHere = new HashSet<>();
        private final Set<Integer> placeWords = new HashSet<>();
        private final Set<String> unresolved = new HashSet<>();
        /** Places of reference data that are part of an organisation's name here ("Transport for Wales"). */
        private final List<Found> released = new ArrayList<>();
        private final List<Role> roles = new ArrayList<>();
        /** People this entry named in full, so a surname later in it resolves. */
        private final java.util.Map<String, Found> named = new java.util.HashMap<>();

        Pass(final Words words, final List<Found> taken, final NameContext context) {
            this.words = words;
            this.taken = taken;
            this.context = context;
            for (int i = 0; i < words.size(); i++) {
                if (NameRuns.nameWord(words.get(i))) {
                    final String country = places.countryOf(words.get(i).bare());
                    if (country != null) {
                        countriesHere.add(country);
                    }
                }
            }
            for (final Found known : taken) {
                if (known.type() == EntityType.PLACE && known.id().startsWith("place:country:")) {
                    countriesHere.add(known.id().substring("place:country:".length()).toUpperCase(java.util.Locale.ROOT));
                }
            }
        }

        /**
         * A run of capitalised words, cut around what reference data found in it, but for places and organisations
         * that are part of a longer organisation's name ("Transport for Wales"; "The Times Electoral Commission" is
         * not the newspaper).
         */
        void run(final int from, final int to) {
            int head = -1;
            boolean titled = false;
            for (int i = from; i < to; i++) {
                if (lexicon.organisationWord(words.get(i).bare())) {
                    head = i;
                }
                titled |= lexicon.honorific(words.get(i).bare()) || lexicon.role(PersonNames.lastPart(words.get(i).bare()));
            }
            if (head >= 0) {
                for (final Found known : taken) {
                    if (known.end() > words.get(from).start() && known.end() <= words.get(to - 1).end()
                            && (known.type() == EntityType.PLACE || known.type() == EntityType.ORGANIZATION
                            && !titled && known.end() < words.get(head).start())) {
                        released.add(known);
                    }
                }
            }
            int start = from;
            for (int i = from; i < to; i++) {
                if (takenAt(i)) {
                    segment(start, i);
                    start = i + 1;
                }
            }
            segment(start, to);
        }

        private boolean takenAt(final int i) {
            final Words.Word word = words.get(i);
            for (final Found known : taken) {
                if (known.overlaps(word.start(), word.end()) && !released.contains(known)) {
                    return true;
                }
            }
            return foundAt(i);
        }

        private void segment(final int start, final int to) {
            int from = start;
            while (from < to && (DETERMINERS.contains(words.get(from).text()) || connector(from)
                    || words.get(from).startsSentence() && lexicon.functionWord(words.get(from).text())
                    && !lexicon.honorific(words.get(from).bare()))) {
                from++;
            }
            int end = to;
            while (end > from && (connector(end - 1) || lexicon.notName(words.get(end - 1).bare())
                    && !(end - 2 > from && connector(end - 2)))) {
                end--;
            }
            if (from >= end) {
                return;
            }
            final int and = listBreak(from, end);
            if (and > 0) {
                segment(from, and);
                segment(and + 1, end);
                return;
            }
            if (titled(from, end) || organisation(from, end) || remembered(from, end) || apposed(from, end)
                    || place(from, end)) {
                return;
            }
            // "Neighbouring Valmora has offered": a common word opening the sentence is not part of a name.
            final Words.Word first = words.get(from);
            if (end - from >= 2 && first.startsSentence() && lexicon.commonWord(first.text())
                    && !lexicon.givenName(first.text()) && !first.acronym()) {
                segment(from + 1, end);
                return;
            }
            if (person(from, end) || toldOrganisation(from, end)) {
                return;
            }
            parts(from, end);
        }

        /** A person after a title or role: "Gov. Erik Sandvik", "Northvale Police Assistant Commissioner Rhys Moyo". */
        private boolean titled(final int from, final int to) {
            int title = -1;
            for (int i = from; i < to; i++) {
                final String word = words.get(i).bare();
                if (lexicon.honorific(word) || lexicon.role(PersonNames.lastPart(word))) {
                    title = i;
                }
            }
            if (title < 0 || title == to - 1) {
                return false;
            }
            int name = title + 1;
            while (name < to && (connector(name) || (lexicon.commonWord(words.get(name).text())
                    && !lexicon.givenName(words.get(name).text()) && name + 1 < to))) {
                name++;
            }
            int nameEnd = name;
            while (nameEnd < to && !connector(nameEnd)) {
                nameEnd++;
            }
            if (!people.name(words, name, nameEnd)) {
                return false;
            }
            // "(Russian President Vladimir) Putin": a role and a given name alone are a name cut short.
            if (nameEnd - name == 1 && !lexicon.honorific(words.get(title).bare())
                    && lexicon.givenName(words.get(name).text()) && !lexicon.familyName(words.get(name).text())) {
                return true;
            }
            // "Mr Ostberg": an honorific stays in the mention of a surname, which it makes a person.
            final boolean honorific = name == title + 1 && nameEnd - name == 1
                    && lexicon.honorific(words.get(title).bare());
            addPerson(name, nameEnd, true, honorific ? words.get(title).start() : words.get(name).start());
            final String role = PersonNames.lastPart(words.get(title).bare());
            if (lexicon.role(role) && nameEnd - name >= 2) {
                roles.add(new Role(role.toLowerCase(java.util.Locale.ROOT), found.get(found.size() - 1)));
            }
            // What stands before the title ("Northvale Police" of "Northvale Police Assistant Commissioner") is read again; the
            // title runs from its first role word ("Deputy Foreign Minister"), and a title alone ("Emergency Services
            // Minister") names nothing.
            int titleStart = from;
            while (titleStart < title && !lexicon.honorific(words.get(titleStart).bare())
                    && !lexicon.role(PersonNames.lastPart(words.get(titleStart).bare()))) {
                titleStart++;
            }
            if (titleStart > from && proper(from, titleStart)) {
                segment(from, titleStart);
            }
            if (nameEnd < to) {
                segment(nameEnd, to);
            }
            return true;
        }

        /** An organisation by its head word, with its complement ("of Elections"), or a club. */
        private boolean organisation(final int from, final int to) {
            int head = -1;
            boolean complement = false;
            for (int i = from; i < to; i++) {
                if (lexicon.organisationWord(words.get(i).bare())) {
                    head = i;
                    complement |= i + 1 < to && connector(i + 1);
                }
            }
            int end = head + 1;
            if (complement) {
                end = listContinued(to);
                // "Appeals Court on Tuesday": a day or month after a connector is not the complement.
                while (end - 2 > head && lexicon.notName(words.get(end - 1).bare()) && connector(end - 2)) {
                    end -= 2;
                }
            } else if (head == from && to - from >= 2 && proper(from + 1, to)) {
                // "Radio Corvena", "Bank Mandiri": the head word first, the name after it.
                end = to;
            }
            if (head < 0) {
                final int last = to - 1;
                if (to - from >= 2 && lexicon.clubWord(words.get(last).text())
                        && places.resolve(words, from, last, true, context, countriesHere) != null) {
                    end = to;
                } else {
                    return false;
                }
            }
            int start = from;
            // "Lawyers for the National Farmers Union": a common word opening the sentence is not the name's.
            while (start < head && words.get(start).startsSentence() && lexicon.commonWord(words.get(start).text())
                    && connector(start + 1)) {
                start++;
                while (start < head && connector(start)) {
                    start++;
                }
            }
            if (!proper(start, end) && !(end - start >= 2)) {
                return false;
            }
            final int of = personOf(start, head);
            if (of > 0) {
                segment(from, of);
                int after = of + 1;
                while (after < head && connector(after)) {
                    after++;
                }
                addOrganisation(after, end);
                if (end < to) {
                    segment(end, to);
                }
                return true;
            }
            if (start > from) {
                segment(from, start);
            }
            addOrganisation(start, end);
            if (end < to) {
                segment(end, to);
            }
            return true;
        }

        /**
         * Where "of" joins a person to an organisation's name ("Amina Yusuf Korir of the Unity Reform Party"):
         * the words before it are a person's name with no word of an organisation; -1 when there is no such "of".
         */
        private int personOf(final int start, final int head) {
            for (int of = start + 2; of < head; of++) {
                if (words.get(of).text().equals("of")) {
                    for (int i = start; i < of; i++) {
                        if (lexicon.organisationWord(words.get(i).bare())) {
                            return -1;
                        }
                    }
                    return people.name(words, start, of) && (people.evidence(words, start, of)
                            || people.shape(words, start, of)) ? of : -1;
                }
            }
            return -1;
        }

        /**
         * An organisation by what stands around it ({@link Appositions}): the noun of an outlet before it, an
         * apposition naming an organisation, an acronym's full name in brackets after it.
         */
        private boolean apposed(final int from, final int to) {
            final int start = words.get(from).start();
            final int end = words.get(to - 1).end();
            if (to - from == 1 && words.get(from).acronym()) {
                final Appositions.Expansion expansion = Appositions.expansion(words.text(), words.get(from).bare(), end);
                if (expansion != null) {
                    final Found known = context.organisation(expansion.name());
                    final Found organisation = known != null ? known.at(start, end)
                            : Found.inferred(EntityType.ORGANIZATION, expansion.name(), start, end);
                    found.add(organisation);
                    found.add(organisation.at(expansion.start(), expansion.end()));
                    return true;
                }
            }
            if (!proper(from, to) || places.countryOf(words.span(from, to)) != null
                    || !Appositions.outletBefore(words.text(), start)
                    && !Appositions.organisation(words.text(), start, end)) {
                return false;
            }
            addOrganisation(from, to);
            return true;
        }

        /** A name the blog used before: a person, an organisation or acronym, a place. */
        private boolean remembered(final int from, final int to) {
            final String name = words.span(from, to);
            Found known = context.organisation(name);
            if (known == null && to - from == 1 && !words.get(from).acronym()) {
                known = person(words.get(from).bare());
            } else if (known == null && people.name(words, from, to)) {
                known = person(NameContext.personKey(name));
            }
            if (known == null) {
                known = context.place(name);
            }
            if (known == null) {
                return false;
            }
            final Found at = known.at(words.get(from).start(), words.get(to - 1).end());
            if (known.type() == EntityType.PLACE) {
                addPlace(at, from, to);
            } else {
                found.add(at);
            }
            return true;
        }

        /** A place of the gazetteer, or a name with a place's head word. */
        private boolean place(final int from, final int to) {
            if (to - from == 1 && (DIRECTIONS.contains(words.get(from).text())
                    || lexicon.role(words.get(from).bare()) || lexicon.honorific(words.get(from).bare()))) {
                return false;
            }
            final boolean division = division(to);
            final boolean evidence = PlaceResolver.locative(words, from) || listedWithPlace(from, to)
                    || followedByRegion(to) || division;
            final Found gazetteer = places.resolve(words, from, to, evidence, division, context, countriesHere);
            if (gazetteer != null) {
                addPlace(gazetteer, from, to);
                return true;
            }
            if (joined(from, to)) {
                return false;
            }
            // "Central Peru": a part of a country named by its direction is, for what the item is about, the country.
            if (to - from == 2 && DIRECTIONS.contains(words.get(from).text())) {
                final Found country = places.resolve(words, from + 1, to, true, context, countriesHere);
                if (country != null && country.id().startsWith("place:country:")) {
                    addPlace(country, from + 1, to);
                    return true;
                }
            }
            final Lexicon.PlaceWord first = lexicon.placeWord(words.get(from).text());
            final Lexicon.PlaceWord last = lexicon.placeWord(words.get(to - 1).text());
            final boolean counted = from > 0 && Character.isDigit(words.get(from - 1).text().charAt(0));
            final boolean shaped = !counted && (last == Lexicon.PlaceWord.SUFFIX || last == Lexicon.PlaceWord.FACILITY)
                    && to - from >= 2 || first == Lexicon.PlaceWord.PREFIX && to - from >= 2
                    || DIRECTIONS.contains(words.get(from).text()) && to - from >= 2
                    && places.resolve(words, from + 1, to, true, context, countriesHere) != null;
            // A name no gazetteer knows, where only a place can stand: "near Tarnvik", "Tarnvik and Olvar".
            // A demonym there is an adjective: "between Ukrainian and Russian officials".
            final boolean placeOnly = (PlaceResolver.strongLocative(words, from) || listedWithPlace(from, to))
                    && to - from <= 3 && proper(from, to) && !lexicon.givenName(words.get(from).text())
                    && places.demonym(words.get(from).text()) == null;
            // "The Coastal Warning Center in Hilo said": a building does not speak; what speaks is its body.
            if (shaped && last == Lexicon.PlaceWord.FACILITY && speaks(from, to)) {
                addOrganisation(from, to);
                return true;
            }
            if (shaped || placeOnly || unknownAfterLocative(from, to) || namedFire(from, to)) {
                addPlace(Found.inferred(EntityType.PLACE, words.span(from, to), words.get(from).start(),
                        words.get(to - 1).end()), from, to);
                return true;
            }
            return false;
        }

        /**
         * "In Quelbaya, a small beach town", "a farmer from Tarnvik": a name no gazetteer knows after a preposition of
         * place, of words that are no ordinary ones and no names of people, organisations or languages.
         */
        private boolean unknownAfterLocative(final int from, final int to) {
            if (to - from > 2 || from == 0 || words.get(from).gap() != Words.Gap.SPACE) {
                return false;
            }
            // "In Quelbaya" at the start of a sentence; "Fires Near Tobrek" is a name of its own.
            final Words.Word before = words.get(from - 1);
            final String preposition = before.startsSentence() || from == 1
                    ? before.text().toLowerCase(java.util.Locale.ROOT) : before.text();
            if (!WEAK_LOCATIVES.contains(preposition)) {
                return false;
            }
            for (int i = from; i < to; i++) {
                final Words.Word word = words.get(i);
                final String text = word.bare();
                if (!NameRuns.nameWord(word) || word.acronym() || lexicon.commonWord(text) || lexicon.givenName(text)
                        || lexicon.familyName(text) || lexicon.organisationWord(text) || lexicon.notName(text)
                        || lexicon.role(PersonNames.lastPart(text)) || lexicon.honorific(text)
                        || places.demonym(text) != null || context.person(text) != null) {
                    return false;
                }
            }
            return true;
        }

        /** "the Quelbaya fire": fires are named after the place where they started. */
        private boolean namedFire(final int from, final int to) {
            return to - from == 1 && from > 0 && words.get(from - 1).text().equals("the") && to < words.size()
                    && words.get(to).gap() == Words.Gap.SPACE && FIRES.contains(words.get(to).text())
                    && proper(from, to) && !lexicon.givenName(words.get(from).text());
        }

        /** Whether the name is what "according to" cites, or a verb of speech follows it within its clause. */
        private boolean speaks(final int from, final int to) {
            final String before = words.text().substring(Math.max(0, words.get(from).start() - 20),
                    words.get(from).start());
            if (before.endsWith("according to ") || before.endsWith("according to the ")) {
                return true;
            }
            for (int i = to; i < Math.min(words.size(), to + 4); i++) {
                if (words.get(i).gap() != Words.Gap.SPACE) {
                    return false;
                }
                if (SPEECH.contains(words.get(i).text())) {
                    return true;
                }
            }
            return false;
        }

        private boolean person(final int from, final int to) {
            if (ARTICLES.contains(words.get(from).text())) {
                // "La Rotonda said": a name of a thing that speaks is a body's.
                if (to - from >= 2 && speaks(from, to)) {
                    addOrganisation(from, to);
                    return true;
                }
                return false;
            }
            if (to - from >= 2 && people.name(words, from, to) && proper(from, to)
                    && (people.evidence(words, from, to) || people.shape(words, from, to) && !gazetteerInside(from, to))) {
                addPerson(from, to, false);
                return true;
            }
            if (to - from == 1 && people.nameWord(words, from) && !lexicon.commonWord(words.get(from).text())
                    && !words.get(from).acronym()) {
                unresolved.add(words.get(from).bare());
            }
            return false;
        }

        /** "told KXRV": an acronym someone tells something to is an organisation (an outlet, mostly). */
        private boolean toldOrganisation(final int from, final int to) {
            if (to - from != 1 || !words.get(from).acronym() || from == 0) {
                return false;
            }
            final String before = words.get(from - 1).text();
            final boolean told = before.equals("told") || before.equals("the") && from >= 2
                    && words.get(from - 2).text().equals("told");
            if (told) {
                addOrganisation(from, to);
            }
            return told;
        }

        /** Whether a word of {@code [from, to)} is a name of the gazetteer ("Air Tanzania", "Slavia Olomouc"). */
        private boolean gazetteerInside(final int from, final int to) {
            for (int i = from; i < to; i++) {
                if (places.known(words.get(i).bare())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where an organisation's complement ends when it goes on as a list after the run: "Ministry of Energy,
         * Mines and Industry". The run's end when it does not.
         */
        private int listContinued(final int to) {
            int j = to;
            while (j < words.size() && words.get(j).gap() == Words.Gap.CLAUSE && comma(j)
                    && NameRuns.nameWord(words.get(j))) {
                j++;
                while (j < words.size() && words.get(j).gap() == Words.Gap.SPACE && NameRuns.nameWord(words.get(j))) {
                    j++;
                }
                if (j + 1 < words.size() && words.get(j).gap() == Words.Gap.SPACE && words.get(j).text().equals("and")
                        && NameRuns.nameWord(words.get(j + 1))) {
                    j += 2;
                    while (j < words.size() && words.get(j).gap() == Words.Gap.SPACE
                            && NameRuns.nameWord(words.get(j))) {
                        j++;
                    }
                    return j;
                }
            }
            return to;
        }

        /** Whether only a comma and spaces stand between word {@code i} and the one before. */
        private boolean comma(final int i) {
            return words.text().substring(words.get(i - 1).end(), words.get(i).start()).strip().equals(",");
        }

        /** Whether "for", "on" or "and" join two names in {@code [from, to)}: two names, not one place's. */
        private boolean joined(final int from, final int to) {
            for (int i = from + 1; i < to - 1; i++) {
                final String word = words.get(i).text();
                if (word.equals("for") || word.equals("on") || word.equals("and")) {
                    return true;
                }
            }
            return false;
        }

        /** No reading of the whole run: the longest known places inside it ("Tarnvik RSL"), then the rest. */
        private void parts(final int from, final int to) {
            for (int i = from + 1; i < to - 1; i++) {
                final String word = words.get(i).text();
                if (word.equals("for") || word.equals("on")) {
                    segment(from, i);
                    segment(i + 1, to);
                    return;
                }
            }
            for (int length = Math.min(to - from - 1, 4); length >= 1; length--) {
                for (int i = from; i + length <= to; i++) {
                    if (!(length == 1 && words.get(i).startsSentence() && lexicon.commonWord(words.get(i).text()))
                            && place(i, i + length)) {
                        segment(from, i);
                        segment(i + length, to);
                        return;
                    }
                }
            }
        }

        /**
         * Team sheets and line-ups: a list of four or more bare capitalised words, separated by commas or
         * semicolons, are people.
         */
        void teamSheets() {
            int i = 0;
            while (i < words.size()) {
                int j = i;
                final List<Integer> items = new ArrayList<>();
                while (j < words.size() && NameRuns.nameWord(words.get(j)) && people.nameWord(words, j)
                        && !words.get(j).startsSentence()
                        && (j + 1 >= words.size() || words.get(j + 1).gap() != Words.Gap.SPACE
                        || !NameRuns.nameWord(words.get(j + 1)))
                        && (items.isEmpty() || words.get(j).gap() == Words.Gap.CLAUSE)) {
                    items.add(j);
                    j++;
                    while (j < words.size() && words.get(j).gap() == Words.Gap.SPACE && !NameRuns.nameWord(words.get(j))
                            && j - items.get(items.size() - 1) <= 1 && words.get(j).text().equals("and")) {
                        j++;
                    }
                }
                if (items.size() >= 4) {
                    for (final int item : items) {
                        if (!foundAt(item) && !takenAt(item)) {
                            final Found known = person(words.get(item).text());
                            found.add(known != null ? known.at(words.get(item).start(), words.get(item).end())
                                    : Found.inferred(EntityType.PERSON, words.get(item).text(),
                                    words.get(item).start(), words.get(item).end()));
                        }
                    }
                }
                i = Math.max(j, i + 1);
            }
        }

        private boolean foundAt(final int i) {
            final Words.Word word = words.get(i);
            return found.stream().anyMatch(f -> f.overlaps(word.start(), word.end()));
        }

        private void addPerson(final int from, final int to, final boolean titled) {
            addPerson(from, to, titled, words.get(from).start());
        }

        private void addPerson(final int from, final int to, final boolean titled, final int start) {
            final int end = words.get(to - 1).end();
            final String name = words.span(from, to);
            Found known = to - from == 1 ? person(words.get(from).bare()) : person(NameContext.personKey(name));
            if (known == null && to - from == 1 && titled && from > 0 && lexicon.honorific(words.get(from - 1).bare())) {
                known = person(NameContext.TITLED + words.get(from).bare());
            }
            if (known == null && to - from == 1 && titled) {
                known = Found.inferred(EntityType.PERSON, words.get(from).bare(), start, end);
            }
            final Found person = known != null ? known.at(start, end)
                    : Found.inferred(EntityType.PERSON, name, start, end);
            found.add(person);
            if (known == null && to - from >= 2) {
                final String[] parts = name.split(" ");
                final boolean familyFirst = familyNameFirst(parts);
                named.put(NameContext.personKey(name), person);
                named.put(familyFirst ? parts[0] : parts[parts.length - 1], person);
                if (parts.length == 3 && !familyFirst) {
                    named.put(NameContext.personKey(parts[0] + " " + parts[2]), person);
                    if (middleFamilyName(parts[1]) && !named.containsKey(parts[1])) {
                        named.put(parts[1], person);
                    }
                }
                named.put(NameContext.TITLED + (familyFirst ? parts[parts.length - 1] : parts[0]), person);
            }
        }

        /** A person named in full earlier in this entry, or by the blog before it. */
        private Found person(final String key) {
            final Found here = named.get(key);
            return here != null ? here : context.person(key);
        }

        private void addOrganisation(final int from, final int to) {
            final int start = words.get(from).start();
            final int end = words.get(to - 1).end();
            final String name = words.span(from, to);
            Found known = context.organisation(name);
            final String initials = Found.initials(name);
            if (known == null && to - from >= 2 && initials.length() >= 3) {
                // "the U.S. Patent Office" after "the United States Patent Office (USPO)".
                known = context.organisation(initials);
            }
            final Found organisation = known != null ? known.at(start, end)
                    : Found.inferred(EntityType.ORGANIZATION, name, start, end);
            found.add(organisation);
            final Matcher acronym = ACRONYM.matcher(words.text().substring(end));
            if (acronym.lookingAt()) {
                final int at = end + acronym.start(1);
                found.add(new Found(EntityType.ORGANIZATION, organisation.name(), organisation.id(), at,
                        at + acronym.group(1).length(), organisation.known()));
            }
        }

        private void addPlace(final Found place, final int from, final int to) {
            found.add(place);
            for (int i = from; i < to; i++) {
                placeWords.add(i);
            }
            if (place.id().startsWith("place:country:")) {
                countriesHere.add(place.id().substring("place:country:".length()).toUpperCase(java.util.Locale.ROOT));
            }
        }

        /** Whether {@code [from, to)} hold a word that is not a common one: a proper name, not a phrase. */
        private boolean proper(final int from, final int to) {
            for (int i = from; i < to; i++) {
                final Words.Word word = words.get(i);
                if (NameRuns.nameWord(word) && (!lexicon.commonWord(word.text()) || word.acronym())
                        && !lexicon.notName(word.text())) {
                    return true;
                }
            }
            return false;
        }

        private boolean connector(final int i) {
            return NameRuns.CONNECTORS.contains(words.get(i).text());
        }

        /** Where "and" splits a run into a list ("Arizona and Wisconsin"), unless an organisation's name goes on. */
        private int listBreak(final int from, final int to) {
            boolean complement = false;
            for (int i = from + 1; i < to - 1; i++) {
                final String word = words.get(i).text();
                // "Superintendency of Water and Sewers": "and" inside an organisation's complement.
                complement |= (word.equals("of") || word.equals("for")) && lexicon.organisationWord(words.get(i - 1).bare());
                if ((word.equals("and") || word.equals("&")) && !complement) {
                    for (int j = i + 1; j < to; j++) {
                        if (lexicon.organisationWord(words.get(j).bare())) {
                            return -1;
                        }
                    }
                    return i;
                }
            }
            return -1;
        }

        /**
         * "Tarnvik and Olvar", "Lorne, Bethel Park and Cranberry": listed with a place found before it. A name
         * after a comma is in a list only when the list goes on after it ("In Stryn, Asheim's home village" is not).
         */
        private boolean listedWithPlace(final int from, final int to) {
            if (from >= 2 && words.get(from).gap() == Words.Gap.SPACE
                    && (words.get(from - 1).text().equals("and") || words.get(from - 1).text().equals("or"))) {
                return placeWords.contains(from - 2);
            }
            if (from >= 1 && words.get(from).gap() == Words.Gap.CLAUSE && comma(from) && placeWords.contains(from - 1)) {
                final boolean conjunction = to + 1 < words.size()
                        && (words.get(to).text().equals("and") || words.get(to).text().equals("or"))
                        && NameRuns.nameWord(words.get(to + 1));
                return conjunction || to < words.size() && words.get(to).gap() == Words.Gap.CLAUSE && comma(to)
                        && NameRuns.nameWord(words.get(to));
            }
            return false;
        }

        /** "the Ancash region", "Loreto and Ucayali regions": the word of a division right after the name. */
        private boolean division(final int to) {
            return to < words.size() && words.get(to).gap() == Words.Gap.SPACE
                    && DIVISION_WORDS.contains(words.get(to).text());
        }

        /** "Arequipa, Peru", "Lincoln, Neb.": a country or division right after the name. */
        private boolean followedByRegion(final int to) {
            return to < words.size() && words.get(to).gap() == Words.Gap.CLAUSE
                    && places.countryOf(words.get(to).text()) != null;
        }
    }
}
