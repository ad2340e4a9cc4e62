package dev.liveblog.producer;

/** What the reader does with a line that is not valid UTF-8 text. */
public enum InvalidLinePolicy {
    /** Stop with an error naming the file and line. */
    FAIL,
    /** Log a warning naming the file and line and leave the line out. */
    SKIP
}
