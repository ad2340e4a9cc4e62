package dev.liveblog.processor.enrich;

import dev.liveblog.schema.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people, organisations and places of an item: known entities from the catalog, unknown people from
 * how news names them, and later short mentions (a surname, "Mr X") resolved to the full name the blog used
 * before. Mentions never overlap; a known entity wins over a guess.
 */
public final class EntityExtractor {

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");
    private static final Pattern CAPITALISED = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Dr|Sir|Dame)\\.?\\s+)?(\\p{Lu}[\\p{L}'\u2019-]*\\p{L})");

    private final EntityCatalog catalog;
    private final NameMemory memory;

    public EntityExtractor(final EntityCatalog catalog, final NameMemory memory) {
        this.catalog = catalog;
        this.memory = memory;
    }

    public List<Mention> extract(final String blogId, final String text) {
        final List<Mention> mentions = new ArrayList<>(catalog.find(text));
        for (final Mention person : PeopleFinder.find(text)) {
            if (mentions.stream().noneMatch(person::overlaps)) {
                mentions.add(person);
            }
        }
        mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.name().contains(" "))
                .forEach(m -> memory.remember(blogId, m));
        mentions.addAll(resolveShortMentions(blogId, text, mentions));
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    /**
     * A capitalised word (with its honorific) that is the surname of a person the blog named in full; or, after an
     * honorific ("Ms Kovac"), a person of its own when the blog has not named them in full.
     */
    private List<Mention> resolveShortMentions(final String blogId, final String text, final List<Mention> found) {
        final List<Mention> resolved = new ArrayList<>();
        final Matcher matcher = CAPITALISED.matcher(text);
        while (matcher.find()) {
            final int start = matcher.start();
            final int end = matcher.end();
            if (found.stream().anyMatch(m -> m.start() < end && start < m.end())
                    || resolved.stream().anyMatch(m -> m.start() < end && start < m.end())) {
                continue;
            }
            final String word = POSSESSIVE.matcher(matcher.group(1)).replaceFirst("");
            final int wordEnd = matcher.start(1) + word.length();
            final Optional<Mention> person = memory.bySurname(blogId, word);
            final boolean honorific = matcher.start(1) > start;
            if (person.isPresent()) {
                final Mention p = person.get();
                resolved.add(new Mention(p.id(), p.name(), EntityType.PERSON, text.substring(start, wordEnd), start,
                        wordEnd, p.known(), false));
            } else if (honorific) {
                resolved.add(PeopleFinder.unknownPerson(word, text.substring(start, wordEnd), start));
            }
        }
        return resolved;
    }
}
