package dev.liveblog.processor.enrich;

import java.util.List;
import java.util.Optional;

/**
 * What a blog has quoted so far: its last speakers (so "He added:" and "the source said" resolve), the speaker
 * each line of a page leaves in force (so a paragraph that continues the one above it resolves, whatever order the
 * two arrive in), and its quotations (so a fragment of an earlier quotation gets that quotation's id). Backed by
 * state stores in the topology.
 */
public interface SpeakerMemory {

    /** A resolved speaker: a named entity (with id) or an anonymous description (without). */
    record Speaker(String name, String id) {

        boolean anonymous() {
            return id == null;
        }
    }

    /** A quotation the blog has carried: its id, its longest normalised text, and where it was first seen. */
    record KnownQuote(String quoteId, String normalizedText, String firstSeenIn) {
    }

    /** The last speaker of the blog: anonymous or named, or either ({@code null}). */
    Optional<Speaker> lastSpeaker(String blogId, Boolean anonymous);

    void rememberSpeaker(String blogId, Speaker speaker);

    /** A known quotation of the blog that contains this one or is contained in it. */
    Optional<KnownQuote> quoteOverlapping(String blogId, String normalizedText);

    void rememberQuote(String blogId, KnownQuote quote);

    /**
     * The speaker in force after a line of a page (one poll of a source), once that line has been read; empty
     * speaker: none.
     */
    Optional<Optional<Speaker>> speakerAfterLine(String blogId, String page, int line);

    void rememberSpeakerAfterLine(String blogId, String page, int line, Optional<Speaker> speaker);

    /**
     * A line waiting for the line above it: an item to enrich again when that line's speaker is known, or a line
     * that only passes it on ({@code passesOn}: furniture, with no item; a repeat, with the item it repeats).
     */
    record Waiting(int line, String canonicalId, boolean passesOn) {
    }

    /** Remembers the position of the entry above a line (null: none). */
    void rememberAbove(String blogId, String page, int line, Integer above);

    /** The position of the entry above a line, as remembered; null when none or not known. */
    Integer above(String blogId, String page, int line);

    List<Waiting> waitingFor(String blogId, String page, int line);

    void await(String blogId, String page, int line, Waiting waiting);

    void stopWaiting(String blogId, String page, int line);
}
