package dev.liveblog.processor.dedup;

/** What a bounded piece of the state's expiry did: the store operations it spent, and whether it is finished. */
public record Progress(int operations, boolean done) {
}
