package dev.liveblog.processor.dedup;

import dev.liveblog.schema.DuplicateKind;
import java.util.Optional;

/**
 * Decides whether a new entry repeats an existing item, and how.
 *
 * <ul>
 *   <li>NEAR: texts of similar length whose substance-aware word edit similarity reaches the near threshold
 *       (a typo fixed, punctuation, a word changed in a long entry);</li>
 *   <li>CONTAINED: the shorter text lies inside the longer as one stretch, up to small edits (a truncated entry,
 *       a sentence appended); or the shorter entry is mostly a quotation that lies inside the other entry, so
 *       the same statement with a different attribution clause around it is recognised.</li>
 * </ul>
 *
 * Numbers, negations and names are substance: an edit that touches them sinks the similarity (see
 * {@link Alignment}), so template-like entries stay apart.
 */
public final class RepeatMatcher {

    private final DedupConfig config;

    public RepeatMatcher(final DedupConfig config) {
        this.config = config;
    }

    /** How {@code incoming} repeats {@code existing}, if it does (exact repeats are found by the exact index). */
    public Optional<Repeat> match(final Profile incoming, final Profile existing) {
        final Optional<Repeat> near = near(incoming, existing);
        if (near.isPresent()) {
            return near;
        }
        return contained(incoming, existing);
    }

    /**
     * Whether {@link #match} could find a repeat: false only when each of its ways would fail on the word counts
     * or on a number or negation that one text lacks. It mirrors the checks below, and must stay beside them.
     */
    public boolean mayMatch(final Sketch incoming, final Sketch existing) {
        if (config.containedThreshold() <= 0) {
            return true; // every pair is then CONTAINED by its quotation's containment of 0
        }
        final int shorter = Math.min(incoming.size(), existing.size());
        final int longer = Math.max(incoming.size(), existing.size());
        final boolean near = shorter >= config.minTokens() && shorter >= config.nearLengthRatio() * longer
                && Sketch.holds(existing.numbers(), incoming.substance())
                && Sketch.holds(incoming.numbers(), existing.substance());
        final boolean incomingShorter = incoming.size() <= existing.size();
        final Sketch part = incomingShorter ? incoming : existing;
        final Sketch whole = incomingShorter ? existing : incoming;
        final boolean contained = part.size() >= config.minTokens() && Sketch.holds(whole.numbers(), part.substance());
        return near || contained
                || mostlyQuoted(incoming) && Sketch.holds(existing.numbers(), incoming.quoteSubstance())
                || mostlyQuoted(existing) && Sketch.holds(incoming.numbers(), existing.quoteSubstance());
    }

    private boolean mostlyQuoted(final Sketch sketch) {
        return sketch.quoteSize() >= config.minQuoteTokens()
                && sketch.quoteSize() >= config.minQuoteShare() * sketch.size();
    }

    private Optional<Repeat> near(final Profile incoming, final Profile existing) {
        final int shorter = Math.min(incoming.size(), existing.size());
        final int longer = Math.max(incoming.size(), existing.size());
        if (shorter < config.minTokens() || shorter < config.nearLengthRatio() * longer) {
            return Optional.empty();
        }
        if (!existing.holdsSubstanceOf(incoming.aligned()) || !incoming.holdsSubstanceOf(existing.aligned())) {
            return Optional.empty();
        }
        final int budget = Alignment.budget(config.nearThreshold(), longer);
        if (existing.unmatched(incoming.aligned(), budget) > budget
                || incoming.unmatched(existing.aligned(), budget) > budget) {
            return Optional.empty();
        }
        final double similarity = Alignment.similarity(incoming.aligned(), existing.aligned(), config.nearThreshold());
        return similarity >= config.nearThreshold()
                ? Optional.of(new Repeat(DuplicateKind.NEAR, similarity, incoming.size() >= existing.size()))
                : Optional.empty();
    }

    private Optional<Repeat> contained(final Profile incoming, final Profile existing) {
        final boolean incomingShorter = incoming.size() <= existing.size();
        final Profile part = incomingShorter ? incoming : existing;
        final Profile whole = incomingShorter ? existing : incoming;
        if (part.size() >= config.minTokens() && whole.holdsSubstanceOf(part.aligned())
                && within(whole, part.aligned())) {
            final double containment = Alignment.containment(part.aligned(), whole.aligned(),
                    config.containedThreshold());
            if (containment >= config.containedThreshold()) {
                return Optional.of(new Repeat(DuplicateKind.CONTAINED, containment, !incomingShorter));
            }
        }
        final double incomingQuoteInExisting = quoteContainment(incoming, existing);
        final double existingQuoteInIncoming = quoteContainment(existing, incoming);
        if (Math.max(incomingQuoteInExisting, existingQuoteInIncoming) >= config.containedThreshold()) {
            final boolean incomingFuller = existingQuoteInIncoming > incomingQuoteInExisting
                    || (existingQuoteInIncoming == incomingQuoteInExisting && incoming.size() > existing.size());
            return Optional.of(new Repeat(DuplicateKind.CONTAINED,
                    Math.max(incomingQuoteInExisting, existingQuoteInIncoming), incomingFuller));
        }
        return Optional.empty();
    }

    /**
     * How wholly the quotation that makes up most of {@code part} lies inside {@code whole}; 0 when {@code part} is
     * not mostly a quotation of enough words, so a short shared phrase never joins two different items.
     */
    private double quoteContainment(final Profile part, final Profile whole) {
        final AlignedText quote = part.alignedQuote();
        if (quote.size < config.minQuoteTokens() || quote.size < config.minQuoteShare() * part.size()
                || !whole.holdsSubstanceOf(quote) || !within(whole, quote)) {
            return 0;
        }
        return Alignment.containment(quote, whole.aligned(), config.containedThreshold());
    }

    /**
     * Whether {@code part} may lie in {@code whole} at the contained threshold: not when more of its words have
     * no like word in {@code whole} than the threshold allows edits.
     */
    private boolean within(final Profile whole, final AlignedText part) {
        final int budget = Alignment.budget(config.containedThreshold(), part.length());
        return whole.unmatched(part, budget) <= budget;
    }
}
