package dev.liveblog.benchmarks;

import dev.liveblog.common.text.EntryIds;
import dev.liveblog.schema.BlogEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates realistic live-blog entries from a seed: one to four sentences of 15 to 45 words each, with names,
 * places, numbers, times and quotations, in the shapes news agencies use. The same seed gives the same blog.
 */
public final class SyntheticBlog {

    private static final List<String> PEOPLE = List.of("Anna Kovac", "Tomas Lindgren", "Ilse Morava", "Emil Dahl",
            "Sofia Lind", "Pieter Aalto", "Nadia Ferrer", "Aron Berg", "Leila Morales", "Oskar Brandt");
    private static final List<String> PLACES = List.of("Port Merrow", "Ashcombe", "Dunmore", "Kessel", "Tallis Point",
            "Norvik", "Eastholm", "Brackley", "Saltmere", "Greyford");
    private static final List<String> ROLES = List.of("the emergency minister", "the harbour master",
            "a police spokesperson", "the regional governor", "a senior aid official", "the mayor");
    private static final List<String> VERBS = List.of("said", "told reporters", "told Reuters", "wrote on X",
            "said in a statement", "added");
    private static final List<String> SUBJECTS = List.of("rescue crews", "engineers", "volunteers", "the army",
            "firefighters", "the coastguard", "aid agencies", "police", "the grid operator", "hospital staff");
    private static final List<String> ACTIONS = List.of("have reached", "are clearing roads near",
            "have restored power to parts of", "are evacuating families from", "have opened a shelter in",
            "are searching the coast around", "have delivered food and water to", "are inspecting bridges near");
    private static final List<String> DETAILS = List.of("after the storm passed overnight",
            "despite heavy rain and strong winds", "as the river kept rising", "while the roads remain closed",
            "before the next band of rain arrives", "with help from neighbouring regions",
            "as night fell over the valley", "in a race against the rising tide");
    private static final List<String> QUOTES = List.of("We are doing everything we can to reach people",
            "The next hours will be decisive for the whole region", "Nobody should try to drive through floodwater",
            "We have never seen the river this high in living memory",
            "Our teams will keep working through the night until everyone is safe");

    private final Random random;
    private final String blogId;
    private Instant clock = Instant.parse("2031-03-11T06:00:00Z");
    private int line;

    public SyntheticBlog(final String blogId, final long seed) {
        this.blogId = blogId;
        this.random = new Random(seed);
    }

    /** A new entry, different from every other one this generator made. */
    public BlogEntry next() {
        line++;
        final StringBuilder text = new StringBuilder(sentence());
        // Most entries are two sentences; some are a one-line update, some a longer paragraph.
        final int more = switch (random.nextInt(8)) {
            case 0 -> 0;
            case 6 -> 2;
            case 7 -> 3;
            default -> 1;
        };
        for (int i = 0; i < more; i++) {
            text.append(' ').append(sentence());
        }
        return entry(text.toString());
    }

    /**
     * {@code count} entries of {@code blogs} blogs ({@code prefix} and a number, seeded {@code seed} plus the same
     * number), taken in turn as pollers of several blogs send them, each blog oldest first.
     */
    public static List<BlogEntry> interleaved(final String prefix, final int count, final int blogs, final long seed,
                                              final double exactShare, final double nearShare) {
        final List<Iterator<BlogEntry>> sources = new ArrayList<>(blogs);
        for (int b = 0; b < blogs; b++) {
            final int share = count / blogs + (b < count % blogs ? 1 : 0);
            sources.add(new SyntheticBlog(prefix + b, seed + b).entries(share, exactShare, nearShare).iterator());
        }
        final List<BlogEntry> entries = new ArrayList<>(count);
        while (entries.size() < count) {
            for (final Iterator<BlogEntry> source : sources) {
                if (source.hasNext()) {
                    entries.add(source.next());
                }
            }
        }
        return entries;
    }

    /**
     * A blog as a poller sees it, oldest first: {@code count} entries of which about {@code exactShare} repeat an
     * earlier entry word for word (a page shown again) and about {@code nearShare} repeat one with a change.
     */
    public List<BlogEntry> entries(final int count, final double exactShare, final double nearShare) {
        final List<BlogEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            final double dice = random.nextDouble();
            if (entries.isEmpty() || dice >= exactShare + nearShare) {
                entries.add(next());
            } else if (dice < exactShare) {
                entries.add(repeat(entries.get(random.nextInt(entries.size()))));
            } else {
                entries.add(nearRepeat(entries.get(random.nextInt(entries.size()))));
            }
        }
        return entries;
    }

    /** An exact repeat of an earlier entry: the same text at a new place on the page. */
    public BlogEntry repeat(final BlogEntry earlier) {
        line++;
        return entry(earlier.getText());
    }

    /** A near repeat of an earlier entry: one ordinary word changed, or a sentence appended. */
    public BlogEntry nearRepeat(final BlogEntry earlier) {
        line++;
        final String text = earlier.getText();
        if (random.nextBoolean()) {
            return entry(text + " " + sentence());
        }
        return entry(text.replaceFirst("\\bthe\\b", "this"));
    }

    private String sentence() {
        return switch (random.nextInt(4)) {
            case 0 -> String.format(Locale.ROOT, "%s %s %s %s, %s %s, and %d people are still waiting for help.",
                    capitalise(pick(SUBJECTS)), pick(ACTIONS), pick(PLACES), pick(DETAILS), pick(ROLES),
                    pick(VERBS), 10 + random.nextInt(5000));
            case 1 -> String.format(Locale.ROOT, "\u201C%s,\u201D %s, %s, %s at %02d:%02d local time.",
                    pick(QUOTES), pick(PEOPLE), pick(ROLES), pick(VERBS), random.nextInt(24), random.nextInt(60));
            case 2 -> String.format(Locale.ROOT, "The number of homes without power in %s has fallen to %,d, "
                    + "%s %s on day %d of the emergency.", pick(PLACES), 100 + random.nextInt(90_000), pick(ROLES),
                    pick(VERBS), 1 + random.nextInt(30));
            default -> String.format(Locale.ROOT, "%s said %s %s %s and that about %d volunteers had joined them.",
                    pick(PEOPLE), pick(SUBJECTS), pick(ACTIONS), pick(PLACES), 5 + random.nextInt(800));
        };
    }

    private BlogEntry entry(final String text) {
        clock = clock.plusMillis(1 + random.nextInt(2000));
        return BlogEntry.newBuilder()
                .setBlogId(blogId).setEntryId(EntryIds.entryId(blogId, text)).setSource("synthetic")
                .setPosition(line).setText(text).setIngestedAt(clock).setBlogDate(LocalDate.of(2031, 3, 11))
                .setBlogZone("Europe/Oslo").build();
    }

    private String pick(final List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalise(final String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
