package dev.liveblog.producer;

/** One entry of a plain-text source: its 1-based line number and its text. */
public record SourceLine(int line, String text) {
}
