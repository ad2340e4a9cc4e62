package dev.liveblog.producer;

/**
 * One entry of a plain-text source: its 1-based line number, its text, and the line number of the entry above it
 * (the previous non-blank line; 0 for the first).
 */
public record SourceLine(int line, String text, int above) {

    /** An entry whose line above is the previous line. */
    public SourceLine(final int line, final String text) {
        this(line, text, line - 1);
    }
}
