package dev.liveblog.processor.enrich.names;

/** Which words keep the full stop after them ("Mr.", "Gov.", "Pa.", an initial), so it does not end a sentence. */
@FunctionalInterface
public interface Abbreviations {

    boolean keepsFullStop(String word);
}
