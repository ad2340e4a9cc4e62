package dev.liveblog.processor.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.liveblog.schema.DuplicateKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepeatMatcherTest {

    private final RepeatMatcher matcher = new RepeatMatcher(DedupConfig.defaults());

    private Optional<Repeat> match(final String incoming, final String existing) {
        return matcher.match(Profile.of(incoming), Profile.of(existing));
    }

    @Test
    void shouldCallAFixedTypoANearRepeatAndPreferTheCorrection() {
        // given an entry and its re-poll with a typo fixed
        final Optional<Repeat> repeat = match(
                "Negotiators from both countries met in Geneva on Monday to discuss a new grain corridor agreement.",
                "Negotiators from both countires met in Geneva on Monday to discuss a new grain corridor agreement.");

        // then it is a near repeat and the corrected text wins
        assertEquals(DuplicateKind.NEAR, repeat.orElseThrow().kind());
        assertTrue(repeat.get().incomingIsFuller());
    }

    @Test
    void shouldCallATruncatedEntryContainedInTheFullOne() {
        // given a full entry and its version cut short
        final String full = "The minister said the convoy would leave at dawn, carrying food, water and medicine for "
                + "about 4,000 people who have been cut off since the bridge collapsed.";
        final String truncated = "The minister said the convoy would leave at dawn, carrying food, water and medicine";

        // then the truncated entry is contained in the full one, which stays the item's text
        final Repeat repeat = match(truncated, full).orElseThrow();
        assertEquals(DuplicateKind.CONTAINED, repeat.kind());
        assertFalse(repeat.incomingIsFuller());
        // and the other way round the fuller entry takes over
        assertTrue(match(full, truncated).orElseThrow().incomingIsFuller());
    }

    @Test
    void shouldRecogniseOneQuotationUnderDifferentAttributionClauses() {
        // given one statement quoted twice, cut short once, with different attributions around it
        final String shortVersion = "\u201CWe will not accept any deal that leaves our farmers without access to the "
                + "port, and we have said so clearly,\u201D an official told AFP.";
        final String longVersion = "\u201CWe will not accept any deal that leaves our farmers without access to the "
                + "port, and we have said so clearly. The next round must start from that,\u201D the official said "
                + "on condition of anonymity.";

        // then the short one is contained in the long one
        final Repeat repeat = match(shortVersion, longVersion).orElseThrow();
        assertEquals(DuplicateKind.CONTAINED, repeat.kind());
        assertFalse(repeat.incomingIsFuller());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Power has been restored to most of the harbour district, the grid operator said.|Power has been restored to most of the harbour district, according to the grid operator.",
        "The ferry will resume sailings on Friday, a company spokeswoman told Reuters.|The ferry will resume sailings on Friday, the Northern Line Shipping Company said in a statement.",
        "Officials said about 2,450,000 ballots had been counted across the state by midnight.|Officials said about 2.45 million ballots had been counted across the state by midnight.",
        "The stadium holds 61 432 people and was sold out within an hour of tickets going on sale.|The stadium holds 61,432 people and was sold out within an hour of tickets going on sale.",
        "The council has set aside $38m for repairs to the sea wall along the northern beaches.|The council has set aside $38 million for repairs to the sea wall along the northern beaches.",
        "Storm Hale hits the northern coast \u2013 live|Storm Hale hits the northern coast \u2013 as it happened"
    })
    void shouldJoinRenderingsThatDifferOnlyInAttributionOrInHowANumberIsWritten(final String a, final String b) {
        assertTrue(match(a, b).isPresent(), () -> a + " / " + b);
        assertTrue(match(b, a).isPresent(), () -> b + " / " + a);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "About 2.45 million ballots had been counted across the state by midnight, officials said.|About 2.54 million ballots had been counted across the state by midnight, officials said.",
        "Power has been restored to most of the harbour district, the grid operator said.|Power has not been restored to most of the harbour district, the grid operator said.",
        "The delegation of Kenya has arrived at the summit venue.|The delegation of Chile has arrived at the summit venue.",
        "The fund will receive $250bn over the next five years, officials said.|The fund will receive $300bn over the next five years, officials said.",
        "The prime minister said her party would support the bill in its current form.|The prime minister said her party would not support the bill in its current form.",
        "Talks are scheduled to begin at 12:30 local time on Friday in the capital.|Talks are scheduled to begin at 14:00 local time on Friday in the capital.",
        "Earlier on Friday, the president said he will meet his rival \u201Cas soon as we can set it up.\u201D|The spokesman was commenting after the president said he would meet his rival \u201Cas soon as we can set it up\u201D."
    })
    void shouldKeepEntriesThatDifferInSubstanceApart(final String a, final String b) {
        assertEquals(Optional.empty(), match(a, b));
        assertEquals(Optional.empty(), match(b, a));
    }

    @Test
    void shouldRuleACandidateOutOnItsSketchOnlyWhenTheMatcherWouldFindNoRepeat() throws IOException {
        // given every pair of paragraphs within each labelled corpus (and the sample), repeats among them
        int pairs = 0;
        int repeats = 0;
        int ruledOut = 0;
        for (final List<String> blog : corpusParagraphs()) {
            final List<Profile> profiles = blog.stream().map(Profile::of).toList();
            final List<Sketch> sketches = profiles.stream().map(Sketch::of).toList();
            for (int i = 0; i < profiles.size(); i++) {
                for (int j = 0; j < profiles.size(); j++) {
                    if (i == j) {
                        continue;
                    }
                    pairs++;
                    final boolean may = matcher.mayMatch(sketches.get(i), sketches.get(j));
                    final boolean is = matcher.match(profiles.get(i), profiles.get(j)).isPresent();
                    // then no pair the matcher calls a repeat is ruled out by the sketches
                    assertTrue(may || !is, () -> "ruled out a repeat: " + blog);
                    repeats += is ? 1 : 0;
                    ruledOut += may ? 0 : 1;
                }
            }
        }
        assertTrue(repeats > 100, "repeats among the pairs: " + repeats);
        // and the sketches rule most pairs out without an alignment
        assertTrue(ruledOut > pairs / 2, ruledOut + " of " + pairs + " ruled out");
    }

    @Test
    void shouldRuleNothingOutWhenAnyContainmentIsEnough() {
        final RepeatMatcher anything = new RepeatMatcher(DedupConfig.from(dev.liveblog.common.config.Settings.of(
                java.util.Map.of("liveblog.dedup.contained.threshold", "0"))));
        final Profile a = Profile.of("Rescue crews have reached 1,200 people in the north.");
        final Profile b = Profile.of("The vote on the budget was postponed until 14 May.");
        assertTrue(anything.match(a, b).isPresent());
        assertTrue(anything.mayMatch(Sketch.of(a), Sketch.of(b)));
    }

    @Test
    void shouldRuleOutAnEntryThatLacksTheOtherOnesNumber() {
        final String text = "Rescue crews have reached 1,200 people stranded by the floods in the northern district.";
        final Sketch entry = Sketch.of(Profile.of(text));
        assertTrue(matcher.mayMatch(entry, Sketch.of(Profile.of(text + " More are expected."))));
        assertFalse(matcher.mayMatch(entry, Sketch.of(Profile.of(text.replace("1,200", "1,300")))));
    }

    /** The paragraphs of each corpus's polls, one list per blog. */
    private static List<List<String>> corpusParagraphs() throws IOException {
        final List<List<String>> blogs = new ArrayList<>();
        blogs.add(paragraphs(List.of(Path.of("..", "sample", "liveblog-istanbul-2025-05-16.txt"))));
        try (Stream<Path> dirs = Files.list(Path.of("src", "test", "resources", "corpus"))) {
            for (final Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    blogs.add(paragraphs(files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()));
                }
            }
        }
        return blogs;
    }

    private static List<String> paragraphs(final List<Path> files) throws IOException {
        final List<String> paragraphs = new ArrayList<>();
        for (final Path file : files) {
            Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !paragraphs.contains(line)).forEach(paragraphs::add);
        }
        return paragraphs;
    }
}
