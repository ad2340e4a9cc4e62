package dev.liveblog.processor.dedup;

import dev.liveblog.schema.DuplicateKind;

/**
 * How a new entry repeats an existing item.
 *
 * @param kind EXACT, NEAR (small edits) or CONTAINED (one wholly inside the other)
 * @param similarity the similarity or containment score in [0, 1]
 * @param incomingIsFuller whether the new entry should become the item's text (it is longer, or a later
 *                         correction of equal length)
 */
public record Repeat(DuplicateKind kind, double similarity, boolean incomingIsFuller) {
}
